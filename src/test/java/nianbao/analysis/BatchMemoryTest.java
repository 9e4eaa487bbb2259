package nianbao.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nianbao.findings.BatchResult;
import nianbao.findings.ReportResult;
import nianbao.render.JsonRenderer;
import nianbao.render.XlsxRenderer;
import nianbao.support.Project;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch whose memory runs out on one report fails that report, in one plain sentence, and the others are
 * checked and written as they would be without it; dropping the grids (no --split) changes no output.
 */
class BatchMemoryTest {
    @TempDir
    Path tmp;

    @Test
    void oneReportOutOfMemoryFailsAloneAndTheRestIsWritten() throws Exception {
        RuleSetup setup = Project.setup();
        List<Inputs.Input> inputs = Inputs.collect(List.of(Project.REPORTS), null);
        BatchResult plain = Batch.check(setup, inputs, Batch.Progress.NONE, null, true).result();
        String victim = inputs.get(1).shownName();
        BatchResult failed;
        try {
            // Simulated: a real OutOfMemoryError thrown where the report would be audited.
            Batch.beforeAudit = in -> {
                if (in.shownName().equals(victim)) {
                    throw new OutOfMemoryError("Java heap space (simulated)");
                }
            };
            failed = Batch.check(setup, inputs, Batch.Progress.NONE, null, false).result();
        } finally {
            Batch.beforeAudit = in -> {
            };
        }
        assertThat(failed.reports()).hasSameSizeAs(plain.reports());
        for (int i = 0; i < plain.reports().size(); i++) {
            ReportResult want = plain.reports().get(i);
            ReportResult got = failed.reports().get(i);
            if (got.file().equals(victim)) {
                assertThat(got.status()).isEqualTo("unreadable");
                assertThat(got.error()).isEqualTo(Batch.OUT_OF_MEMORY).doesNotContain("Error").doesNotContain("java.");
            } else {
                assertThat(got.findings()).isEqualTo(want.findings());
                assertThat(got.readingNotes()).isEqualTo(want.readingNotes());
            }
        }
        Path json = tmp.resolve("findings.json");
        Path xlsx = tmp.resolve("findings.xlsx");
        new JsonRenderer().writeTo(failed, json);
        new XlsxRenderer().writeTo(failed, xlsx);
        assertThat(Files.readString(json)).contains(Batch.OUT_OF_MEMORY);
        try (Workbook wb = WorkbookFactory.create(xlsx.toFile(), null, true)) {
            assertThat(wb.getSheet("问题清单").getLastRowNum())
                    .isEqualTo(failed.reports().stream().mapToInt(r -> r.findings().size()).sum());
        }
    }
}
