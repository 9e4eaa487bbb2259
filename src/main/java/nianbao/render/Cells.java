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
            c.setCellValue(fitted(value));
        }
        c.setCellStyle(style);
        return c;
    }

    /** Excel's limit for the text of one cell; POI refuses a longer one, and the whole workbook with it. */
    static final int MAX_TEXT = 32767;

    /** The text as it fits in one cell: a longer one (a report's whole section quoted, say) is cut and says so. */
    static String fitted(String value) {
        if (value.length() <= MAX_TEXT) {
            return value;
        }
        String said = "……（共 " + value.length() + " 字，单元格放不下，以下从略）";
        int keep = MAX_TEXT - said.length();
        if (Character.isHighSurrogate(value.charAt(keep - 1))) {
            keep--; // never split a character in two
        }
        return value.substring(0, keep) + said;
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
