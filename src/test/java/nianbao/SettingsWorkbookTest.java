package nianbao;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nianbao.analysis.ForwardingSettings;
import nianbao.support.SettingsWorkbookMaker;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped rules/settings.xlsx offers drop-down lists for 启用, 严重程度, 表 and 机关类型 (SettingsWorkbookMaker). */
class SettingsWorkbookTest {
    @TempDir
    Path tmp;

    @Test
    void theShippedWorkbookHasItsDropDowns() throws IOException {
        assertDropDowns(Path.of("rules/settings.xlsx"));
    }

    @Test
    void rebuildingKeepsEveryTextAndTheDropDowns() throws IOException {
        Path copy = tmp.resolve("settings.xlsx");
        Files.copy(Path.of("rules/settings.xlsx"), copy);
        SettingsWorkbookMaker.rebuild(copy);
        assertDropDowns(copy);
        assertThat(nianbao.template.SettingsSheet.read(tmp, "规则开关"))
                .isEqualTo(nianbao.template.SettingsSheet.read(Path.of("rules"), "规则开关"));
    }

    /** 转发设置 is added with its five items when missing, and a second rebuild changes no text of any sheet. */
    @Test
    void forwardingSheetIsAddedOnceWithItsItems() throws IOException {
        assertThat(nianbao.template.SettingsSheet.read(Path.of("rules"), ForwardingSettings.SHEET))
                .extracting(l -> l.cell(0)).containsExactlyElementsOf(ForwardingSettings.ITEMS);
        assertThat(List.of(SettingsWorkbookMaker.FORWARDING_ITEMS)).isEqualTo(ForwardingSettings.ITEMS);
        Path copy = tmp.resolve("settings.xlsx");
        Files.copy(Path.of("rules/settings.xlsx"), copy);
        String before = allTexts(copy);
        SettingsWorkbookMaker.rebuild(copy);
        SettingsWorkbookMaker.rebuild(copy);
        assertThat(allTexts(copy)).isEqualTo(before).contains("转发设置|项目|内容|填写说明");
        // An older workbook without the sheet gets it, with empty 内容 (the cover then uses general words).
        try (InputStream in = Files.newInputStream(copy); Workbook wb = WorkbookFactory.create(in)) {
            wb.removeSheetAt(wb.getSheetIndex(ForwardingSettings.SHEET));
            try (var out = Files.newOutputStream(copy)) {
                wb.write(out);
            }
        }
        assertThat(allTexts(copy)).doesNotContain("转发设置");
        SettingsWorkbookMaker.rebuild(copy);
        // Added back at the end: the same sheets with the same rows, in another sheet order.
        assertThat(allTexts(copy).lines().sorted().toList()).isEqualTo(before.lines().sorted().toList());
        assertThat(ForwardingSettings.read(tmp)).isEqualTo(nianbao.findings.Forwarding.NONE);
    }

    private static String allTexts(Path file) throws IOException {
        StringBuilder sb = new StringBuilder();
        org.apache.poi.ss.usermodel.DataFormatter fmt = new org.apache.poi.ss.usermodel.DataFormatter();
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            for (Sheet s : wb) {
                for (var row : s) {
                    sb.append(s.getSheetName());
                    row.forEach(c -> sb.append('|').append(fmt.formatCellValue(c)));
                    sb.append('\n');
                }
                sb.append(lists(s)).append('\n');
            }
        }
        return sb.toString();
    }

    private static void assertDropDowns(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            assertThat(lists(wb.getSheet("规则开关"))).contains(List.of(SettingsWorkbookMaker.ENABLED),
                    List.of(SettingsWorkbookMaker.SEVERITY));
            assertThat(lists(wb.getSheet("可接受的写法"))).contains(List.of(SettingsWorkbookMaker.TABLES));
            assertThat(lists(wb.getSheet("报送期限"))).contains(List.of(SettingsWorkbookMaker.BODY_KINDS));
            assertThat(lists(wb.getSheet("转发设置"))).contains(List.of(SettingsWorkbookMaker.FORWARDING_ITEMS));
        }
    }

    private static List<List<String>> lists(Sheet sheet) {
        return sheet.getDataValidations().stream().map(DataValidation::getValidationConstraint)
                .map(c -> List.of(c.getExplicitListValues())).toList();
    }
}
