package nianbao.template;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        if (!Files.isRegularFile(file)) {
            return new ArrayList<>();
        }
        // Three readers (switches, accepted wordings, deadlines) ask for their sheets at every start: the
        // workbook is parsed once for as long as its bytes stay the same.
        byte[] bytes = Files.readAllBytes(file);
        Map<String, List<Line>> sheets;
        synchronized (SettingsSheet.class) {
            if (lastBytes == null || !java.util.Arrays.equals(bytes, lastBytes)) {
                lastSheets = parse(bytes);
                lastBytes = bytes;
            }
            sheets = lastSheets;
        }
        List<Line> lines = sheets.get(sheetName);
        return lines == null ? new ArrayList<>() : new ArrayList<>(lines);
    }

    /**
     * A cell's text as shown; a cell Excel holds as a date (a supervisor typing 2026/3/31) as 2026-03-31
     * whatever its display format, so that a date reads the same in every locale.
     */
    private static String text(DataFormatter fmt, org.apache.poi.ss.usermodel.Cell cell) {
        if (cell != null && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                && org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return fmt.formatCellValue(cell).strip();
    }

    private static byte[] lastBytes;
    private static Map<String, List<Line>> lastSheets;

    /** Every sheet's lines, by name as POI's getSheet finds it (case ignored, the first of a name). */
    private static Map<String, List<Line>> parse(byte[] bytes) throws IOException {
        Map<String, List<Line>> sheets = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        try (InputStream in = new java.io.ByteArrayInputStream(bytes); Workbook wb = WorkbookFactory.create(in)) {
            DataFormatter fmt = new DataFormatter();
            for (Sheet sheet : wb) {
                if (sheets.containsKey(sheet.getSheetName())) {
                    continue;
                }
                List<Line> out = new ArrayList<>();
                for (Row row : sheet) {
                    if (row.getRowNum() == 0) {
                        continue;
                    }
                    List<String> cells = new ArrayList<>();
                    for (int i = 0; i < Math.max(0, row.getLastCellNum()); i++) {
                        cells.add(text(fmt, row.getCell(i)));
                    }
                    if (cells.stream().anyMatch(c -> !c.isEmpty())) {
                        out.add(new Line(row.getRowNum() + 1, List.copyOf(cells)));
                    }
                }
                sheets.put(sheet.getSheetName(), List.copyOf(out));
            }
        }
        return sheets;
    }
}
