package nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nianbao.support.Project;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The supervisor's round trip: run, mark a finding 误报 in 问题清单, run again with --review on a batch
 * where one county fixed its report: the decision comes back on the same finding, the fixed finding is
 * listed under 已解决, and --split writes one workbook per office.
 */
class ReviewAndSplitTest {
    @TempDir
    Path tmp;

    private static Map<String, Integer> header(Sheet sheet) {
        Map<String, Integer> col = new HashMap<>();
        DataFormatter fmt = new DataFormatter();
        sheet.getRow(0).forEach(c -> col.put(fmt.formatCellValue(c), c.getColumnIndex()));
        return col;
    }

    @Test
    void reviewDecisionsComeBackAndFixedFindingsAreListed() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(Project.REPORTS.resolve("000_3438832166e5f38e.txt"), in.resolve("合水.txt"));
        Files.copy(Project.REPORTS.resolve("004_3b473299667ac3ab.txt"), in.resolve("海原.txt"));
        Path first = tmp.resolve("run1");
        assertThat(Main.run("--no-cache", "--out", first.toString(), in.toString())).isEqualTo(4);

        // The supervisor dismisses 海原's LBL-T3-COL (社会组织) as a false alarm.
        Path reviewed = tmp.resolve("reviewed.xlsx");
        try (InputStream s = Files.newInputStream(first.resolve("findings.xlsx")); Workbook wb = WorkbookFactory.create(s)) {
            Sheet sheet = wb.getSheet("问题清单");
            Map<String, Integer> col = header(sheet);
            DataFormatter fmt = new DataFormatter();
            int marked = 0;
            for (Row row : sheet) {
                if (row.getRowNum() > 0 && fmt.formatCellValue(row.getCell(col.get("规则"))).equals("LBL-T3-COL")) {
                    row.getCell(col.get("复核"), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue("误报");
                    row.getCell(col.get("复核备注"), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue("本省认可“社会组织”");
                    marked++;
                }
            }
            assertThat(marked).isEqualTo(1);
            try (OutputStream o = Files.newOutputStream(reviewed)) {
                wb.write(o);
            }
        }

        // 合水 resubmits with the section numeral fixed (a new file name: identity is office and year).
        Files.delete(in.resolve("合水.txt"));
        String fixed = Files.readString(Project.REPORTS.resolve("000_3438832166e5f38e.txt"), StandardCharsets.UTF_8)
                .replace("\n收到和处理政府信息公开申请情况\n", "\n三、收到和处理政府信息公开申请情况\n");
        Files.writeString(in.resolve("合水-重报.txt"), fixed, StandardCharsets.UTF_8);
        Path second = tmp.resolve("run2");
        Main.run("--no-cache", "--out", second.toString(), "--review", reviewed.toString(), "--split", in.toString());

        try (InputStream s = Files.newInputStream(second.resolve("findings.xlsx")); Workbook wb = WorkbookFactory.create(s)) {
            Sheet findings = wb.getSheet("问题清单");
            Map<String, Integer> col = header(findings);
            DataFormatter fmt = new DataFormatter();
            Map<String, String> reviewByRule = new LinkedHashMap<>();
            for (Row row : findings) {
                if (row.getRowNum() > 0) {
                    reviewByRule.put(fmt.formatCellValue(row.getCell(col.get("规则"))), fmt.formatCellValue(row.getCell(col.get("复核"))));
                }
            }
            assertThat(reviewByRule).containsEntry("LBL-T3-COL", "误报").containsEntry("CMP-T4-ROW", "");
            Sheet resolved = wb.getSheet("已解决");
            assertThat(resolved).isNotNull();
            List<String> resolvedRules = new java.util.ArrayList<>();
            for (Row row : resolved) {
                if (row.getRowNum() > 0) {
                    row.forEach(c -> resolvedRules.add(fmt.formatCellValue(c)));
                }
            }
            assertThat(resolvedRules).contains("STR-SEC-NUMERAL").doesNotContain("LBL-T3-COL");
        }
        try (Stream<Path> offices = Files.list(second.resolve("offices"))) {
            assertThat(offices.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("合水县人民政府-2020.xlsx", "海原县人民政府-2020.xlsx");
        }
    }
}
