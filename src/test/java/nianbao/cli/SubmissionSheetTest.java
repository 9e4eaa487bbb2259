package nianbao.cli;

import static nianbao.cli.MainRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nianbao.support.Project;
import nianbao.support.SettingsRows;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ./check with the 机构 sheet filled writes 报送情况 into findings.xlsx; with it empty (as shipped) it does not. */
class SubmissionSheetTest {
    @Test
    void theSupervisorsWorkbookSaysWhoReportedWhenAndWhoDidNot(@TempDir Path tmp) throws Exception {
        Path rules = Project.copyRules(tmp.resolve("rules"));
        SettingsRows.append(rules, "机构", List.of(
                List.of("平潭综合实验区", "", "政府"),
                List.of("平潭综合实验区行政审批局", "平潭综合实验区", "部门"),
                List.of("平潭综合实验区君山片区管理局", "平潭综合实验区", "乡镇"),
                List.of("平潭综合实验区教育局", "平潭综合实验区", "部门")));
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path departments = Project.shared("corpus/real/pingtan-departments");
        for (String f : List.of("pingtan-hzs-2023.txt", "pingtan-jsp-2023.txt", "pingtan-zrz-2023.txt")) {
            Files.copy(departments.resolve(f), in.resolve(f));
        }
        Files.copy(Project.shared("corpus/real/changwu-pingtan-gov-zwgk-archive")
                .resolve("87885_平潭综合实验区2023年度政府信息公开工作年度报告/page.txt"), in.resolve("pingtan-gov-2023.txt"));
        MainRun r = run("--rules", rules.toString(), "--out", tmp.resolve("out").toString(), in.toString());
        assertThat(r.exit()).as(r.err()).isIn(0, 4);
        List<List<String>> rows = sheet(tmp.resolve("out/findings.xlsx"), "报送情况");
        assertThat(rows.get(0)).containsExactly("机构", "类型", "上级", "年度", "报告文件", "发布日期", "报送期限", "逾期天数", "情况");
        List<String> statuses = rows.subList(1, rows.size()).stream().map(l -> l.get(0) + "|" + l.get(8)).toList();
        assertThat(statuses).containsExactly(
                "平潭综合实验区|已报送",
                "平潭综合实验区行政审批局|已报送",
                "平潭综合实验区君山片区管理局|已报送",
                "平潭综合实验区教育局|未报送",
                "平潭综合实验区自然资源与生态环境局|未列入机构表");
        // The government's deadline is the law's 31 March; 教育局's (no report) a department's 31 January.
        assertThat(rows.get(1).get(6)).isEqualTo("2024-03-31");
        assertThat(rows.get(4).get(6)).isEqualTo("2024-01-31");
        assertThat(rows.get(4).get(4)).isEmpty();
        assertThat(rows.get(2).get(4)).endsWith("pingtan-hzs-2023.txt");
    }

    @Test
    void withTheShippedEmptySheetThereIsNoSubmissionSheet(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(Project.shared("corpus/real/pingtan-departments").resolve("pingtan-hzs-2023.txt"), in.resolve("a.txt"));
        MainRun r = run("--out", tmp.resolve("out").toString(), in.toString());
        assertThat(r.exit()).as(r.err()).isIn(0, 4);
        try (InputStream s = Files.newInputStream(tmp.resolve("out/findings.xlsx")); Workbook wb = WorkbookFactory.create(s)) {
            assertThat(wb.getSheet("报送情况")).isNull();
        }
    }

    private static List<List<String>> sheet(Path file, String name) throws Exception {
        List<List<String>> out = new ArrayList<>();
        try (InputStream s = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(s)) {
            Sheet sheet = wb.getSheet(name);
            assertThat(sheet).as("sheet " + name).isNotNull();
            DataFormatter fmt = new DataFormatter();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < 9; i++) {
                    cells.add(fmt.formatCellValue(row.getCell(i)));
                }
                out.add(cells);
            }
        }
        return out;
    }
}
