package nianbao.facts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Where a finding is, in the template's words, and what backs it: the one thing a rule hands to the reporter
 * ({@code reporter.at(drools, $cell.place(), expected, actual)}). Facts a rule reports on give their own
 * place ({@link Placed}); the factories here name the other places (a column, a group, a section by numeral,
 * the report). The small {@code with…} methods add what a check used, never positional nulls.
 *
 * @param section     the section's numeral, "" when none
 * @param table       the table id ("T2", "T3", "T4"), "" when the finding is not about a table
 * @param row         the row's template label, "" for a whole column or table
 * @param rowOrder    the row's template position, -1 when none (for ordering findings)
 * @param column      the column's template label (or column group), "" for a whole row or table
 * @param columnOrder the column's template position, -1 when none
 * @param evidence    what the report says there, quoted in the finding; null when the place has none of its own
 *                    (then the {@link #basis basis} cells are quoted)
 * @param uncertain   the finding rests on a value placed by inference or not placed at all
 * @param file        the report the finding belongs to, when it is not the session's own (checks across years)
 */
public record Place(String section, String table, String row, int rowOrder, String column, int columnOrder,
                    String evidence, boolean uncertain, String file) {

    public Place {
        section = section == null ? "" : section;
        table = table == null ? "" : table;
        row = row == null ? "" : row;
        column = column == null ? "" : column;
    }

    /** One cell; its evidence is the cell as written. */
    public static Place ofCell(Cell c) {
        return new Place(c.section(), c.table(), c.rowLabel(), c.rowOrder(), c.columnLabel(), c.columnOrder(),
                evidenceOf(c), doubtful(c), null);
    }

    /** A whole column of the table of {@code anyCell} (row left empty), e.g. the 勾稽 balance of one column. */
    public static Place ofColumn(Cell anyCell) {
        return new Place(anyCell.section(), anyCell.table(), "", -1, anyCell.columnLabel(), anyCell.columnOrder(),
                null, doubtful(anyCell), null);
    }

    /** The column group of {@code anyCell} in its row (table 四: 行政复议, 未经复议直接起诉, 复议后起诉). */
    public static Place ofGroup(Cell anyCell) {
        return new Place(anyCell.section(), anyCell.table(), anyCell.rowLabel(), anyCell.rowOrder(),
                anyCell.columnGroup(), anyCell.columnOrder(), null, doubtful(anyCell), null);
    }

    /** A whole row (column left empty). */
    public static Place ofRow(Row row) {
        return new Place(row.section(), row.table(), row.rowLabel(), row.rowOrder(), "", -1, null, row.anyMissing(), null);
    }

    /** A whole table, in the section it stands in (see {@link #inSection} for a table that is absent). */
    public static Place ofTable(TableFact table) {
        return new Place(table.section(), table.id(), "", -1, "", -1, null, false, null);
    }

    /** A section by its numeral, also one that is absent. */
    public static Place ofSection(String numeral) {
        return new Place(numeral, "", "", -1, "", -1, null, false, null);
    }

    /** A section found in the report; its evidence is the heading as written. */
    public static Place ofSection(Section section) {
        return ofSection(section.numeral()).evidence(section.heading());
    }

    /** The report as a whole. */
    public static Place ofReport() {
        return new Place("", "", "", -1, "", -1, null, false, null);
    }

    /** A table label that differs from the template's: the row or column it names; its evidence is the label as written. */
    public static Place ofLabel(Label label) {
        boolean row = LabelKind.ROW.equals(label.kind());
        String written = label.written().isEmpty() ? null : label.written();
        return new Place(label.section(), label.table(), row ? label.canonical() : "", label.rowOrder(),
                row ? "" : label.canonical(), -1, written, false, null);
    }

    /**
     * The cell(s) a number stated in the prose is compared with: table 三's row in the 总计 column, table 四's
     * column ("行政复议/总计"), table 二's "row/column". Its evidence is the sentence.
     */
    public static Place ofStatement(Statement s) {
        String table = s.table() == null || s.table().isEmpty() ? "T3" : s.table();
        String row = s.rowLabel();
        String column = "总计";
        if (table.equals("T4")) {
            // 表四 has one data row: the statement names a column ("行政复议/总计").
            row = "";
            column = s.rowLabel();
        } else if (table.equals("T2")) {
            int slash = s.rowLabel().indexOf('/');
            row = slash < 0 ? s.rowLabel() : s.rowLabel().substring(0, slash);
            column = slash < 0 ? "" : s.rowLabel().substring(slash + 1);
        }
        return new Place(s.section(), table, row, -1, column, 99, s.sentence() == null ? "" : s.sentence(), false, null);
    }

    /** The same place with this evidence (what the report says, quoted in the finding). */
    public Place evidence(String text) {
        return new Place(section, table, row, rowOrder, column, columnOrder, text, uncertain, file);
    }

    /** The same place in another section: a table that is absent names the section it belongs in. */
    public Place inSection(String numeral) {
        return new Place(numeral, table, row, rowOrder, column, columnOrder, evidence, uncertain, file);
    }

    /** The same place, belonging to another report's findings (checks across years). */
    public Place inFile(String report) {
        return new Place(section, table, row, rowOrder, column, columnOrder, evidence, uncertain, report);
    }

    /**
     * The cells the check used: any uncertain or missing one makes the finding uncertain, and a place without
     * evidence of its own (a column, a group) quotes them ("（一）=3，（二）=空 …").
     */
    public Place basis(Collection<?> cells) {
        boolean doubt = uncertain;
        if (cells != null) {
            for (Object o : cells) {
                if (o instanceof Cell c && doubtful(c)) {
                    doubt = true;
                }
            }
        }
        return new Place(section, table, row, rowOrder, column, columnOrder,
                evidence != null ? evidence : evidenceOfAll(cells), doubt, file);
    }

    private static boolean doubtful(Cell c) {
        return c.uncertain() || c.missing();
    }

    private static String evidenceOf(Cell cell) {
        return cell.raw() == null ? "（该格未能识别）"
                : cell.rowLabel() + " / " + cell.columnLabel() + "：" + (cell.raw().isEmpty() ? "（空白）" : cell.raw());
    }

    private static String evidenceOfAll(Collection<?> basis) {
        if (basis == null || basis.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        List<Object> ordered = new ArrayList<>(basis);
        ordered.sort(Comparator.comparingInt((Object o) -> o instanceof Cell c ? c.rowOrder() : 0)
                .thenComparingInt(o -> o instanceof Cell c ? c.columnOrder() : 0));
        for (Object o : ordered) {
            if (o instanceof Cell c) {
                String v = c.raw() == null ? "?" : c.raw().isEmpty() ? "空" : c.raw();
                parts.add((c.rowLabel().isEmpty() ? c.columnLabel() : shortLabel(c.rowLabel())) + "=" + v);
            }
        }
        return String.join("，", parts);
    }

    private static String shortLabel(String label) {
        int cut = label.indexOf('（', 2);
        return cut > 0 ? label.substring(0, cut) : label;
    }
}
