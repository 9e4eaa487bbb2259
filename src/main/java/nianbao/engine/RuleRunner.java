package nianbao.engine;

import java.util.List;
import nianbao.extract.ReportFacts;
import nianbao.findings.Finding;
import org.kie.api.runtime.KieSession;

/** Runs the rules on one report in a fresh session: findings never leak from one report to another. */
public final class RuleRunner {
    private final RuleBase rules;
    private final RuleSettings settings;

    public RuleRunner(RuleBase rules) {
        this(rules, RuleSettings.none());
    }

    public RuleRunner(RuleBase rules, RuleSettings settings) {
        this.rules = rules;
        this.settings = settings;
    }

    public List<Finding> run(ReportFacts facts) {
        KieSession session = rules.kieBase().newKieSession();
        try {
            Reporter reporter = new Reporter(settings);
            session.setGlobal("reporter", reporter);
            for (Object fact : facts.all()) {
                session.insert(fact);
            }
            // Rules switched off in settings.xlsx never fire.
            session.fireAllRules(match -> settings.enabled(RuleMeta.of(match.getRule()).idOrName()));
            return reporter.findings();
        } finally {
            session.dispose();
        }
    }
}
