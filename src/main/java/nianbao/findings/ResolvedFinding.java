package nianbao.findings;

/**
 * A finding of the previous run (from the workbook given with --review) that the new run no longer
 * reports: the county fixed it, or the rule changed. Listed so the supervisor sees what was resolved.
 */
public record ResolvedFinding(String id, String file, String office, Integer year, String ruleId, String severity,
                              String place, String message, String review, String note) {
}
