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
        Map<String, String> compact = new java.util.HashMap<>();
        tables.forEach((id, lines) -> compact.put(id, compacted(lines)));
        tables = Map.copyOf(compact);
    }

    /*
     * A batch keeps every report's print until the workbook is written, and a table's lines are mostly its
     * row and column labels (Chinese, the same in nearly every report of one template version): 50,000 reports
     * held ~250 MB of them. So a table is kept as the index of its label list, shared by all reports with the
     * same labels, and its values alone; table(id) gives the lines back.
     */
    private static final Map<String, Integer> LABEL_LIST_INDEX = new java.util.concurrent.ConcurrentHashMap<>();
    private static final List<String> LABEL_LISTS = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** Starts a compacted table: no line of a table's text can start with it. */
    private static final char COMPACT = '\u0001';

    private static String compacted(String lines) {
        if (lines == null || lines.isEmpty() || lines.charAt(0) == COMPACT) {
            return lines;
        }
        StringBuilder labels = new StringBuilder();
        StringBuilder values = new StringBuilder();
        for (String line : lines.split("\n", -1)) {
            int tab = line.indexOf('\t');
            if (tab < 0 || line.indexOf('\u0002') >= 0) {
                return lines; // not lines of cells: kept as it is
            }
            labels.append(line, 0, tab).append('\n');
            values.append(line, tab + 1, line.length()).append('\u0002');
        }
        Integer index = LABEL_LIST_INDEX.computeIfAbsent(labels.toString(), k -> {
            synchronized (LABEL_LISTS) {
                LABEL_LISTS.add(k);
                return LABEL_LISTS.size() - 1;
            }
        });
        return COMPACT + Integer.toString(index) + '\u0002' + values;
    }

    /** Table {@code id}'s cells as lines "rowKey/columnKey\tvalue" ("" when it has none). */
    public String table(String id) {
        String t = tables.get(id);
        if (t == null || t.isEmpty() || t.charAt(0) != COMPACT) {
            return t == null ? "" : t;
        }
        String[] parts = t.substring(1).split("\u0002", -1);
        String[] labels = LABEL_LISTS.get(Integer.parseInt(parts[0])).split("\n", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i + 1 < labels.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            out.append(labels[i]).append('\t').append(parts[i + 1]);
        }
        return out.toString();
    }

    /** The print of section {@code numeral} ("" when absent). */
    public String section(String numeral) {
        int i = NUMERALS.indexOf(numeral);
        return i < 0 || i >= sections.size() ? "" : sections.get(i);
    }

    /** The cells of table {@code id}, "rowKey/columnKey" → value as read, in the table's order. */
    public Map<String, String> cells(String id) {
        Map<String, String> out = new LinkedHashMap<>();
        String t = table(id);
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
