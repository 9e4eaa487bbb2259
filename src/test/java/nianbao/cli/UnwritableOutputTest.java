package nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nianbao.support.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An output folder that cannot take the results gets one plain sentence and exit status 3, before any
 * report is checked; the inputs and the previous results are untouched. Tests run as root in CI, where a
 * read-only folder is still writable, so the write is made to fail by what stands in the way: a file where
 * the folder should be, a folder where a result file should be.
 */
class UnwritableOutputTest {
    @TempDir
    Path tmp;

    private String run(String... args) {
        PrintStream stderr = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
            int exit = Main.run(args);
            assertThat(exit).isEqualTo(ExitCode.NOT_WRITTEN.code);
        } finally {
            System.setErr(stderr);
        }
        return printed.toString(StandardCharsets.UTF_8);
    }

    private Path input() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(Project.REPORTS.resolve("004_3b473299667ac3ab.txt"), in.resolve("good.txt"));
        return in;
    }

    private static void assertOnePlainSentence(String message) {
        assertThat(message.strip()).doesNotContain("\n").doesNotContain("Exception").doesNotContain("\tat ")
                .contains("结果无法写入").contains("上次的结果保持原样");
    }

    @Test
    void anOutputPathThatIsAFileIsSaidPlainly() throws Exception {
        Path in = input();
        byte[] before = Files.readAllBytes(in.resolve("good.txt"));
        Path out = Files.writeString(tmp.resolve("out"), "a file, not a folder");

        String message = run("--no-cache", "--out", out.toString(), in.toString());

        assertOnePlainSentence(message);
        assertThat(message).contains("同名的文件");
        assertThat(Files.readString(out)).isEqualTo("a file, not a folder");
        assertThat(Files.readAllBytes(in.resolve("good.txt"))).isEqualTo(before);
    }

    @Test
    void aFolderWhereTheWorkbookShouldBeLeavesThePreviousResults() throws Exception {
        Path in = input();
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("findings.json"), "previous");
        Files.createDirectories(out.resolve("findings.xlsx").resolve("inside"));

        String message = run("--no-cache", "--out", out.toString(), in.toString());

        assertOnePlainSentence(message);
        assertThat(Files.readString(out.resolve("findings.json"))).isEqualTo("previous");
        try (var s = Files.list(out)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("findings.json", "findings.xlsx");
        }
        assertThat(in.resolve("good.txt")).exists();
    }
}
