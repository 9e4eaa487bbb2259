package nianbao.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run's result files change together or not at all: a run that fails, or is killed, between writing
 * its temporary files and moving them into place leaves the previous pair as it was.
 */
class OutputFilesTest {
    @TempDir
    Path out;

    private void previousPair() throws IOException {
        Files.writeString(out.resolve("findings.json"), "old json", StandardCharsets.UTF_8);
        Files.writeString(out.resolve("findings.xlsx"), "old xlsx", StandardCharsets.UTF_8);
    }

    private void assertPreviousPairIntact() throws IOException {
        assertThat(Files.readString(out.resolve("findings.json"))).isEqualTo("old json");
        assertThat(Files.readString(out.resolve("findings.xlsx"))).isEqualTo("old xlsx");
    }

    private long temporaryFiles() throws IOException {
        try (Stream<Path> s = Files.list(out)) {
            return s.filter(p -> p.getFileName().toString().matches("\\.nianbao-.*\\.tmp")).count();
        }
    }

    @Test
    void aFailureWhileWritingTheSecondFileLeavesThePreviousPairAndNoTemporaryFile() throws Exception {
        previousPair();
        try (OutputFiles files = new OutputFiles()) {
            files.add(out.resolve("findings.json"), o -> o.write("new json".getBytes(StandardCharsets.UTF_8)));
            assertThatThrownBy(() -> files.add(out.resolve("findings.xlsx"), o -> {
                o.write("half a work".getBytes(StandardCharsets.UTF_8));
                throw new IOException("No space left on device");
            })).isInstanceOf(IOException.class);
        }
        assertPreviousPairIntact();
        assertThat(temporaryFiles()).isZero();
    }

    @Test
    void aRunKilledBeforeTheMoveLeavesThePreviousPairAndTheNextRunRemovesItsLeftovers() throws Exception {
        previousPair();
        // Killed: both files written to temporary files, the process gone before commit and before close.
        OutputFiles killed = new OutputFiles();
        killed.add(out.resolve("findings.json"), o -> o.write("new json".getBytes(StandardCharsets.UTF_8)));
        killed.add(out.resolve("findings.xlsx"), o -> o.write("new xlsx".getBytes(StandardCharsets.UTF_8)));
        assertPreviousPairIntact();
        assertThat(temporaryFiles()).isEqualTo(2);
        Files.writeString(out.resolve("notes.tmp"), "not ours");

        assertThat(OutputFiles.removeLeftovers(out)).isEqualTo(2);

        assertThat(temporaryFiles()).isZero();
        assertThat(out.resolve("notes.tmp")).exists();
        try (OutputFiles next = new OutputFiles()) {
            next.add(out.resolve("findings.json"), o -> o.write("new json".getBytes(StandardCharsets.UTF_8)));
            next.add(out.resolve("findings.xlsx"), o -> o.write("new xlsx".getBytes(StandardCharsets.UTF_8)));
            next.commit();
        }
        assertThat(Files.readString(out.resolve("findings.json"))).isEqualTo("new json");
        assertThat(Files.readString(out.resolve("findings.xlsx"))).isEqualTo("new xlsx");
        assertThat(temporaryFiles()).isZero();
    }

    @Test
    void aFolderInTheWayOfOneResultStopsTheCommitBeforeAnyFileIsReplaced() throws Exception {
        Files.writeString(out.resolve("findings.json"), "old json", StandardCharsets.UTF_8);
        Files.createDirectories(out.resolve("findings.xlsx").resolve("something"));
        try (OutputFiles files = new OutputFiles()) {
            files.add(out.resolve("findings.json"), o -> o.write("new json".getBytes(StandardCharsets.UTF_8)));
            files.add(out.resolve("findings.xlsx"), o -> o.write("new xlsx".getBytes(StandardCharsets.UTF_8)));
            assertThatThrownBy(files::commit).isInstanceOf(IOException.class);
        }
        assertThat(Files.readString(out.resolve("findings.json"))).isEqualTo("old json");
        assertThat(temporaryFiles()).isZero();
    }

    @Test
    void aLinkStandingWhereAResultGoesIsNeverReplaced() throws Exception {
        // --json pointing at a device (/dev/full) or a link: as root a move would replace the device itself.
        Path elsewhere = Files.writeString(out.resolve("elsewhere.txt"), "not ours", StandardCharsets.UTF_8);
        Files.createSymbolicLink(out.resolve("findings.json"), elsewhere);
        try (OutputFiles files = new OutputFiles()) {
            files.add(out.resolve("findings.json"), o -> o.write("new json".getBytes(StandardCharsets.UTF_8)));
            assertThatThrownBy(files::commit).isInstanceOf(IOException.class);
        }
        assertThat(Files.isSymbolicLink(out.resolve("findings.json"))).isTrue();
        assertThat(Files.readString(elsewhere)).isEqualTo("not ours");
        assertThat(temporaryFiles()).isZero();
    }

    @Test
    void officeWorkbookNamesHoldNoControlOrBidiCharacterAndStartLikeNoFormula() {
        assertThat(OfficeWorkbooks.safe("某县\u001b[31m人民政府")).isEqualTo("某县_[31m人民政府");
        assertThat(OfficeWorkbooks.safe("某县\n人民\r政府\t2020")).isEqualTo("某县_人民_政府_2020");
        assertThat(OfficeWorkbooks.safe("报告\u202Excod.exe")).isEqualTo("报告xcod.exe");
        assertThat(OfficeWorkbooks.safe("\u2066某县\u2069-2020\u200F")).isEqualTo("某县-2020");
        assertThat(OfficeWorkbooks.safe("=HYPERLINK(1)-2020")).isEqualTo("_=HYPERLINK(1)-2020");
        assertThat(OfficeWorkbooks.safe("+某县")).startsWith("_+");
        assertThat(OfficeWorkbooks.safe("-某县")).startsWith("_-");
        assertThat(OfficeWorkbooks.safe("@某县")).startsWith("_@");
    }
}
