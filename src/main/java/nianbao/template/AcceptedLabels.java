package nianbao.template;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import nianbao.document.Texts;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Label wordings a province accepts although they differ from the template, kept in the sheet
 * 可接受的写法 of rules/settings.xlsx (表 | 模板名称 | 可接受的写法). A label written that way is treated as
 * the template's own and gets no label finding. Read-only, at every run.
 */
public final class AcceptedLabels {
    public static final String SHEET = "可接受的写法";

    private final Set<String> accepted;

    private AcceptedLabels(Set<String> accepted) {
        this.accepted = accepted;
    }

    public static AcceptedLabels none() {
        return new AcceptedLabels(Set.of());
    }

    public static AcceptedLabels load(Path rulesDir) throws IOException {
        Path file = rulesDir.resolve("settings.xlsx");
        if (!Files.isRegularFile(file)) {
            return none();
        }
        Set<String> out = new HashSet<>();
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheet(SHEET);
            if (sheet == null) {
                return none();
            }
            DataFormatter fmt = new DataFormatter();
            for (Row row : sheet) {
                String table = fmt.formatCellValue(row.getCell(0)).strip();
                String canonical = fmt.formatCellValue(row.getCell(1));
                String written = fmt.formatCellValue(row.getCell(2));
                if (row.getRowNum() == 0 || canonical.isBlank() || written.isBlank()) {
                    continue;
                }
                out.add(key(table, canonical, written));
            }
        }
        return new AcceptedLabels(out);
    }

    /**
     * Whether this wording is accepted for this label.
     *
     * @param table "表二", "表三", "表四", or "标题" for a section heading
     */
    public boolean accepts(String table, String canonical, String written) {
        return !accepted.isEmpty() && accepted.contains(key(table, canonical, written));
    }

    private static String key(String table, String canonical, String written) {
        return table.strip() + "|" + Texts.compact(canonical) + "|" + Texts.compact(written);
    }
}
