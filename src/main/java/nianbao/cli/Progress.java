package nianbao.cli;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;
import nianbao.analysis.Batch;

/**
 * A one-line progress display on stderr for long batches: files done of total, elapsed time and rate.
 * Quiet when stderr is not a terminal (scripts, CI, redirected output), so logs stay clean.
 */
final class Progress implements Batch.Progress {
    private final int total;
    private final PrintStream err;
    private final boolean enabled;
    private final long start = System.nanoTime();
    private final AtomicInteger done = new AtomicInteger();
    private volatile long lastPrint;

    Progress(int total, PrintStream err, boolean enabled) {
        this.total = total;
        this.err = err;
        this.enabled = enabled && total > 1;
    }

    static Progress forTerminal(int total) {
        return new Progress(total, System.err, System.console() != null);
    }

    @Override
    public void step() {
        int n = done.incrementAndGet();
        long now = System.nanoTime();
        if (!enabled || n < total && now - lastPrint < 200_000_000L) {
            return;
        }
        lastPrint = now;
        double seconds = (now - start) / 1e9;
        synchronized (err) {
            err.printf("\r检查中 %d/%d  用时 %.1f 秒  每秒 %.1f 份   ", n, total, seconds, seconds > 0 ? n / seconds : 0.0);
            err.flush();
        }
    }

    @Override
    public void done() {
        if (enabled) {
            err.println();
        }
    }
}
