package nianbao.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nianbao.findings.ReportResult;
import nianbao.support.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The blank form sent along with the reports is skipped as a template, in one sentence, instead of being
 * checked as an office with no name; a report whose title is lost but whose tables are filled is still checked.
 */
class BlankTemplateTest {
    @TempDir
    Path tmp;

    @Test
    void theRealBlankFormIsSkippedAsATemplate() {
        Path form = Project.shared("corpus/real/zxj6827111-blip-govnianbao/政务公开年报模版.docx");
        ReportResult r = Project.auditor().audit(form, "模版.docx");
        assertThat(r.status()).isEqualTo("skipped");
        assertThat(r.error()).contains("空白的年度报告模板");
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void aReportWithoutItsTitleButWithNumbersIsStillChecked() throws IOException {
        Path sample = Project.REPORTS.resolve("004_3b473299667ac3ab.txt");
        String text = Files.readString(sample, StandardCharsets.UTF_8);
        // Drop every line that names the report (its title), keep the sections and the tables.
        String untitled = String.join("\n", text.lines().filter(l -> !l.contains("年度报告")).toList());
        Path file = tmp.resolve("untitled.txt");
        Files.writeString(file, untitled, StandardCharsets.UTF_8);
        ReportResult r = Project.auditor().audit(file, "untitled.txt");
        assertThat(r.year()).as("no title, so no year: only the filled tables tell it from the blank form").isNull();
        assertThat(r.status()).isEqualTo("checked");
    }
}
