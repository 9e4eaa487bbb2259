package nianbao;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nianbao.support.SettingsRows;
import nianbao.support.SettingsWorkbookMaker;
import nianbao.template.SettingsSheet;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SettingsWorkbookMaker adds the sheet 机构 to a workbook without it, once, and keeps a filled one's rows. */
class InstitutionsSheetMakerTest {
    @TempDir
    Path tmp;

    @Test
    void anOldWorkbookGetsTheSheetWithItsHeaderDropDownAndNoteAndRebuildingAgainChangesNothing() throws Exception {
        Path file = tmp.resolve("settings.xlsx");
        Files.copy(Path.of("rules/settings.xlsx"), file);
        // An old workbook: the sheet removed.
        Workbook wb;
        try (InputStream in = Files.newInputStream(file)) {
            wb = WorkbookFactory.create(in);
        }
        try (wb; OutputStream out = Files.newOutputStream(file)) {
            wb.removeSheetAt(wb.getSheetIndex("机构"));
            wb.write(out);
        }
        assertThat(sheets(file)).doesNotContain("机构");
        SettingsWorkbookMaker.rebuild(file);
        List<String> once = sheets(file);
        assertThat(once).contains("机构");
        try (InputStream in = Files.newInputStream(file); Workbook w = WorkbookFactory.create(in)) {
            Sheet s = w.getSheet("机构");
            DataFormatter fmt = new DataFormatter();
            Row header = s.getRow(0);
            assertThat(List.of(fmt.formatCellValue(header.getCell(0)), fmt.formatCellValue(header.getCell(1)),
                    fmt.formatCellValue(header.getCell(2)))).containsExactly("名称", "上级", "类型");
            assertThat(header.getCell(0).getCellComment().getString().getString()).contains("上级");
            assertThat(s.getDataValidations()).extracting(DataValidation::getValidationConstraint)
                    .anySatisfy(c -> assertThat(c.getExplicitListValues()).containsExactly(SettingsWorkbookMaker.BODY_KINDS));
        }
        assertThat(SettingsSheet.read(tmp, "机构")).isEmpty();
        SettingsWorkbookMaker.rebuild(file);
        assertThat(sheets(file)).isEqualTo(once);
        // A filled sheet keeps its rows through a rebuild.
        SettingsRows.append(tmp, "机构", List.of(List.of("某县", "", "政府"), List.of("某县教育局", "某县", "部门")));
        List<SettingsSheet.Line> filled = SettingsSheet.read(tmp, "机构");
        SettingsWorkbookMaker.rebuild(file);
        assertThat(SettingsSheet.read(tmp, "机构")).isEqualTo(filled).hasSize(2);
    }

    private static List<String> sheets(Path file) throws Exception {
        List<String> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            wb.forEach(s -> out.add(s.getSheetName()));
        }
        return out;
    }
}
