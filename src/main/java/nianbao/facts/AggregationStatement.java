package nianbao.facts;

/**
 * The report says it is compiled from the reports of the bodies under its office ("本报告由县政府办公室根据县直各部门、
 * 各乡镇…年度报告汇总编制"): the wording is data, rules/templates/prose.json {@code aggregation}. At most one per
 * report. The batch then compares a government report that says so with the sum of its children's tables
 * ({@link ChildrenSum}, rules/hierarchy.drl).
 *
 * @param sentence the sentence as written
 */
public record AggregationStatement(String sentence) {
}
