package nianbao.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import nianbao.facts.ReportFacts;
import nianbao.findings.Finding;
import org.kie.api.runtime.KieSession;

/**
 * Runs the rules on one report in a fresh session: findings never leak from one report to another.
 *
 * <p>A rule that fails on a report (throws, fires past the budget, runs past the time limit) is named in a
 * {@value RuleFailure#RULE_ID} finding and the report is checked again without it, so its result is the
 * findings of every other rule, the same whichever rule failed first. A rule that timed out is not run on
 * the batch's other reports either: its thread may still be spinning, and waiting out the limit on every
 * report would stall the batch.
 */
public final class RuleRunner {
    /** Fresh attempts per report after a rule failed; more failing rules than this means the folder is broken. */
    static final int MAX_RETRIES = 4;

    private final RuleBase rules;
    private final RuleSettings settings;
    /** Names of the rules that ran past the time limit on some report of this batch. */
    private final Set<String> timedOut = ConcurrentHashMap.newKeySet();

    public RuleRunner(RuleBase rules) {
        this(rules, RuleSettings.none());
    }

    public RuleRunner(RuleBase rules, RuleSettings settings) {
        this.rules = rules;
        this.settings = settings;
    }

    public List<Finding> run(ReportFacts facts) {
        Outcome outcome = fire(rules, settings, timedOut, session -> facts.all().forEach(session::insert),
                facts.report().file());
        List<Finding> findings = new ArrayList<>(outcome.reporter().findings());
        outcome.failures().forEach(f -> findings.add(f.toFinding(settings.budget())));
        return findings;
    }

    /** The reporter of the last (complete) attempt, and the rules that failed on the way. */
    record Outcome(Reporter reporter, List<RuleFailure> failures) {
    }

    /** The retry loop, shared with {@link BatchRunner}. */
    static Outcome fire(RuleBase rules, RuleSettings settings, Set<String> timedOut, Consumer<KieSession> insertFacts,
                        String what) {
        RuleBudget budget = settings.budget();
        List<RuleFailure> failures = new ArrayList<>();
        Set<String> skipped = new TreeSet<>(timedOut);
        for (String name : skipped) {
            failures.add(GuardedSession.named(rules.kieBase(), name, RuleFailure.Kind.TIMED_OUT));
        }
        GuardedSession.Attempt attempt = null;
        for (int i = 0; i <= MAX_RETRIES; i++) {
            attempt = GuardedSession.fire(rules.kieBase(), rules.messages(), settings, budget, Set.copyOf(skipped), insertFacts, what);
            RuleFailure f = attempt.failure();
            if (f == null) {
                break;
            }
            failures.add(f);
            if (f.kind() == RuleFailure.Kind.TIMED_OUT && !f.ruleName().isEmpty()) {
                timedOut.add(f.ruleName());
            }
            if (f.ruleName().isEmpty() || skipped.contains(f.ruleName()) || i == MAX_RETRIES) {
                // No rule to leave out, or too many bad rules: keep what this attempt found and say so.
                if (i == MAX_RETRIES) {
                    failures.add(new RuleFailure("", "", RuleFailure.Kind.GAVE_UP, ""));
                }
                break;
            }
            skipped.add(f.ruleName());
        }
        return new Outcome(attempt.reporter(), failures);
    }
}
