package nianbao.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import nianbao.findings.Forwarding;
import nianbao.support.Project;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 转发设置 read from the shipped settings workbook as a supervisor edits it in Excel. */
class ForwardingSettingsTest {
    @TempDir
    Path tmp;

    @Test
    void aDeadlineTypedAsAnExcelDateIsReadAsThatDay() throws Exception {
        Path rules = Project.copyRules(tmp.resolve("rules"));
        assertThat(ForwardingSettings.read(rules)).as("shipped: nothing set").isEqualTo(Forwarding.NONE);
        Path settings = rules.resolve("settings.xlsx");
        try (InputStream in = Files.newInputStream(settings); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheet(ForwardingSettings.SHEET);
            // Excel turns 2026/3/31 typed in a cell into a date cell shown as the locale likes (here m/d/yy).
            Cell deadline = sheet.getRow(4).getCell(1, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("m/d/yy"));
            deadline.setCellValue(LocalDate.of(2026, 3, 31));
            deadline.setCellStyle(date);
            sheet.getRow(1).getCell(1, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue(" 某市人民政府办公室 ");
            try (OutputStream out = Files.newOutputStream(settings)) {
                wb.write(out);
            }
        }
        assertThat(ForwardingSettings.check(rules)).isEmpty();
        Forwarding f = ForwardingSettings.read(rules);
        assertThat(f.deadline()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(f.sender()).isEqualTo("某市人民政府办公室");
        assertThat(f.contact()).isEmpty();
    }

    @Test
    void datesAsSupervisorsWriteThem() {
        assertThat(ForwardingSettings.date("2026-03-31")).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(ForwardingSettings.date("2026/3/31")).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(ForwardingSettings.date("2026年3月31日")).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(ForwardingSettings.date("2026.3.31")).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(ForwardingSettings.date("三月底")).isNull();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ForwardingSettings.date("2026-02-30"))
                .isInstanceOf(java.time.DateTimeException.class);
    }
}
