package nianbao.extract;

import java.math.BigDecimal;
import nianbao.document.Texts;
import nianbao.facts.Cell;
import nianbao.template.Template;

/** Makes cell facts from raw cell text, so every table reads numbers and blanks the same way. */
final class CellFactory {
    /** Digits with spaces between them ("1 2"): a PDF may have split one number into runs. */
    private static final java.util.regex.Pattern SPLIT_DIGITS = java.util.regex.Pattern.compile("^\\d+(\\s+\\d+)+$");

    private CellFactory() {
    }

    /** Whether the cell's number had to be rejoined from pieces ("1 2" read as 12). */
    static boolean rejoined(Cell c) {
        return c.raw() != null && SPLIT_DIGITS.matcher(Texts.nfkc(c.raw())).matches();
    }

    /**
     * A row whose cells had numbers split into pieces keeps the rejoined values only when the row's own
     * identity then holds (its parts add up to its total), and they are marked uncertain; otherwise the
     * pieces cannot be trusted and those cells are unknown.
     */
    static java.util.List<Cell> checkRejoined(java.util.List<Cell> row, boolean identityHolds) {
        if (row.stream().noneMatch(CellFactory::rejoined)) {
            return row;
        }
        java.util.List<Cell> out = new java.util.ArrayList<>();
        for (Cell c : row) {
            if (!rejoined(c)) {
                out.add(c);
            } else if (identityHolds) {
                out.add(new Cell(c.table(), c.section(), c.rowKey(), c.columnKey(), c.rowLabel(), c.columnLabel(), c.rowGroup(),
                        c.columnGroup(), c.columnRole(), c.rowOrder(), c.columnOrder(), c.raw(), c.value(), c.amount(),
                        c.count(), c.blank(), c.nonNumeric(), c.missing(), true, Cell.SPLIT));
            } else {
                out.add(new Cell(c.table(), c.section(), c.rowKey(), c.columnKey(), c.rowLabel(), c.columnLabel(), c.rowGroup(),
                        c.columnGroup(), c.columnRole(), c.rowOrder(), c.columnOrder(), null, null, null, 0,
                        false, false, true, true, Cell.MISSING));
            }
        }
        return out;
    }

    /** Parts (role "part") add up to the total (role "total") among these cells. */
    static boolean partsAddUp(java.util.List<Cell> cells) {
        long parts = cells.stream().filter(c -> "part".equals(c.columnRole())).mapToLong(Cell::count).sum();
        return cells.stream().filter(c -> "total".equals(c.columnRole())).allMatch(c -> c.value() != null && c.value() == parts);
    }

    /**
     * @param how {@link Cell#READ} (as written), {@link Cell#SPLIT} (cut from run-together digits) or
     *            {@link Cell#INFERRED} (placed by inference); anything but READ is uncertain
     */
    static Cell placed(String table, String section, Template.LabelSpec row, int rowOrder, String rowGroup,
                       Template.LabelSpec column, int columnOrder, String raw, String how) {
        boolean uncertain = !Cell.READ.equals(how);
        String text = raw == null ? "" : raw.strip();
        boolean blank = Texts.noSpace(text).isEmpty() || Texts.isBlankMark(text);
        BigDecimal amount = blank ? null : Numbers.parse(text);
        Long value = Numbers.whole(amount);
        boolean nonNumeric = !blank && amount == null;
        return new Cell(table, section, row == null ? "" : row.key(), column.key(), row == null ? "" : row.label(),
                column.label(), rowGroup, column.group() == null ? "" : column.group(),
                column.role() == null ? "" : column.role(), rowOrder, columnOrder,
                text, value, amount, value == null ? 0 : value, blank, nonNumeric, false, uncertain, how);
    }

    static Cell missing(String table, String section, Template.LabelSpec row, int rowOrder, String rowGroup,
                        Template.LabelSpec column, int columnOrder) {
        return new Cell(table, section, row == null ? "" : row.key(), column.key(), row == null ? "" : row.label(),
                column.label(), rowGroup, column.group() == null ? "" : column.group(),
                column.role() == null ? "" : column.role(), rowOrder, columnOrder,
                null, null, null, 0, false, false, true, true, Cell.MISSING);
    }
}
