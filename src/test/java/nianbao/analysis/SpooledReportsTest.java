package nianbao.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nianbao.findings.Finding;
import nianbao.findings.ReportResult;
import nianbao.findings.Review;
import nianbao.findings.SpooledReports;
import nianbao.support.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch's results kept on disk come back exactly as they went in, whatever a report holds. */
class SpooledReportsTest {

    /** Every real report of ../shared/corpus, in every format, with what was read from its tables. */
    @Test
    void everyRealReportComesBackEqual() throws Exception {
        Auditor auditor = Project.auditor();
        List<ReportResult> originals = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Project.shared("corpus"))) {
            for (Path f : files.filter(Files::isRegularFile).filter(p -> !p.toString().contains("expected")).sorted().toList()) {
                originals.add(auditor.audit(f, f.toString()));
            }
        }
        assertThat(originals).hasSizeGreaterThan(50);
        assertThat(originals).anyMatch(r -> !r.findings().isEmpty());
        assertThat(originals).anyMatch(r -> r.reading() != null && !r.reading().tables().isEmpty());
        try (SpooledReports spool = SpooledReports.create()) {
            originals.forEach(spool::add);
            assertThat(spool).hasSize(originals.size());
            for (int i = 0; i < originals.size(); i++) {
                assertThat(spool.get(i)).isEqualTo(originals.get(i));
                assertThat(spool.file(i)).isEqualTo(originals.get(i).file());
            }
        }
    }

    /** The content print of every real report (its sections' and tables' prints) comes back equal too. */
    @Test
    void everyRealReportsPrintComesBackEqual() throws Exception {
        Auditor auditor = Project.auditor();
        List<nianbao.findings.ContentPrint> originals = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Project.shared("corpus"))) {
            for (Path f : files.filter(Files::isRegularFile).filter(p -> !p.toString().contains("expected")).sorted().toList()) {
                Auditor.Audited a = auditor.auditWithFacts(f, f.toString());
                if (a.facts() != null) {
                    originals.add(Fingerprints.of(a.result().file(), a.facts()));
                }
            }
        }
        assertThat(originals).hasSizeGreaterThan(50);
        assertThat(originals).anyMatch(p -> !p.table("T3").isEmpty());
        try (nianbao.findings.SpooledPrints spool = nianbao.findings.SpooledPrints.create()) {
            originals.forEach(spool::add);
            for (int i = 0; i < originals.size(); i++) {
                assertThat(spool.get(i)).isEqualTo(originals.get(i));
                assertThat(spool.get(i).table("T3")).isEqualTo(originals.get(i).table("T3"));
            }
        }
    }

    @Test
    void setSortAndKeepFirstWorkWhereTheResultsLie() {
        Finding f = new Finding("T3-ROWSUM", "arithmetic", "error", "三", "T3", "七", "total", "合计不等于各项之和",
                "5", "4", "总计 4", "确定", 7, 6);
        try (SpooledReports spool = SpooledReports.create()) {
            spool.add(ReportResult.skipped("b.txt", "不是报告"));
            spool.add(new ReportResult("a.txt", "某县人民政府", 2020, "2019", "checked", null, "text", List.of()));
            spool.add(ReportResult.skipped("c.txt", ""));
            spool.set(1, spool.get(1).withFindings(List.of(f)).withReviews(Map.of("x", new Review(Review.FALSE_ALARM, "已核实"))));
            spool.sortByFile();
            assertThat(spool).extracting(ReportResult::file).containsExactly("a.txt", "b.txt", "c.txt");
            assertThat(spool.get(0).findings()).containsExactly(f);
            assertThat(spool.get(0).reviews()).containsEntry("x", new Review(Review.FALSE_ALARM, "已核实"));
            spool.keepFirst(2);
            assertThat(spool).extracting(ReportResult::file).containsExactly("a.txt", "b.txt");
        }
    }

    /** No temporary file can be made (the folder is not there): the results stay in memory and nothing is lost. */
    @Test
    void withoutATemporaryFileTheResultsStayInMemory(@TempDir Path dir) {
        try (SpooledReports spool = SpooledReports.create(dir.resolve("不存在的文件夹"))) {
            spool.add(ReportResult.skipped("b.txt", "不是报告"));
            spool.add(ReportResult.unreadable("a.txt", "text", "文件已损坏"));
            spool.sortByFile();
            assertThat(spool).extracting(ReportResult::file).containsExactly("a.txt", "b.txt");
            assertThat(spool.get(0).error()).isEqualTo("文件已损坏");
        }
    }

    /** Nothing is left in the temporary folder once the spool is closed (on Linux the file has no name even while open). */
    @Test
    void theTemporaryFileLeavesNothingBehind(@TempDir Path dir) throws Exception {
        SpooledReports spool = SpooledReports.create(dir);
        spool.add(ReportResult.skipped("b.txt", "不是报告"));
        assertThat(spool.get(0).file()).isEqualTo("b.txt");
        spool.close();
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.count()).isZero();
        }
    }
}
