package nianbao.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nianbao.findings.ReportResult;
import nianbao.support.Project;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each sample report in every format (../shared/corpus/formats: .docx, .doc, .pdf, .html made from the
 * text with its defects kept) gets the same findings as its text version: same rules, places and values.
 */
class SameFindingsInEveryFormatTest {
    static Stream<Arguments> reportsAndFormats() {
        List<String> stems = List.of("000_3438832166e5f38e", "001_3c6323d342dfd320", "002_4e6b494957470ee7",
                "003_d989bb26a1ba241d", "004_3b473299667ac3ab");
        return stems.stream().flatMap(s -> Stream.of("docx", "doc", "pdf", "html").map(f -> Arguments.of(s, f)));
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("reportsAndFormats")
    void sameFindingsAsTheText(String stem, String format) {
        ReportResult text = Project.auditor().audit(Project.REPORTS.resolve(stem + ".txt"), "x");
        Path file = Project.shared("corpus/formats").resolve(stem + "." + format);
        ReportResult other = Project.auditor().audit(file, "x");

        assertThat(other.status()).isEqualTo("checked");
        assertThat(other.reader()).isEqualTo(format);
        assertThat(other.office()).isEqualTo(text.office());
        assertThat(other.year()).isEqualTo(text.year());
        assertThat(other.template()).isEqualTo(text.template());
        assertThat(other.findings().stream().map(GoldenReportsTest::key).toList())
                .isEqualTo(text.findings().stream().map(GoldenReportsTest::key).toList());
    }
}
