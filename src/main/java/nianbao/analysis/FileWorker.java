package nianbao.analysis;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import nianbao.read.ReadBudget;
import nianbao.read.ReadGuard;
import nianbao.read.ReadLimitExceeded;
import nianbao.read.UnreadableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one file on a thread of its own, within the file's budget, and turns whatever goes wrong into one
 * plain Chinese sentence: the file fails, never the batch.
 *
 * <p>Why a worker and a deadline both: the worker's timeout is what guarantees the batch moves on, even
 * when the time goes into a library loop we cannot instrument (PDFBox parsing one page, jsoup building a
 * DOM); but Java cannot kill a thread, so the readers' own loops (table grids, PDF pages) also check the
 * deadline and the cancel flag ({@link ReadGuard}) and make the abandoned thread stop soon after, instead
 * of eating a core and memory for the rest of the run. The thread is a daemon, so a read stuck inside a
 * library never keeps the program from exiting, and it has a large stack so that deeply nested but valid
 * pages still read; a {@link StackOverflowError} or {@link OutOfMemoryError} there ends only this file.
 */
final class FileWorker {
    /** Deeply nested HTML and Word tables are walked recursively; 16 MB is room for tens of thousands of levels. */
    private static final long STACK_BYTES = 16L * 1024 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(FileWorker.class);

    private final ReadBudget budget;
    private final String name;

    FileWorker(ReadBudget budget, String name) {
        this.budget = budget;
        this.name = name;
    }

    Auditor.Outcome run(Callable<Auditor.Read> work) {
        ReadGuard guard = ReadGuard.start(budget);
        FutureTask<Auditor.Read> task = new FutureTask<>(() -> guard.within(work));
        Thread thread = new Thread(null, task, "read " + name, STACK_BYTES);
        thread.setDaemon(true);
        thread.start();
        try {
            return new Auditor.Outcome(task.get(budget.maxTime().toMillis(), TimeUnit.MILLISECONDS), null);
        } catch (TimeoutException e) {
            guard.cancel();
            thread.interrupt();
            return new Auditor.Outcome(null, ReadGuard.timeoutReason(budget));
        } catch (InterruptedException e) {
            guard.cancel();
            thread.interrupt();
            Thread.currentThread().interrupt();
            return new Auditor.Outcome(null, "读取被中断，未能检查该文件。");
        } catch (ExecutionException e) {
            LOG.error("unexpected failure on {}", name, e.getCause());
            return new Auditor.Outcome(null, reason(e.getCause()));
        }
    }

    /** The file was read, but finding its sections and tables failed: a fault of ours, not of the file. */
    static final class NotAnalysed extends RuntimeException {
        NotAnalysed(Throwable cause) {
            super(cause);
        }
    }

    /** The supervisor's sentence for a failure: never a Java class name or a stack trace. */
    static String reason(Throwable e) {
        ReadLimitExceeded limit = ReadLimitExceeded.in(e);
        if (limit != null) {
            return limit.getMessage();
        }
        if (e instanceof NotAnalysed) {
            return "文件已读出，但其内容未能分析（程序无法处理该文件的结构），未能检查，请将该文件交给维护人员。";
        }
        if (e instanceof UnreadableException) {
            return e.getMessage();
        }
        if (e instanceof OutOfMemoryError) {
            return "文件过大或结构异常，读取时内存不足，无法读取。";
        }
        if (e instanceof StackOverflowError) {
            return "文件结构嵌套过深，可能已损坏，无法读取。";
        }
        return "文件内容损坏或格式异常，无法读取。";
    }
}
