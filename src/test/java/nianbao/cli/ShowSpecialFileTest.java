package nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** ./check show on a named pipe says what it is instead of waiting for someone to write into it. */
class ShowSpecialFileTest {
    @TempDir
    Path tmp;

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aNamedPipeIsRefusedInOneSentence() throws Exception {
        Path fifo = tmp.resolve("report.txt");
        assumeTrue(BadEntriesBatchTest.mkfifo(fifo), "mkfifo is not available here");
        PrintStream stderr = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exit;
        try {
            System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
            exit = Main.run("show", "--no-cache", fifo.toString());
        } finally {
            System.setErr(stderr);
        }
        assertThat(exit).isEqualTo(ExitCode.UNREADABLE.code);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("命名管道").doesNotContain("Exception");
    }
}
