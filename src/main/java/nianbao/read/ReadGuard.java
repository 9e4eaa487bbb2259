package nianbao.read;

import java.util.concurrent.Callable;

/**
 * The budget of the file being read on this thread. Readers are built by {@link Readers} and tables by
 * static helpers in every format, so the limits travel with the thread rather than through every
 * signature: {@link #within} sets them for one read, and the loops that can explode (table grids, PDF
 * pages) ask {@link #cells}, {@link #pages} and {@link #tick}. Outside {@code within} (a reader's own
 * tests) the default budget applies, without a time limit.
 */
public final class ReadGuard {
    private static final ThreadLocal<ReadGuard> CURRENT = new ThreadLocal<>();
    private static final ReadGuard UNTIMED = new ReadGuard(ReadBudget.DEFAULT, Long.MAX_VALUE);

    private final ReadBudget budget;
    private final long deadlineNanos;
    private volatile boolean cancelled;

    private ReadGuard(ReadBudget budget, long deadlineNanos) {
        this.budget = budget;
        this.deadlineNanos = deadlineNanos;
    }

    /** A guard whose clock starts now; pass it to {@link #within} on the thread that reads. */
    public static ReadGuard start(ReadBudget budget) {
        return new ReadGuard(budget, System.nanoTime() + budget.maxTime().toNanos());
    }

    /** Runs {@code work} on this thread under this guard's limits. */
    public <T> T within(Callable<T> work) throws Exception {
        ReadGuard outer = CURRENT.get();
        CURRENT.set(this);
        try {
            return work.call();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    /** Tells the reading thread to stop at its next check (its result is no longer awaited). */
    public void cancel() {
        cancelled = true;
    }

    static ReadGuard current() {
        ReadGuard g = CURRENT.get();
        return g == null ? UNTIMED : g;
    }

    /** Stops the read once the file's time is up; called from loops that run once per page, row or cell. */
    public static void tick() {
        ReadGuard g = current();
        if (g.cancelled || System.nanoTime() - g.deadlineNanos > 0) {
            throw new ReadLimitExceeded(timeoutReason(g.budget));
        }
    }

    /** Refuses a table that would lay out more than the budget's grid positions. */
    static void cells(long count) {
        ReadGuard g = current();
        if (count > g.budget.maxTableCells()) {
            throw new ReadLimitExceeded("表格过大（合并单元格的跨行或跨列数异常，超过 "
                    + g.budget.maxTableCells() + " 个单元格的上限），文件可能已损坏，无法读取。");
        }
    }

    /** Refuses a PDF with more pages than the budget allows. */
    static void pages(int count) {
        ReadGuard g = current();
        if (count > g.budget.maxPdfPages()) {
            throw new ReadLimitExceeded("文件过大（PDF 共 " + count + " 页，超过 " + g.budget.maxPdfPages()
                    + " 页的上限），无法读取。");
        }
    }

    /** The reason given for a file that ran out of time. */
    public static String timeoutReason(ReadBudget budget) {
        return "处理超时（超过 " + budget.maxTime().toSeconds() + " 秒仍未读完），文件可能异常或过于复杂，无法读取。";
    }
}
