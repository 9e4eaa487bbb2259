package nianbao.support;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** Appends rows to a sheet of a rules folder's settings.xlsx (a copy's, in a test), creating the sheet if absent. */
public final class SettingsRows {
    private SettingsRows() {
    }

    public static void append(Path rulesDir, String sheet, List<List<String>> rows) throws java.io.IOException {
        Path file = rulesDir.resolve("settings.xlsx");
        Workbook wb;
        try (InputStream in = Files.newInputStream(file)) {
            wb = WorkbookFactory.create(in);
        }
        try (wb) {
            Sheet s = wb.getSheet(sheet) == null ? wb.createSheet(sheet) : wb.getSheet(sheet);
            for (List<String> r : rows) {
                Row row = s.createRow(s.getLastRowNum() + 1);
                for (int i = 0; i < r.size(); i++) {
                    row.createCell(i).setCellValue(r.get(i));
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }
}
