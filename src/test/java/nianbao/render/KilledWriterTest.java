package nianbao.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A writer really killed (SIGKILL, no shutdown hook runs) in the middle of writing the run's results: the
 * previous findings.json and findings.xlsx are still there and still the same pair; the next run removes
 * what the killed one left. The writer is a small program in its own JVM (about half a second).
 */
class KilledWriterTest {
    @TempDir
    Path out;

    /** Writes the new json whole, half the new workbook, says so, and waits to be killed. */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        OutputFiles files = new OutputFiles();
        files.add(dir.resolve("findings.json"), o -> o.write("new json".getBytes(StandardCharsets.UTF_8)));
        files.add(dir.resolve("findings.xlsx"), o -> {
            o.write("half of the new workbook".getBytes(StandardCharsets.UTF_8));
            o.flush();
            System.out.println("writing");
            System.out.flush();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        files.commit();
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aRunKilledWhileWritingLeavesThePreviousPair() throws Exception {
        Files.writeString(out.resolve("findings.json"), "old json");
        Files.writeString(out.resolve("findings.xlsx"), "old xlsx");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process writer = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                KilledWriterTest.class.getName(), out.toString()).redirectErrorStream(true).start();
        try (BufferedReader said = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(said.readLine()).isEqualTo("writing");
            writer.destroyForcibly().waitFor();
        }

        assertThat(Files.readString(out.resolve("findings.json"))).isEqualTo("old json");
        assertThat(Files.readString(out.resolve("findings.xlsx"))).isEqualTo("old xlsx");
        assertThat(leftovers()).isEqualTo(2);

        OutputFiles.removeLeftovers(out);
        assertThat(leftovers()).isZero();
    }

    private long leftovers() throws Exception {
        try (Stream<Path> s = Files.list(out)) {
            return s.filter(p -> p.getFileName().toString().startsWith(OutputFiles.PREFIX)).count();
        }
    }
}
