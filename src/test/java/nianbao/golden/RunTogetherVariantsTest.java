package nianbao.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nianbao.findings.ReportResult;
import nianbao.support.Project;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sample reports flattened the way 平潭's portal pages come out: the whole report on one line, headings run
 * into the text, every table's cells run together without a separator ("（一）予以公开7000007"). The checker
 * must find the same sections, read the tables by the template's identities and give the same findings as
 * the original text, except where flattening itself destroys what a reader needs, listed here with why.
 */
class RunTogetherVariantsTest {
    @TempDir
    Path tmp;

    /**
     * What flattening destroys: the differences each sample is allowed, as finding keys (rule | section | table
     * | row | column | expected | actual), "-" for a finding lost and "+" for one gained.
     */
    private static final Map<String, List<String>> DESTROYED = Map.of(
            // The stray "0" paragraph under table 三 (page furniture) joins the digits of its last row: eight
            // zeros for seven cells.
            "000_3438832166e5f38e", List.of("+CMP-T3-ROW-UNPLACED | 三 | 表三 | 四、结转下年度继续办理 |  | null | null"),
            // The text already lost a blank cell in （一）予以公开, and 表四's blank 行政复议 cells vanish once cells
            // run together: neither row can be placed any more, so the sums over them read otherwise.
            "002_4e6b494957470ee7", List.of(
                    "-CMP-T3-BREAKDOWN-BLANK | 三 | 表三 | （一）予以公开 |  | null | null",
                    "+CMP-T3-ROW-UNPLACED | 三 | 表三 | （一）予以公开 |  | null | null",
                    "-T3-COL-TOTAL | 三 | 表三 | （七）总计 | 总计 | 2 | 0",
                    "+T3-BALANCE | 三 | 表三 |  | 总计 | 2 | 0",
                    "-CMP-T4-CELL | 四 | 表四 |  | 行政复议 | null | null",
                    "+CMP-T4-CELL | 四 | 表四 |  |  | 15 | null"),
            // A run-together header ("…科研机构社会组织法律服务机构…") has no cell boundaries: a reworded column
            // label cannot be told from its neighbours.
            "004_3b473299667ac3ab", List.of("-LBL-T3-COL | 三 | 表三 |  | 社会公益组织 | 社会公益组织 | 社会组织"));

    /** Each table row's cells joined without a separator, every line joined to the next. */
    static String runTogether(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            out.append(line.contains("\t") ? line.replace("\t", "") : line.strip());
        }
        return out.append('\n').toString();
    }

    /** The text cut every {@code width} characters, as text saved from a PDF or a mail is hard-wrapped. */
    static String hardWrapped(String text, int width) {
        String t = text.strip();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < t.length(); i += width) {
            out.append(t, i, Math.min(t.length(), i + width)).append('\n');
        }
        return out.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nianbao.golden.SameFindings#stems")
    void flattenedSampleGetsTheSameFindings(String stem) throws IOException {
        assertFlattenedLikeText(stem, runTogether(Files.readString(Project.REPORTS.resolve(stem + ".txt"), StandardCharsets.UTF_8)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nianbao.golden.SameFindings#stems")
    void flattenedAndHardWrappedSampleGetsTheSameFindings(String stem) throws IOException {
        // Headings, table rows and words are cut mid-way ("三、收到和处理政府信息公开申" / "请情况"): joined back first.
        String flat = runTogether(Files.readString(Project.REPORTS.resolve(stem + ".txt"), StandardCharsets.UTF_8));
        assertFlattenedLikeText(stem, hardWrapped(flat, 40));
    }

    private void assertFlattenedLikeText(String stem, String content) throws IOException {
        Path original = Project.REPORTS.resolve(stem + ".txt");
        Path flat = tmp.resolve(stem + ".txt");
        Files.writeString(flat, content, StandardCharsets.UTF_8);
        ReportResult text = Project.auditor().audit(original, "x");
        ReportResult run = Project.auditor().audit(flat, "x");

        assertThat(run.status()).isEqualTo("checked");
        assertThat(run.office()).isEqualTo(text.office());
        assertThat(run.year()).isEqualTo(text.year());
        assertThat(run.template()).isEqualTo(text.template());
        List<String> expected = new ArrayList<>(text.findings().stream().map(GoldenReportsTest::key).toList());
        for (String d : DESTROYED.getOrDefault(stem, List.of())) {
            if (d.startsWith("-")) {
                assertThat(expected.remove(d.substring(1))).as("listed as lost but not a finding of the text: " + d).isTrue();
            } else {
                expected.add(d.substring(1));
            }
        }
        assertThat(run.findings().stream().map(GoldenReportsTest::key).toList()).containsExactlyInAnyOrderElementsOf(expected);
        // Every table value placed from run-together digits is marked uncertain, and so is what rests on it.
        assertThat(run.findings()).filteredOn(f -> f.ruleId().startsWith("T3") || f.ruleId().startsWith("T4"))
                .allMatch(f -> f.certainty().equals("uncertain"));
    }
}
