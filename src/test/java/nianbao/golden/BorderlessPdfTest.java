package nianbao.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nianbao.findings.ReportResult;
import nianbao.support.BorderlessPdf;
import nianbao.support.Project;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each sample's real PDF with every ruling line removed from its pages (the text untouched, so the
 * tables must be found from the text's own columns) gets the same findings as the sample's text. Their
 * grids are held to the true grids by nianbao.read.BorderlessPdfGridsTest.
 */
class BorderlessPdfTest {
    @TempDir
    Path dir;

    static Stream<String> stems() {
        return Project.SAMPLES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stems")
    void sameFindingsAsTheText(String stem) throws Exception {
        Path pdf = BorderlessPdf.write(Project.shared("corpus/formats").resolve(stem + ".pdf"), dir.resolve(stem + ".pdf"));
        ReportResult text = Project.auditor().audit(Project.REPORTS.resolve(stem + ".txt"), "x");
        ReportResult other = Project.auditor().audit(pdf, "x");

        assertThat(other.status()).isEqualTo("checked");
        assertThat(other.office()).isEqualTo(text.office());
        assertThat(other.year()).isEqualTo(text.year());
        assertThat(other.template()).isEqualTo(text.template());
        List<String> want = text.findings().stream().map(GoldenReportsTest::key).toList();
        assertThat(other.findings().stream().map(GoldenReportsTest::key).toList()).isEqualTo(want);
    }
}
