package nianbao.extract;

import java.math.BigDecimal;
import nianbao.document.Texts;
import nianbao.facts.Cell;
import nianbao.template.Template;

/** Makes cell facts from raw cell text, so every table reads numbers and blanks the same way. */
final class CellFactory {
    private CellFactory() {
    }

    static Cell placed(String table, String section, Template.LabelSpec row, int rowOrder, String rowGroup,
                       Template.LabelSpec column, int columnOrder, String raw, boolean uncertain) {
        String text = raw == null ? "" : raw.strip();
        boolean blank = Texts.noSpace(text).isEmpty() || Texts.isBlankMark(text);
        BigDecimal amount = blank ? null : Numbers.parse(text);
        Long value = Numbers.whole(amount);
        boolean nonNumeric = !blank && amount == null;
        return new Cell(table, section, row == null ? "" : row.key(), column.key(), row == null ? "" : row.label(),
                column.label(), rowGroup, column.group() == null ? "" : column.group(),
                column.role() == null ? "" : column.role(), rowOrder, columnOrder,
                text, value, amount, value == null ? 0 : value, blank, nonNumeric, false, uncertain);
    }

    static Cell missing(String table, String section, Template.LabelSpec row, int rowOrder, String rowGroup,
                        Template.LabelSpec column, int columnOrder) {
        return new Cell(table, section, row == null ? "" : row.key(), column.key(), row == null ? "" : row.label(),
                column.label(), rowGroup, column.group() == null ? "" : column.group(),
                column.role() == null ? "" : column.role(), rowOrder, columnOrder,
                null, null, null, 0, false, false, true, true);
    }
}
