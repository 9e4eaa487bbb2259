package nianbao.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nianbao.findings.Finding;
import nianbao.findings.ReportResult;
import nianbao.support.Project;
import org.junit.jupiter.api.Test;

/**
 * Real published reports in their text forms (../shared/corpus/real): 平潭's pages where every cell runs
 * into the next, 沭阳's OCR text with one small table per row, markdown pipe tables from converters.
 * They must be checked without findings that rest on misplaced numbers.
 */
class RealReportsTest {
    private static final Path PINGTAN = Project.shared("corpus/real/changwu-pingtan-gov-zwgk-archive");
    private static final Path KIRO = Project.shared("corpus/real/zxj6827111-blip-KIROGOVCOMPARE");

    private static ReportResult audit(Path file) {
        ReportResult r = Project.auditor().audit(file, file.toString());
        assertThat(r.status()).as(file.toString()).isEqualTo("checked");
        return r;
    }

    private static Path pingtan(int year) throws IOException {
        try (Stream<Path> s = Files.list(PINGTAN)) {
            return s.filter(p -> p.getFileName().toString().contains(year + "年度")).findFirst().orElseThrow()
                    .resolve("page.txt");
        }
    }

    private static List<String> ids(ReportResult r) {
        return r.findings().stream().map(Finding::ruleId).toList();
    }

    /** Findings about the tables and headings; CMP-GOV-ASSESS (checked separately) is left out. */
    private static List<String> places(ReportResult r) {
        return r.findings().stream().filter(f -> !f.ruleId().equals("CMP-GOV-ASSESS"))
                .map(f -> f.ruleId() + "@" + f.table()).toList();
    }

    @Test
    void pingtanReportsMostlyOmitTheSocialReviewAndAccountabilityResults() throws IOException {
        // 条例 第五十条第四项: only the 2022 report mentions 社会评议 and 责任追究 (the others only 考核, 2025 none).
        for (int year = 2019; year <= 2025; year++) {
            List<String> ids = ids(audit(pingtan(year)));
            if (year == 2022) {
                assertThat(ids).as("平潭 2022").doesNotContain("CMP-GOV-ASSESS");
            } else {
                assertThat(ids).as("平潭 " + year).contains("CMP-GOV-ASSESS");
            }
        }
    }

    @Test
    void pingtanRunTogetherCellsAreSplitWhereTheTablesIdentitiesDecide() throws Exception {
        // Table 二 has no sums: a glued row is read where its digits allow one reading only ("行政许可2293",
        // "规章000"); a row such as 行政规范性文件 "6233440" (three cells) stays unread (its cells unknown, shown so
        // by ./check show), and no finding rests on it: it is neither "not filled in" nor a table that is missing.
        // 2019: every glued row of table 三 splits one way only and the report is consistent; table 二's
        // 2019-format rows (three or two cells each, "3960181") mostly read several ways.
        assertThat(places(audit(pingtan(2019)))).isEmpty();
        assertThat(Project.auditor().facts(pingtan(2019)).cells()).filteredOn(c -> c.table().equals("T2") && c.missing())
                .extracting(nianbao.facts.Cell::rowLabel).contains("规范性文件", "行政许可").doesNotContain("规章");
        // 2020: the split rows show a real inconsistency: the outcome rows add up to 27, （七）总计 says 21.
        ReportResult r2020 = audit(pingtan(2020));
        assertThat(r2020.findings()).filteredOn(f -> f.ruleId().startsWith("T3"))
                .extracting(Finding::ruleId, Finding::column, Finding::expected, Finding::actual, Finding::certainty)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("T3-COL-TOTAL", "自然人", "26", "20", "uncertain"),
                        org.assertj.core.groups.Tuple.tuple("T3-COL-TOTAL", "总计", "27", "21", "uncertain"));
        // "规章007" reads one way: 7 规章 in 对外公开总数量, which a county-level body cannot make.
        assertThat(places(r2020)).contains("CON-COUNTY-GUIZHANG@表二").hasSize(3);
        assertThat(r2020.office()).isEqualTo("平潭综合实验区人民政府");
        // 2021, 2023, 2024, 2025: table 三's rows that split more than one way on their own ("2200003252": 22|0|…|3|25
        // or 2|20|…|3|25) are decided by the column totals and the 勾稽关系, and the whole table then adds up.
        for (int year : List.of(2021, 2023, 2024, 2025)) {
            ReportResult r = audit(pingtan(year));
            assertThat(places(r)).as("平潭 " + year).isEmpty();
        }
        nianbao.facts.ReportFacts facts = Project.auditor().facts(pingtan(2021));
        assertThat(facts.cells()).filteredOn(c -> c.table().equals("T2") && c.rowLabel().equals("行政许可"))
                .extracting(nianbao.facts.Cell::value, nianbao.facts.Cell::uncertain).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2293L, true));
        // 2022: the heading of 四 has a typo (行政法复议).
        ReportResult r2022 = audit(pingtan(2022));
        assertThat(r2022.findings()).filteredOn(f -> f.ruleId().equals("LBL-SEC-TITLE")).extracting(Finding::actual)
                .containsExactly("四、政府信息公开行政法复议、行政诉讼情况");
        assertThat(places(r2022)).containsExactly("LBL-SEC-TITLE@");
        assertThat(r2022.year()).isEqualTo(2022);
    }

    @Test
    void theProseDecidesATableTwoRowItsDigitsAloneCannot() throws Exception {
        // 平潭行政审批局 2023: 行政规范性文件 "5416" reads 5|4|16 or 5|41|6 (both with 现行有效 not below 制发);
        // section 一 says "全面梳理了我局现行有效的规范性文件16件", which a person uses to read 5|4|16.
        Path report = Project.shared("corpus/real/pingtan-departments").resolve("pingtan-hzs-2023.txt");
        assertThat(Project.auditor().facts(report).cells()).filteredOn(c -> c.table().equals("T2") && c.rowKey().equals("GFXWJ"))
                .extracting(nianbao.facts.Cell::columnKey, nianbao.facts.Cell::value, nianbao.facts.Cell::how)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("MADE", 5L, "split"),
                        org.assertj.core.groups.Tuple.tuple("REPEALED", 4L, "split"),
                        org.assertj.core.groups.Tuple.tuple("VALID", 16L, "split"));
        // 平潭管委会办公室 2024: "114251" has many plausible readings and the prose names none of its cells.
        Path other = Project.shared("corpus/real/pingtan-departments").resolve("pingtan-gwh-2024.txt");
        assertThat(Project.auditor().facts(other).cells()).filteredOn(c -> c.table().equals("T2") && c.rowKey().equals("GFXWJ"))
                .allMatch(nianbao.facts.Cell::missing);
    }

    @Test
    void convertedMarkdownWithLabelsSeparatedFromNumbersGetsNoSumFindings() {
        for (String name : List.of("kewei-2024-source.md", "shanghai-office-sample-source.md")) {
            ReportResult r = audit(KIRO.resolve(name));
            assertThat(ids(r)).as(name).contains("FMT-TABLE-UNALIGNABLE")
                    .doesNotContain("T3-COL-TOTAL", "T3-BALANCE", "STR-T3-ROWS");
        }
    }

    @Test
    void ocrTextWithOneSmallTablePerRowIsReadCompletely() {
        ReportResult r = audit(KIRO.resolve("沭阳县人民政府2025年政府信息公开工作年度报告-沭阳县人民政府.txt"));
        assertThat(r.year()).isEqualTo(2025);
        assertThat(r.template()).isEqualTo("2021");
        // Its tables add up; what remains are its own label deviations (社会公益, "," for "、") and the
        // missing 社会评议/责任追究 results (it mentions only 考核).
        assertThat(r.findings()).allMatch(f -> f.category().equals("label") || f.ruleId().equals("CMP-GOV-ASSESS"));
        assertThat(ids(r)).contains("CMP-GOV-ASSESS", "LBL-T3-COL");
        // The converter's heading "### 申请人情况 (自然人)" is not a reworded column label.
        assertThat(r.findings()).filteredOn(f -> f.ruleId().equals("LBL-T3-COL")).extracting(Finding::actual)
                .containsExactly("社会公益");
    }
}
