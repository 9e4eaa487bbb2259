package nianbao.render;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The few cell styles every sheet shares. Text styles are quote-prefixed, so a report's "=…" stays text
 * even after someone edits the cell in Excel; severities are shown by fill colour (错误 light red, 警告
 * light orange, 提示 light blue), the same in every sheet and workbook.
 */
final class Styles {
    static final byte[] ERROR_FILL = rgb(0xFF, 0xC7, 0xCE);
    static final byte[] WARNING_FILL = rgb(0xFF, 0xE0, 0x9E);
    static final byte[] INFO_FILL = rgb(0xDD, 0xEB, 0xF7);
    private static final byte[] HEADER_FILL = rgb(0xD9, 0xE1, 0xF2);
    /** Pale yellow: a cell the county fills in (整改情况). */
    static final byte[] INPUT_FILL = rgb(0xFF, 0xF8, 0xD6);
    private static final byte[] BORDER = rgb(0xBF, 0xBF, 0xBF);

    final XSSFCellStyle header;
    final XSSFCellStyle text;
    final XSSFCellStyle wrap;
    final XSSFCellStyle number;
    /** Text centred like a number (a table cell that holds no plain number). */
    final XSSFCellStyle centred;
    /** A number read like a value in a sentence (the cover's 年度), left-aligned. */
    final XSSFCellStyle numberLeft;
    final XSSFCellStyle title;
    final XSSFCellStyle subtitle;
    /** A paragraph of text without borders (the cover's opening words). */
    final XSSFCellStyle paragraph;
    final XSSFCellStyle blockTitle;
    final XSSFCellStyle label;
    final XSSFCellStyle link;
    /** A wrapped cell for the reader to fill in (整改情况), and its header. */
    final XSSFCellStyle input;
    final XSSFCellStyle inputHeader;
    /** Text with a severity fill, by {@link Words#severityRank}: error, warning, info. */
    final XSSFCellStyle[] severityText = new XSSFCellStyle[3];
    /** Left-aligned text with a severity fill (rule ids in 概览, coloured like their bars in the chart). */
    final XSSFCellStyle[] severityLabel = new XSSFCellStyle[3];
    /**
     * A table value as read (表格读取结果), shown as written ("653.3" stays 653.3), by severity rank of the
     * findings on it: error, warning, info, and 3 for none.
     */
    final XSSFCellStyle[] tableValue = new XSSFCellStyle[4];
    /** A count with the fill of its severity (non-zero counts in 概览 and on the cover). */
    final XSSFCellStyle[] severityNumber = new XSSFCellStyle[3];

    /** The font colour of a finding dismissed as 误报 (its row in the supervisor's 问题清单). */
    static final byte[] DISMISSED_FONT = rgb(0xA6, 0xA6, 0xA6);

    private final XSSFWorkbook wb;
    private XSSFFont dismissedFont;
    private final java.util.Map<XSSFCellStyle, XSSFCellStyle> greyed = new java.util.IdentityHashMap<>();

    Styles(XSSFWorkbook wb) {
        this.wb = wb;
        XSSFFont bold = wb.createFont();
        bold.setBold(true);
        XSSFFont big = wb.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 16);
        XSSFFont medium = wb.createFont();
        medium.setBold(true);
        medium.setFontHeightInPoints((short) 12);
        XSSFFont grey = wb.createFont();
        grey.setColor(new XSSFColor(rgb(0x40, 0x40, 0x40), null));
        XSSFFont blue = wb.createFont();
        blue.setColor(new XSSFColor(rgb(0x05, 0x63, 0xC1), null));
        blue.setUnderline(org.apache.poi.ss.usermodel.Font.U_SINGLE);

        header = cell(wb, true);
        header.setFont(bold);
        header.setFillForegroundColor(new XSSFColor(HEADER_FILL, null));
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setQuotePrefixed(true);

        text = cell(wb, false);
        text.setQuotePrefixed(true);
        wrap = cell(wb, true);
        wrap.setQuotePrefixed(true);
        number = cell(wb, false);
        number.setAlignment(HorizontalAlignment.CENTER);
        number.setDataFormat(wb.createDataFormat().getFormat("0"));
        centred = cell(wb, false);
        centred.setQuotePrefixed(true);
        centred.setAlignment(HorizontalAlignment.CENTER);
        numberLeft = cell(wb, false);
        numberLeft.cloneStyleFrom(number);
        numberLeft.setAlignment(HorizontalAlignment.LEFT);

        title = wb.createCellStyle();
        title.setFont(big);
        title.setQuotePrefixed(true);
        subtitle = wb.createCellStyle();
        subtitle.setFont(grey);
        subtitle.setQuotePrefixed(true);
        paragraph = wb.createCellStyle();
        paragraph.setWrapText(true);
        paragraph.setVerticalAlignment(VerticalAlignment.TOP);
        paragraph.setQuotePrefixed(true);
        blockTitle = wb.createCellStyle();
        blockTitle.setFont(medium);
        blockTitle.setQuotePrefixed(true);

        label = cell(wb, true);
        label.setFont(bold);
        label.setFillForegroundColor(new XSSFColor(HEADER_FILL, null));
        label.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        label.setQuotePrefixed(true);

        link = cell(wb, true);
        link.setFont(blue);
        link.setQuotePrefixed(true);

        input = cell(wb, true);
        input.setQuotePrefixed(true);
        input.setFillForegroundColor(new XSSFColor(INPUT_FILL, null));
        input.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        inputHeader = cell(wb, true);
        inputHeader.cloneStyleFrom(header);
        inputHeader.setFillForegroundColor(new XSSFColor(rgb(0xFF, 0xE6, 0x99), null));

        byte[][] fills = {ERROR_FILL, WARNING_FILL, INFO_FILL};
        for (int i = 0; i < 3; i++) {
            severityText[i] = cell(wb, false);
            severityText[i].setQuotePrefixed(true);
            severityText[i].setAlignment(HorizontalAlignment.CENTER);
            severityText[i].setFillForegroundColor(new XSSFColor(fills[i], null));
            severityText[i].setFillPattern(FillPatternType.SOLID_FOREGROUND);
            severityLabel[i] = cell(wb, false);
            severityLabel[i].cloneStyleFrom(severityText[i]);
            severityLabel[i].setAlignment(HorizontalAlignment.LEFT);
            severityNumber[i] = cell(wb, false);
            severityNumber[i].cloneStyleFrom(number);
            severityNumber[i].setFillForegroundColor(new XSSFColor(fills[i], null));
            severityNumber[i].setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        for (int i = 0; i < 4; i++) {
            tableValue[i] = cell(wb, false);
            tableValue[i].setAlignment(HorizontalAlignment.CENTER);
            if (i < 3) {
                tableValue[i].setFillForegroundColor(new XSSFColor(fills[i], null));
                tableValue[i].setFillPattern(FillPatternType.SOLID_FOREGROUND);
            }
        }
    }

    /** The style of a severity word (错误/警告/提示); plain text for anything else. */
    XSSFCellStyle severity(String severity) {
        int rank = Words.severityRank(severity);
        return rank < 3 ? severityText[rank] : text;
    }

    /**
     * The same style with a grey font: the cells of a finding dismissed as 误报, which stays in the
     * supervisor's list but counts nowhere. Made once per style and workbook.
     */
    XSSFCellStyle greyed(org.apache.poi.ss.usermodel.CellStyle style) {
        XSSFCellStyle base = (XSSFCellStyle) style;
        return greyed.computeIfAbsent(base, b -> {
            if (dismissedFont == null) {
                dismissedFont = wb.createFont();
                dismissedFont.setColor(new XSSFColor(DISMISSED_FONT, null));
            }
            XSSFCellStyle g = wb.createCellStyle();
            g.cloneStyleFrom(b);
            g.setFont(dismissedFont);
            return g;
        });
    }

    private static XSSFCellStyle cell(XSSFWorkbook wb, boolean wrapText) {
        XSSFCellStyle s = wb.createCellStyle();
        s.setVerticalAlignment(VerticalAlignment.TOP);
        s.setWrapText(wrapText);
        XSSFColor border = new XSSFColor(BORDER, null);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        s.setTopBorderColor(border);
        s.setBottomBorderColor(border);
        s.setLeftBorderColor(border);
        s.setRightBorderColor(border);
        return s;
    }

    private static byte[] rgb(int r, int g, int b) {
        return new byte[] {(byte) r, (byte) g, (byte) b};
    }
}
