package nianbao.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import nianbao.read.ReadBudget;
import nianbao.read.ReadGuard;
import org.junit.jupiter.api.Test;

/** A read that hangs, recurses without end or runs out of memory ends that file only, in plain words. */
class FileWorkerTest {
    private static final ReadBudget QUICK = ReadBudget.DEFAULT.withMaxTime(Duration.ofMillis(300));

    @Test
    void aReadPastItsTimeIsAbandonedAndStopsAtItsNextCheck() throws Exception {
        AtomicReference<Thread> worker = new AtomicReference<>();
        long start = System.nanoTime();
        Auditor.Outcome out = new FileWorker(QUICK, "slow").run(() -> {
            worker.set(Thread.currentThread());
            while (true) {
                ReadGuard.tick(); // a reader's loop, once per row or page
            }
        });
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
        assertThat(out.failure()).startsWith("处理超时");
        worker.get().join(5_000);
        assertThat(worker.get().isAlive()).as("the abandoned read stopped itself").isFalse();
    }

    @Test
    void aReadThatNeverChecksIsStillAbandonedInTime() {
        long start = System.nanoTime();
        Auditor.Outcome out = new FileWorker(QUICK, "stuck").run(() -> {
            Thread.sleep(3_000); // a library call we cannot instrument; interrupted on time-out
            return null;
        });
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_500);
        assertThat(out.failure()).startsWith("处理超时");
    }

    @Test
    void stackOverflowAndOutOfMemoryAreThatFilesFailureWithoutJavaNames() {
        Auditor.Outcome deep = new FileWorker(ReadBudget.DEFAULT, "deep").run(() -> {
            recurse(0);
            return null;
        });
        Auditor.Outcome big = new FileWorker(ReadBudget.DEFAULT, "big").run(() -> {
            throw new OutOfMemoryError("Java heap space"); // as a huge DOM would, without taking the heap
        });
        Auditor.Outcome bug = new FileWorker(ReadBudget.DEFAULT, "bug").run(() -> {
            throw new IllegalStateException("index 3 out of bounds");
        });
        assertThat(deep.failure()).isEqualTo("文件结构嵌套过深，可能已损坏，无法读取。");
        assertThat(big.failure()).isEqualTo("文件过大或结构异常，读取时内存不足，无法读取。");
        Auditor.Outcome ours = new FileWorker(ReadBudget.DEFAULT, "ours").run(() -> {
            throw new FileWorker.NotAnalysed(new IllegalStateException("index 3 out of bounds"));
        });
        assertThat(bug.failure()).isEqualTo("文件内容损坏或格式异常，无法读取。");
        assertThat(ours.failure()).startsWith("文件已读出，但其内容未能分析").doesNotContain("IllegalState");
    }

    private static int recurse(int n) {
        return recurse(n + 1) + 1;
    }
}
