package nianbao.findings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a report said, in a few short strings: a fingerprint of the whole report, one of each section's prose
 * (一 … 六, "" when the section is absent) and the cells of tables 二, 三 and 四 as read (small enough to keep
 * as they are, so a change can be named cell by cell). Two files that read the same (a .docx and a .pdf of one
 * report) have the same prints. Kept per report in the batch and in the supervisor's workbook (hidden sheet
 * 内容指纹), so the next run can tell a report that changed after it was checked.
 *
 * @param tables per table id ("T2", "T3", "T4"), its cells: one line per cell, "rowKey/columnKey\tvalue"
 */
public record ContentPrint(String file, String office, Integer year, String whole, List<String> sections,
                           Map<String, String> tables) {
    public static final List<String> NUMERALS = List.of("一", "二", "三", "四", "五", "六");
    public static final List<String> TABLES = List.of("T2", "T3", "T4");
    /** The hidden sheet of the supervisor's workbook that keeps the prints, and its headers (found by name). */
    public static final String SHEET = "内容指纹";
    public static final String[] HEADER = {"文件", "机关", "年度", "全文", "一", "二", "三", "四", "五", "六", "表二", "表三", "表四"};

    public ContentPrint {
        sections = List.copyOf(sections);
        tables = Map.copyOf(tables);
    }

    /** The print of section {@code numeral} ("" when absent). */
    public String section(String numeral) {
        int i = NUMERALS.indexOf(numeral);
        return i < 0 || i >= sections.size() ? "" : sections.get(i);
    }

    /** The cells of table {@code id}, "rowKey/columnKey" → value as read, in the table's order. */
    public Map<String, String> cells(String id) {
        Map<String, String> out = new LinkedHashMap<>();
        String t = tables.get(id);
        if (t == null || t.isEmpty()) {
            return out;
        }
        for (String line : t.split("\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                out.put(line.substring(0, tab), line.substring(tab + 1));
            }
        }
        return out;
    }
}
