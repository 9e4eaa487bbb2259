package nianbao.engine;

import java.util.List;
import nianbao.extract.ReportFacts;
import nianbao.findings.Finding;
import org.kie.api.runtime.KieSession;

/** Runs the rules on one report in a fresh session: findings never leak from one report to another. */
public final class RuleRunner {
    private final RuleBase rules;

    public RuleRunner(RuleBase rules) {
        this.rules = rules;
    }

    public List<Finding> run(ReportFacts facts) {
        KieSession session = rules.kieBase().newKieSession();
        try {
            Reporter reporter = new Reporter();
            session.setGlobal("reporter", reporter);
            for (Object fact : facts.all()) {
                session.insert(fact);
            }
            session.fireAllRules();
            return reporter.findings();
        } finally {
            session.dispose();
        }
    }
}
