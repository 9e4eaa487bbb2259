package nianbao.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nianbao.analysis.Batch;
import nianbao.analysis.BatchRun;
import nianbao.analysis.Inputs;
import nianbao.findings.Finding;
import nianbao.findings.ReportResult;
import nianbao.support.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's batches are audited by the real rules as ./check does (one batch, so the cross-year rules
 * run): a clean generated report gets no finding at all, and each injected defect is found, by its rule, on
 * its file. No timing here: speed is measured by bench/run.
 */
class GeneratedBatchTest {
    @Test
    void cleanReportsHaveNoFindingsAndEveryDefectIsFound(@TempDir Path dir) throws Exception {
        Path batch = dir.resolve("batch");
        BatchGenerator.Options options = new BatchGenerator.Options(40, 14, 0.4,
                BatchGenerator.formats("txt=6,docx=1,pdf=1"), false, Project.RULES, Project.shared("seeds"), batch,
                dir.resolve("manifest.csv"));
        List<BatchGenerator.Entry> entries = new BatchGenerator(options).write();
        assertThat(entries).hasSize(40);
        assertThat(entries).extracting(BatchGenerator.Entry::format).contains("txt", "docx", "pdf");
        assertThat(entries).extracting(BatchGenerator.Entry::version).contains("2019", "2021");
        assertThat(entries).filteredOn(e -> e.defect() != null).hasSizeBetween(8, 24);
        assertThat(entries).filteredOn(e -> e.defect() == null).hasSizeGreaterThan(10);
        assertThat(entries.stream().map(BatchGenerator.Entry::office).distinct().count()).isEqualTo(20);
        assertAudited(entries, audit(batch));
    }

    @Test
    void resubmissionsOfOneOfficeAreCleanToo(@TempDir Path dir) throws Exception {
        Path batch = dir.resolve("copies");
        List<BatchGenerator.Entry> entries = new BatchGenerator(new BatchGenerator.Options(12, 3, 0,
                BatchGenerator.formats("txt"), true, Project.RULES, Project.shared("seeds"), batch,
                dir.resolve("manifest.csv"))).write();
        assertThat(entries.stream().map(BatchGenerator.Entry::office).distinct()).hasSize(1);
        assertThat(entries.stream().map(BatchGenerator.Entry::year).distinct()).hasSize(2);
        // Six copies of each year: every copy is told it is one of several (BATCH-DUPLICATE) and is otherwise clean.
        Map<String, ReportResult> results = audit(batch);
        results.replaceAll((file, r) -> {
            assertThat(r.findings()).as(file).filteredOn(f -> f.ruleId().equals("BATCH-DUPLICATE")).singleElement()
                    .satisfies(f -> assertThat(f.actual().split("、")).hasSize(5));
            return new ReportResult(r.file(), r.office(), r.year(), r.template(), r.status(), r.error(), r.reader(),
                    r.findings().stream().filter(f -> !f.ruleId().equals("BATCH-DUPLICATE")).toList());
        });
        assertAudited(entries, results);
    }

    @Test
    void everyDefectOfTheCatalogueIsFound(@TempDir Path dir) throws Exception {
        Path batch = dir.resolve("defects");
        List<BatchGenerator.Entry> entries = new BatchGenerator(new BatchGenerator.Options(24, 7, 1,
                BatchGenerator.formats("txt"), false, Project.RULES, Project.shared("seeds"), batch,
                dir.resolve("manifest.csv"))).write();
        assertThat(entries).extracting(BatchGenerator.Entry::defect).containsAll(List.of(BatchGenerator.Defect.values()));
        assertAudited(entries, audit(batch));
    }

    private static Map<String, ReportResult> audit(Path batch) throws Exception {
        BatchRun run = Batch.check(Project.setup(), Inputs.collect(List.of(batch), null), Batch.Progress.NONE, null);
        Map<String, ReportResult> byFile = new LinkedHashMap<>();
        for (ReportResult r : run.result().reports()) {
            byFile.put(Path.of(r.file()).getFileName().toString(), r);
        }
        return byFile;
    }

    private static void assertAudited(List<BatchGenerator.Entry> entries, Map<String, ReportResult> results) {
        List<String> wrong = new ArrayList<>();
        for (BatchGenerator.Entry e : entries) {
            ReportResult r = results.get(e.file().getFileName().toString());
            if (r == null || !r.status().equals("checked")) {
                wrong.add(e.file().getFileName() + ": not checked (" + (r == null ? "missing" : r.status() + " " + r.error()) + ")");
                continue;
            }
            Set<String> rules = new TreeSet<>();
            for (Finding f : r.findings()) {
                rules.add(f.ruleId());
            }
            if (e.defect() == null && !rules.isEmpty()) {
                wrong.add(e.file().getFileName() + " is clean but got " + r.findings().stream().map(Finding::message).toList());
            }
            if (e.defect() != null && !rules.contains(e.expectedRule())) {
                wrong.add(e.file().getFileName() + " has " + e.defect() + " but " + e.expectedRule() + " was not found: " + rules);
            }
        }
        assertThat(wrong).isEmpty();
    }
}
