package nianbao.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import nianbao.findings.ReportResult;
import nianbao.support.Project;

/** "Same findings as the text": the five sample reports, and the assertion every format and variant test makes. */
final class SameFindings {
    /** The sample reports: reports-in/{stem}.txt and their renderings in ../shared/corpus/formats. */
    static final List<String> STEMS = Project.SAMPLES;

    private SameFindings() {
    }

    /** The stems, as a JUnit method source. */
    static java.util.stream.Stream<String> stems() {
        return STEMS.stream();
    }

    /** The file is read by {@code reader} and gets the findings of reports-in/{stem}.txt: same rules, places, values. */
    static void assertSameAsText(String stem, Path file, String reader) {
        ReportResult text = Project.auditor().audit(Project.REPORTS.resolve(stem + ".txt"), "x");
        ReportResult other = Project.auditor().audit(file, "x");

        assertThat(other.status()).isEqualTo("checked");
        assertThat(other.reader()).isEqualTo(reader);
        assertThat(other.office()).isEqualTo(text.office());
        assertThat(other.year()).isEqualTo(text.year());
        assertThat(other.template()).isEqualTo(text.template());
        assertThat(other.findings().stream().map(GoldenReportsTest::key).toList())
                .isEqualTo(text.findings().stream().map(GoldenReportsTest::key).toList());
    }
}
