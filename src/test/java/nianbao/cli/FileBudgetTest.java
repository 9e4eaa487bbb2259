package nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nianbao.analysis.Auditor;
import nianbao.findings.Finding;
import nianbao.findings.ReportResult;
import nianbao.read.ReadBudget;
import nianbao.support.Pathological;
import nianbao.support.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One pathological file costs little and fails alone: each is refused within a bound with a plain
 * reason, and the good report next to it is still checked. Every case here once ran for minutes or
 * took gigabytes (a 100,000-page PDF, a 200 MB page, a rowspan=65535 table).
 */
class FileBudgetTest {
    /** Loose: the point is seconds instead of minutes, on a loaded 2-core CI machine. */
    private static final long BOUND_MS = 10_000;

    @TempDir
    Path tmp;

    private final Path good = Project.REPORTS.resolve(Pathological.STEM + ".txt");

    @Test
    void aPdfWithMorePagesThanTheBudgetIsRefusedBeforeItsPagesAreRead() throws Exception {
        Path pdf = Pathological.manyPagesPdf(tmp.resolve("pages.pdf"), 1_000);
        ReportResult r = timed(Project.auditor().withBudget(ReadBudget.DEFAULT.withMaxPdfPages(300)), pdf);
        assertThat(r.status()).isEqualTo("unreadable");
        assertThat(r.error()).startsWith("文件过大").contains("1000 页").contains("300 页");
        assertGoodStillChecked(Project.auditor());
    }

    @Test
    void aTextOrPageOverTheSizeBudgetIsRefusedUnread() throws Exception {
        Auditor small = Project.auditor().withBudget(ReadBudget.DEFAULT.withMaxBytes(1024 * 1024));
        for (Path f : List.of(Pathological.hugeText(tmp.resolve("huge.txt"), 3L << 20),
                Pathological.hugePage(tmp.resolve("huge.html"), 3L << 20))) {
            ReportResult r = timed(small, f);
            assertThat(r.status()).as(f.toString()).isEqualTo("unreadable");
            assertThat(r.error()).startsWith("文件过大").contains("MB").contains("1 MB 的上限");
        }
        assertGoodStillChecked(small);
    }

    @Test
    void tablesWhoseSpansWouldBuildAHugeGridAreRefused() throws Exception {
        for (Path f : List.of(Pathological.hugeSpanPage(tmp.resolve("span.html"), 300),
                Pathological.hugeSpanDocx(tmp.resolve("span.docx"), 200, 20))) {
            ReportResult r = timed(Project.auditor(), f);
            assertThat(r.status()).as(f.toString()).isEqualTo("unreadable");
            assertThat(r.error()).as(f.toString()).startsWith("表格过大");
        }
        assertGoodStillChecked(Project.auditor());
    }

    @Test
    void oneFlippedByteIsReadLenientlyWithTheSameFindings() throws Exception {
        Path damaged = Pathological.flippedByte(tmp.resolve("flipped.txt"));
        ReportResult original = Project.auditor().audit(good, "x");
        ReportResult r = timed(Project.auditor(), damaged);
        assertThat(r.status()).isEqualTo("checked");
        assertThat(keys(r.findings())).isEqualTo(keys(original.findings()));
        assertThat(r.reading().notes()).singleElement().asString().startsWith("宽松读取").contains("UTF-8");
        assertThat(original.reading().notes()).isEmpty();
    }

    @Test
    void aPageWhoseMetaCharsetLiesIsReadByItsBytes() throws Exception {
        Path page = Pathological.lyingCharsetPage(tmp.resolve("lying.html"));
        ReportResult r = timed(Project.auditor(), page);
        assertThat(r.status()).isEqualTo("checked");
        assertThat(r.reader()).isEqualTo("html");
        assertThat(keys(r.findings())).isEqualTo(keys(Project.auditor().audit(good, "x").findings()));
        assertThat(r.reading().notes()).singleElement().asString().contains("gbk").contains("UTF-8");
    }

    /** All of them in one real batch: exit 5 (some unreadable), each with its reason, the good report checked. */
    @Test
    void theBatchGoesOnPastEveryPathologicalFile() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(good, in.resolve("good.txt"));
        Pathological.manyPagesPdf(in.resolve("pages.pdf"), 1_000);
        Pathological.hugeSpanPage(in.resolve("span.html"), 300);
        Pathological.hugeSpanDocx(in.resolve("span.docx"), 200, 20);
        Pathological.flippedByte(in.resolve("flipped.txt"));
        Pathological.lyingCharsetPage(in.resolve("lying.html"));
        Path json = tmp.resolve("out.json");

        long start = System.nanoTime();
        int exit = Main.run("--no-cache", "--json", json.toString(), "--xlsx", tmp.resolve("out.xlsx").toString(), in.toString());
        long ms = (System.nanoTime() - start) / 1_000_000;

        assertThat(exit).isEqualTo(ExitCode.UNREADABLE.code);
        assertThat(ms).as("whole batch, rules compiled afresh").isLessThan(30_000);
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        new ObjectMapper().readTree(json.toFile()).get("reports")
                .forEach(r -> byName.put(Path.of(r.get("file").asText()).getFileName().toString(), r));
        for (String name : List.of("good.txt", "flipped.txt", "lying.html")) {
            assertThat(byName.get(name).get("status").asText()).as(name).isEqualTo("checked");
        }
        assertThat(byName.get("pages.pdf").get("error").asText()).startsWith("文件过大");
        assertThat(byName.get("span.html").get("error").asText()).startsWith("表格过大");
        assertThat(byName.get("span.docx").get("error").asText()).startsWith("表格过大");
    }

    private static ReportResult timed(Auditor auditor, Path file) {
        long start = System.nanoTime();
        ReportResult r = auditor.audit(file, file.getFileName().toString());
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertThat(ms).as("time to audit " + file.getFileName()).isLessThan(BOUND_MS);
        if (r.error() != null) {
            assertThat(r.error()).as("one plain sentence, no Java names").matches("^[^\\n]*[\\u4e00-\\u9fff][^\\n]*。$")
                    .doesNotContain("Exception").doesNotContain("Error");
        }
        return r;
    }

    private void assertGoodStillChecked(Auditor auditor) {
        ReportResult r = auditor.audit(good, "good.txt");
        assertThat(r.status()).isEqualTo("checked");
        assertThat(r.findings()).isNotEmpty();
    }

    private static List<String> keys(List<Finding> findings) {
        return findings.stream().map(f -> String.join(" | ", f.ruleId(), f.section(), f.table(), f.row(), f.column(),
                String.valueOf(f.expected()), String.valueOf(f.actual()))).toList();
    }
}
