package nianbao.engine;

import java.util.List;
import java.util.Map;
import nianbao.facts.YearlyCell;
import nianbao.facts.YearlyReport;
import nianbao.findings.Finding;

/**
 * The checks across the reports of a batch (the same office's reports of consecutive years). They run in
 * one extra session holding only {@link YearlyReport} and {@link YearlyCell} facts, which the per-report
 * rules never match, with the same rules folder and the same reporter; each finding belongs to the
 * report of the later year.
 */
public final class BatchRunner {
    private final RuleBase rules;
    private final RuleSettings settings;

    public BatchRunner(RuleBase rules, RuleSettings settings) {
        this.rules = rules;
        this.settings = settings;
    }

    /** Rules that ran past the time limit in an earlier part of this batch's cross-year check. */
    private final java.util.Set<String> timedOut = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** One session's share of the cross-year check: findings by file, and the failures of its rules as findings. */
    public record Part(Map<String, List<Finding>> byFile, List<Finding> failures) {
    }

    /**
     * One session of a cross-year check run in several (each holding some offices' reports): a rule that ran
     * past the time limit in one part is not run in the next ones, as with the reports' own rules.
     */
    public Part runPart(List<YearlyReport> reports, List<YearlyCell> cells) {
        RuleRunner.Outcome outcome = RuleRunner.fire(rules, settings, timedOut, session -> {
            reports.forEach(session::insert);
            cells.forEach(session::insert);
        }, "跨年度检查");
        return new Part(outcome.reporter().findingsByFile(),
                outcome.failures().stream().map(f -> f.toFinding(settings.budget())).toList());
    }

    /** A session of the checks on the batch as a whole (facts of the ACROSS_YEARS types: copies, changes). */
    public Part runPart(List<?> facts) {
        return runFacts(facts, "跨年度检查");
    }

    /** One session of batch facts of any kind (the hierarchy check's {@code ChildrenSum}), as {@link #runPart}. */
    public Part runFacts(List<?> facts, String what) {
        RuleRunner.Outcome outcome = RuleRunner.fire(rules, settings, timedOut, session -> facts.forEach(session::insert), what);
        return new Part(outcome.reporter().findingsByFile(),
                outcome.failures().stream().map(f -> f.toFinding(settings.budget())).toList());
    }

    /** One session of the batch's similarity checks (measurements made by the batch, facts of FactTypes' ACROSS_YEARS types). */
    public Part runFacts(List<?> facts) {
        return runFacts(facts, "相似度检查");
    }

    /** Said on the reports of a cross-year session that ran out of memory. */
    public static Finding outOfMemory() {
        return new Finding(RuleFailure.RULE_ID, RuleFailure.CATEGORY, "error", "", "", "", "",
                "跨年度检查时内存不足，此项核对未完成，其他检查照常；可分批检查后再试。", null, null, "",
                "certain", -1, -1);
    }

    /** Findings by file of the report they belong to. */
    public Map<String, List<Finding>> run(List<YearlyReport> reports, List<YearlyCell> cells) {
        // Its own set of timed-out rules: the per-report ones are another session's business.
        RuleRunner.Outcome outcome = RuleRunner.fire(rules, settings, new java.util.HashSet<>(), session -> {
            reports.forEach(session::insert);
            cells.forEach(session::insert);
        }, "跨年度检查");
        List<RuleFailure> failures = outcome.failures();
        Map<String, List<Finding>> byFile = new java.util.TreeMap<>(outcome.reporter().findingsByFile());
        // A failing cross-year rule is told on every report of the check, each of which it may have missed.
        for (RuleFailure f : failures) {
            for (YearlyReport r : reports) {
                byFile.computeIfAbsent(r.file(), k -> new java.util.ArrayList<>())
                        .add(f.toFinding(settings.budget()));
            }
        }
        return byFile;
    }
}
