package nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The supervisor's terminal shows results, not the libraries' logging or exceptions: logging is off unless
 * --log names a file, and an unexpected failure is one plain sentence.
 */
class QuietTerminalTest {
    @Test
    void libraryLoggingIsOffUnlessAskedFor() throws IOException {
        Properties p = new Properties();
        try (var in = QuietTerminalTest.class.getResourceAsStream("/simplelogger.properties")) {
            p.load(in);
        }
        assertThat(p.getProperty("org.slf4j.simpleLogger.defaultLogLevel")).isEqualTo("off");
        // No logger is turned back on for the terminal.
        p.forEach((k, v) -> {
            if (k.toString().startsWith("org.slf4j.simpleLogger.log.")) {
                assertThat(v).as(k.toString()).isEqualTo("off");
            }
        });
    }

    @Test
    void anUnexpectedFailureIsOnePlainSentence() {
        String disk = Logging.plainSentence(new UncheckedIOException(new IOException("No space left on device")));
        String other = Logging.plainSentence(new IllegalStateException("boom"));
        for (String s : new String[] {disk, other}) {
            assertThat(s).matches("^[^\\n]*[\\u4e00-\\u9fff][^\\n]*。$").doesNotContain("Exception").doesNotContain("boom");
        }
        assertThat(disk).contains("磁盘");
    }
}
