package nianbao.engine;

import java.time.Duration;

/**
 * How much one rule session may do before it is stopped: a bad rule (an endless loop in its action, or one
 * that keeps inserting facts and so re-triggers itself) must not hang the batch. The defaults are far above
 * what the shipped rules need (a few hundred firings and well under a second per report).
 *
 * @param maxFirings how many rule firings one report's session may make
 * @param timeLimit  how long one report's session may run
 */
public record RuleBudget(int maxFirings, Duration timeLimit) {
    public static final RuleBudget DEFAULT = new RuleBudget(100_000, Duration.ofSeconds(10));

    public RuleBudget {
        if (maxFirings < 1 || timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("rule budget must be positive");
        }
    }

    /** The time limit in words, e.g. "10 秒" or "0.5 秒". */
    String seconds() {
        long ms = timeLimit.toMillis();
        return (ms % 1000 == 0 ? String.valueOf(ms / 1000) : String.valueOf(ms / 1000.0)) + " 秒";
    }
}
