package nianbao.render;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Writing cells: strings always through setCellValue(String) (a text cell, never a formula, whatever the
 * report wrote), numbers as numeric cells; and header rows.
 */
final class Cells {
    private Cells() {
    }

    static Cell str(Row row, int col, String value, CellStyle style) {
        Cell c = row.createCell(col);
        // An empty value stays a blank cell: an empty inline string is what a later editor (or POI) may
        // fail to overwrite, e.g. when the supervisor fills in 复核.
        if (value != null && !value.isEmpty()) {
            c.setCellValue(value);
        }
        c.setCellStyle(style);
        return c;
    }

    /** A numeric cell; a null number leaves the cell empty but styled. */
    static Cell num(Row row, int col, Number value, CellStyle style) {
        Cell c = row.createCell(col);
        if (value != null) {
            c.setCellValue(value.doubleValue());
        }
        c.setCellStyle(style);
        return c;
    }

    /** A header row with the given names; widths in Excel column units (a CJK character is about two). */
    static Row header(Sheet sheet, int rowIndex, String[] names, int[] widths, Styles styles) {
        Row row = sheet.createRow(rowIndex);
        int maxLines = 1;
        for (int i = 0; i < names.length; i++) {
            str(row, i, names[i], styles.header);
            if (widths != null) {
                sheet.setColumnWidth(i, Math.min(255, widths[i]) * 256);
                maxLines = Math.max(maxLines, Words.lines(names[i], widths[i] - 2));
            }
        }
        if (maxLines > 1) {
            row.setHeightInPoints(maxLines * 15f + 4);
        }
        return row;
    }
}
