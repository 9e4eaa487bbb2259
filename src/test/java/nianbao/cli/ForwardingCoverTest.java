package nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nianbao.support.Project;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The supervisor fills in 转发设置 of settings.xlsx; ./check --split puts the sender, the contact and the
 * 整改期限 on every county's cover. A 整改期限 that is no calendar date stops the run with a Chinese error
 * naming the sheet, the row and the column.
 */
class ForwardingCoverTest {
    private static final DataFormatter FMT = new DataFormatter();

    @TempDir
    Path tmp;

    /** A copy of rules/ with these 内容 in 转发设置 (by 项目). */
    private Path rulesWith(Map<String, String> values) throws Exception {
        Path rules = Project.copyRules(tmp.resolve("rules"));
        Path settings = rules.resolve("settings.xlsx");
        try (InputStream in = Files.newInputStream(settings); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheet("转发设置");
            for (Row row : sheet) {
                String item = FMT.formatCellValue(row.getCell(0));
                if (values.containsKey(item)) {
                    row.getCell(1, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue(values.get(item));
                }
            }
            try (OutputStream out = Files.newOutputStream(settings)) {
                wb.write(out);
            }
        }
        return rules;
    }

    private Path input() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(Project.REPORTS.resolve("004_3b473299667ac3ab.txt"), in.resolve("海原.txt"));
        return in;
    }

    @Test
    void theCountyCoverShowsTheSenderContactAndDeadline() throws Exception {
        Path rules = rulesWith(Map.of("发送单位", "某市人民政府办公室", "联系人", "王明", "联系电话", "0954-1234567",
                "整改期限", "2026年3月31日", "说明文字", "请于期限内将整改情况报市政府办公室。"));
        Path out = tmp.resolve("out");
        MainRun r = MainRun.run("--no-cache", "--rules", rules.toString(), "--out", out.toString(), "--split",
                input().toString());
        assertThat(r.exit()).as(r.all()).isEqualTo(4);
        List<Path> books;
        try (Stream<Path> s = Files.list(out.resolve("offices"))) {
            books = s.toList();
        }
        assertThat(books).hasSize(1);
        try (Workbook wb = WorkbookFactory.create(books.get(0).toFile(), null, true)) {
            Map<String, String> cover = new HashMap<>();
            StringBuilder all = new StringBuilder();
            for (Row row : wb.getSheet("说明")) {
                cover.putIfAbsent(FMT.formatCellValue(row.getCell(0)), FMT.formatCellValue(row.getCell(1)));
                for (Cell c : row) {
                    all.append(FMT.formatCellValue(c)).append('\n');
                }
            }
            assertThat(cover).containsEntry("发送单位", "某市人民政府办公室")
                    .containsEntry("联系人", "王明　0954-1234567")
                    .containsEntry("整改期限", "2026年3月31日前报回");
            assertThat(all.toString()).contains("请于期限内将整改情况报市政府办公室。")
                    .doesNotContain("经检查，你单位报送的").doesNotContain("规则版本");
            Sheet findings = wb.getSheet("问题清单");
            List<String> header = new java.util.ArrayList<>();
            findings.getRow(0).forEach(c -> header.add(FMT.formatCellValue(c)));
            assertThat(header).contains("整改情况").doesNotContain("复核", "复核备注", "机关", "年度");
        }
        // The supervisor's own workbook keeps its 复核 columns.
        try (Workbook wb = WorkbookFactory.create(out.resolve("findings.xlsx").toFile(), null, true)) {
            List<String> header = new java.util.ArrayList<>();
            wb.getSheet("问题清单").getRow(0).forEach(c -> header.add(FMT.formatCellValue(c)));
            assertThat(header).contains("复核", "复核备注").doesNotContain("整改情况");
        }
    }

    @Test
    void aDeadlineThatIsNoCalendarDateIsAnErrorNamingSheetRowAndColumn() throws Exception {
        Path rules = rulesWith(Map.of("整改期限", "2026年2月30日"));
        MainRun r = MainRun.run("rules", "check", "--rules", rules.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("工作表“转发设置”第5行“内容”列：“2026年2月30日”不是日历上有的日期")
                .contains("settings.xlsx").doesNotContain("Exception").doesNotContain("DateTime");

        Path other = Project.copyRules(tmp.resolve("rules2"));
        Path settings = other.resolve("settings.xlsx");
        try (InputStream in = Files.newInputStream(settings); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheet("转发设置");
            sheet.getRow(4).getCell(1, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue("三月底");
            Row extra = sheet.createRow(sheet.getLastRowNum() + 1);
            extra.createCell(0).setCellValue("传真");
            extra.createCell(1).setCellValue("0954-7654321");
            try (OutputStream out = Files.newOutputStream(settings)) {
                wb.write(out);
            }
        }
        MainRun r2 = MainRun.run("rules", "check", "--rules", other.toString());
        assertThat(r2.exit()).isEqualTo(2);
        assertThat(r2.err()).contains("工作表“转发设置”第5行“内容”列：“三月底”不是日期")
                .contains("工作表“转发设置”第7行“项目”列：“传真”不是可填的项目");
    }
}
