package nianbao.engine;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One attempt at firing a session within a {@link RuleBudget}. The session runs on its own daemon thread
 * so that the caller can stop waiting: {@code halt()} only takes effect between two rule actions, and an
 * action looping for ever ({@code while (true) {}}) cannot be interrupted at all in Java 17 without the
 * deprecated Thread.stop, which this class uses while the Java running it still allows (17 does, 20 and later
 * do not). A thread that cannot be stopped is abandoned: being a daemon it does not keep the JVM alive, but
 * it keeps one core busy until the run ends. Either way the wait costs the time limit, which is why a rule
 * that timed out is not run again in the same batch (see {@link RuleRunner}).
 */
final class GuardedSession {
    private static final Logger LOG = LoggerFactory.getLogger(GuardedSession.class);
    /** How long to wait after halt() for the session to stop between two actions. */
    private static final long GRACE_MS = 200;
    /** Drools names the rule of a failing condition in its message: [Rule "NAME" in …]. */
    private static final Pattern RULE_IN_MESSAGE = Pattern.compile("Rule \"([^\"]+)\"");

    /** What one attempt gave: the reporter with its findings, and the failure that ended it, or null. */
    record Attempt(Reporter reporter, RuleFailure failure) {
    }

    private GuardedSession() {
    }

    /**
     * Creates a session, hands it the reporter, lets {@code insertFacts} fill it, and fires every enabled
     * rule whose name is not in {@code skipped}.
     */
    static Attempt fire(KieBase kieBase, Messages messages, RuleSettings settings, RuleBudget budget, Set<String> skipped,
                        Consumer<KieSession> insertFacts, String what) {
        Reporter reporter = new Reporter(settings, messages);
        FiringWatch watch = new FiringWatch();
        AtomicReference<KieSession> live = new AtomicReference<>();
        AtomicReference<RuleFailure> failed = new AtomicReference<>();
        AtomicBoolean overBudget = new AtomicBoolean();
        Thread worker = new Thread(() -> {
            KieSession session = null;
            try {
                session = kieBase.newKieSession();
                live.set(session);
                session.addEventListener(watch);
                session.setGlobal("reporter", reporter);
                insertFacts.accept(session);
                int fired = session.fireAllRules(match -> settings.enabled(RuleMeta.of(match.getRule()).idOrName())
                        && !skipped.contains(match.getRule().getName()), budget.maxFirings());
                overBudget.set(fired >= budget.maxFirings());
            } catch (ConsequenceException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                failed.set(failure(e.getMatch().getRule(), RuleFailure.Kind.THREW, cause));
                LOG.warn("rule {} threw on {}", e.getMatch().getRule().getName(), what, cause);
            } catch (RuntimeException | Error e) {
                if (e instanceof ThreadDeath death) {
                    throw death; // our own stop() on time-out, which has already reported it
                }
                // A failing condition (not an action), a deep recursion, memory filled by inserted facts:
                // the session is thrown away anyway; name the rule that was firing, or the one Drools names.
                failed.set(failureOf(kieBase, watch, e));
                LOG.warn("rules failed on {}", what, e);
            } finally {
                if (session != null) {
                    session.dispose();
                }
            }
        }, "rules " + what);
        worker.setDaemon(true);
        worker.start();
        try {
            worker.join(budget.timeLimit().toMillis());
            if (worker.isAlive()) {
                String stuck = watch.firing;
                KieSession session = live.get();
                if (session != null) {
                    session.halt();
                }
                worker.join(GRACE_MS);
                String blamed = stuck != null ? stuck : watch.mostFired();
                Reporter sofar = reporter.snapshot();
                String how = worker.isAlive() ? stop(worker) : "halted";
                LOG.warn("rules on {} passed the time limit of {}; rule firing: {}; firings {}; thread {}", what,
                        budget.seconds(), blamed, watch.counts, how);
                return new Attempt(sofar, failure(kieBase, blamed, RuleFailure.Kind.TIMED_OUT, ""));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Attempt(reporter, new RuleFailure("", "", RuleFailure.Kind.GAVE_UP, ""));
        }
        if (failed.get() != null) {
            return new Attempt(reporter, failed.get());
        }
        if (overBudget.get()) {
            String blamed = watch.mostFired();
            LOG.warn("rules on {} passed {} firings; most fired: {} {}", what, budget.maxFirings(), blamed, watch.counts);
            return new Attempt(reporter, failure(kieBase, blamed, RuleFailure.Kind.TOO_MANY_FIRINGS, ""));
        }
        return new Attempt(reporter, null);
    }

    /**
     * Stops a thread stuck in a rule's action. halt() and interrupt() cannot end {@code while (true) {}};
     * Thread.stop can on Java 17 (measured: the loop ends within milliseconds, its finally blocks run), and
     * throws UnsupportedOperationException from Java 20 on (measured on Temurin 25). Then the daemon thread
     * is left spinning until the run ends. The session it ran is thrown away either way, and its findings
     * were copied before.
     */
    @SuppressWarnings({"removal", "deprecation"})
    private static String stop(Thread worker) {
        try {
            worker.stop();
            worker.join(GRACE_MS);
            return worker.isAlive() ? "stop requested, still running" : "stopped";
        } catch (UnsupportedOperationException e) {
            return "abandoned (this Java cannot stop threads)";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "abandoned";
        }
    }

    private static RuleFailure failureOf(KieBase kieBase, FiringWatch watch, Throwable e) {
        String name = watch.firing;
        if (name == null) {
            Matcher m = RULE_IN_MESSAGE.matcher(String.valueOf(e.getMessage()));
            name = m.find() ? m.group(1) : null;
        }
        Throwable cause = e.getCause() == null ? e : e.getCause();
        return failure(kieBase, name, RuleFailure.Kind.THREW, message(cause));
    }

    private static RuleFailure failure(org.kie.api.definition.rule.Rule rule, RuleFailure.Kind kind, Throwable cause) {
        return new RuleFailure(rule.getName(), RuleMeta.of(rule).idOrName(), kind, message(cause));
    }

    /** A failure of the rule of this name (a rule already known to time out, when a later report starts). */
    static RuleFailure named(KieBase kieBase, String ruleName, RuleFailure.Kind kind) {
        return failure(kieBase, ruleName, kind, "");
    }

    private static RuleFailure failure(KieBase kieBase, String ruleName, RuleFailure.Kind kind, String detail) {
        if (ruleName == null) {
            return new RuleFailure("", "", kind, detail);
        }
        for (var p : kieBase.getKiePackages()) {
            for (var r : p.getRules()) {
                if (r.getName().equals(ruleName)) {
                    return new RuleFailure(ruleName, RuleMeta.of(r).idOrName(), kind, detail);
                }
            }
        }
        return new RuleFailure(ruleName, ruleName, kind, detail);
    }

    /** The error's own words for the rule's author, without the exception's class name. */
    private static String message(Throwable cause) {
        String m = cause.getMessage();
        if (m == null || m.isBlank()) {
            return "";
        }
        // A rule's own words (throw new IllegalStateException("…")) are kept; Java's (a NullPointerException naming
        // classes and variables) are English and only in the log, with the stack trace.
        boolean plain = m.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                && !m.contains("Exception") && !m.contains("java.") && !m.contains("nianbao.") && !m.contains("org.");
        return plain ? "出错信息：" + m.strip() : "出错详情已记入日志";
    }

    /** Which rule is firing now (read by the waiting thread on time-out) and how often each rule fired. */
    private static final class FiringWatch extends DefaultAgendaEventListener {
        volatile String firing;
        final Map<String, Integer> counts = new java.util.concurrent.ConcurrentHashMap<>();

        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            firing = event.getMatch().getRule().getName();
            counts.merge(firing, 1, Integer::sum);
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            firing = null;
        }

        /** The rule that fired most (the first by name on a tie, so the blame is the same on every run). */
        String mostFired() {
            String best = null;
            int most = 0;
            for (Map.Entry<String, Integer> e : new java.util.TreeMap<>(counts).entrySet()) {
                if (e.getValue() > most) {
                    best = e.getKey();
                    most = e.getValue();
                }
            }
            return best;
        }
    }
}
