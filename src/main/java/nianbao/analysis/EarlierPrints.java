package nianbao.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nianbao.findings.ContentPrint;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * The content fingerprints of the reports the last run checked, read back from the hidden sheet 内容指纹 of its
 * workbook(s) (the files given with --review), so that a report of the same office and year whose content changed
 * since is told (rules/batch.drl, BATCH-CHANGED-*). Columns are found by their headers; a workbook without the sheet
 * (written before it existed) gives nothing. Opened read-only.
 */
public final class EarlierPrints {
    public static final EarlierPrints NONE = new EarlierPrints(List.of());

    private final List<ContentPrint> prints;
    /** Office and year → the whole-report prints of that office-year. */
    private final Map<String, List<String>> byOfficeYear = new HashMap<>();

    EarlierPrints(List<ContentPrint> prints) {
        this.prints = List.copyOf(prints);
        for (ContentPrint p : prints) {
            if (p.office() != null && p.year() != null) {
                byOfficeYear.computeIfAbsent(key(p.office(), p.year()), k -> new ArrayList<>()).add(p.whole());
            }
        }
    }

    /** The prints of every workbook in {@code files} (none: nothing to compare with). */
    public static EarlierPrints read(List<Path> files) throws IOException {
        List<ContentPrint> all = new ArrayList<>();
        for (Path f : files) {
            all.addAll(readOne(f));
        }
        return new EarlierPrints(all);
    }

    private static List<ContentPrint> readOne(Path file) throws IOException {
        List<ContentPrint> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheet(ContentPrint.SHEET);
            if (sheet == null || sheet.getRow(0) == null) {
                return out;
            }
            DataFormatter fmt = new DataFormatter();
            Map<String, Integer> col = new HashMap<>();
            sheet.getRow(0).forEach(c -> col.put(fmt.formatCellValue(c).strip(), c.getColumnIndex()));
            for (Row row : sheet) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                String whole = text(fmt, row, col, "全文");
                if (whole.isEmpty()) {
                    continue;
                }
                List<String> sections = new ArrayList<>();
                ContentPrint.NUMERALS.forEach(n -> sections.add(text(fmt, row, col, n)));
                Map<String, String> tables = new LinkedHashMap<>();
                tables.put("T2", text(fmt, row, col, "表二"));
                tables.put("T3", text(fmt, row, col, "表三"));
                tables.put("T4", text(fmt, row, col, "表四"));
                String office = text(fmt, row, col, "机关");
                String year = text(fmt, row, col, "年度");
                out.add(new ContentPrint(text(fmt, row, col, "文件"), office.isEmpty() ? null : office,
                        year.matches("\\d{4}") ? Integer.valueOf(year) : null, whole, sections, tables));
            }
        }
        return out;
    }

    private static String text(DataFormatter fmt, Row row, Map<String, Integer> col, String name) {
        Integer i = col.get(name);
        return i == null ? "" : fmt.formatCellValue(row.getCell(i));
    }

    static String key(String office, Integer year) {
        return office + "\u0000" + year;
    }

    public List<ContentPrint> prints() {
        return prints;
    }

    /** The last run had this office and year, and none of its copies had this content: tell what changed. */
    boolean changed(String office, Integer year, String whole) {
        List<String> was = office == null || year == null ? null : byOfficeYear.get(key(office, year));
        return was != null && !was.contains(whole);
    }
}
