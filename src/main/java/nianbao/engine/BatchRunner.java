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
