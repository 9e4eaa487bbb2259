package nianbao;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    private static void assertDropDowns(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            assertThat(lists(wb.getSheet("规则开关"))).contains(List.of(SettingsWorkbookMaker.ENABLED),
                    List.of(SettingsWorkbookMaker.SEVERITY));
            assertThat(lists(wb.getSheet("可接受的写法"))).contains(List.of(SettingsWorkbookMaker.TABLES));
            assertThat(lists(wb.getSheet("报送期限"))).contains(List.of(SettingsWorkbookMaker.BODY_KINDS));
        }
    }

    private static List<List<String>> lists(Sheet sheet) {
        return sheet.getDataValidations().stream().map(DataValidation::getValidationConstraint)
                .map(c -> List.of(c.getExplicitListValues())).toList();
    }
}
