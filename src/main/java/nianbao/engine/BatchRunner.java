package nianbao.engine;

import java.util.List;
import java.util.Map;
import nianbao.facts.YearlyCell;
import nianbao.facts.YearlyReport;
import nianbao.findings.Finding;
import org.kie.api.runtime.KieSession;

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
        KieSession session = rules.kieBase().newKieSession();
        try {
            Reporter reporter = new Reporter(settings);
            session.setGlobal("reporter", reporter);
            reports.forEach(session::insert);
            cells.forEach(session::insert);
            session.fireAllRules(match -> settings.enabled(RuleMeta.of(match.getRule()).idOrName()));
            return reporter.findingsByFile();
        } finally {
            session.dispose();
        }
    }
}
