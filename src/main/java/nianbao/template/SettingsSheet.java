package nianbao.template;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * One sheet of rules/settings.xlsx, the workbook supervisors edit (rule switches, accepted wordings,
 * local deadlines), as rows of cell texts below the header. Opened from a stream, so it is only ever
 * read: POI would otherwise save a file it opened on close (tech-notes.md pitfall 12).
 */
public final class SettingsSheet {
    public static final String FILE = "settings.xlsx";

    /** One data row: its 1-based row number in the sheet and its cell texts, trimmed. */
    public record Line(int number, List<String> cells) {
        public String cell(int i) {
            return i < cells.size() ? cells.get(i) : "";
        }
    }

    private SettingsSheet() {
    }

    /** The data rows of the sheet, or none when the workbook or the sheet does not exist. */
    public static List<Line> read(Path rulesDir, String sheetName) throws IOException {
        Path file = rulesDir.resolve(FILE);
        List<Line> out = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return out;
        }
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheet(sheetName);
            if (sheet == null) {
                return out;
            }
            DataFormatter fmt = new DataFormatter();
            for (Row row : sheet) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < Math.max(0, row.getLastCellNum()); i++) {
                    cells.add(fmt.formatCellValue(row.getCell(i)).strip());
                }
                if (cells.stream().anyMatch(c -> !c.isEmpty())) {
                    out.add(new Line(row.getRowNum() + 1, cells));
                }
            }
        }
        return out;
    }
}
