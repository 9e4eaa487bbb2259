package nianbao.render;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nianbao.findings.Finding;
import nianbao.findings.FindingId;
import nianbao.findings.ReportResult;
import nianbao.findings.Review;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;

/**
 * 问题清单: one row per finding, header frozen, filters on, severity by fill colour, and the 复核 columns
 * the supervisor fills in (a drop-down of 确认 / 误报 / 已整改), pre-filled from an earlier review. The
 * header stays on row 1 with these exact names: `--review` reads the sheet back by them.
 */
final class FindingsSheet {
    static final String NAME = "问题清单";
    static final String[] HEADER = {"编号", "文件", "机关", "年度", "严重程度", "规则", "规则说明", "类别", "部分", "表", "行",
        "列", "问题说明", "应为", "报告中为", "依据", "确定性", "复核", "复核备注", "机关年度编号"};
    /** Hidden: the 编号 without the file (FindingId.ofOfficeYear), so --review finds a resubmission's decisions. */
    static final String OFFICE_YEAR_ID = "机关年度编号";
    static final int SEVERITY = 4;
    static final int TABLE = 9;
    static final int REVIEW = 17;
    static final String[] DECISIONS = {Review.CONFIRMED, Review.FALSE_ALARM, Review.FIXED};

    /** Per column: narrowest and widest width (units), and whether the text wraps. Equal bounds: fixed. */
    private static final int[][] WIDTH = {
        {14, 14}, {14, 34}, {12, 26}, {8, 8}, {11, 11}, {12, 26}, {40, 40}, {10, 12}, {7, 7}, {7, 7}, {12, 30},
        {8, 20}, {60, 60}, {10, 30}, {12, 30}, {40, 40}, {9, 9}, {10, 10}, {30, 30}, {14, 14}};
    private static final boolean[] WRAP = {false, true, true, false, false, false, true, false, false, false, true,
        true, true, true, true, true, false, false, true, false};

    private final Styles styles;
    private final Map<String, String> descriptions;

    FindingsSheet(Styles styles, Map<String, String> ruleDescriptions) {
        this.styles = styles;
        this.descriptions = ruleDescriptions;
    }

    /** The 0-based row of each report's first finding when the reports are written in this order. */
    static Map<ReportResult, Integer> firstRows(List<ReportResult> inOrder) {
        Map<ReportResult, Integer> first = new IdentityHashMap<>();
        int row = 1;
        for (ReportResult r : inOrder) {
            if (!r.findings().isEmpty()) {
                first.put(r, row);
                row += r.findings().size();
            }
        }
        return first;
    }

    void write(Sheet sheet, List<ReportResult> inOrder) {
        write(sheet, inOrder, f -> null);
    }

    /**
     * @param links for each finding, the address of its place in 表格读取结果 (an office's workbook), or null;
     *              the finding's 表 cell then links there
     */
    void write(Sheet sheet, List<ReportResult> inOrder, Function<Finding, String> links) {
        int[] widths = widths(inOrder);
        Cells.header(sheet, 0, HEADER, widths, styles);
        sheet.createFreezePane(0, 1);
        sheet.setColumnHidden(java.util.Arrays.asList(HEADER).indexOf(OFFICE_YEAR_ID), true);
        int r = 1;
        for (ReportResult rep : inOrder) {
            for (Finding f : rep.findings()) {
                row(sheet.createRow(r++), rep, f, widths, links.apply(f));
            }
        }
        // The filter ends at the last visible column (the hidden 机关年度编号 is last).
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, r - 1), 0, HEADER.length - 2));
        if (r > 1) {
            DataValidationHelper helper = sheet.getDataValidationHelper();
            DataValidation v = helper.createValidation(helper.createExplicitListConstraint(DECISIONS),
                    new CellRangeAddressList(1, r - 1, REVIEW, REVIEW));
            v.setSuppressDropDownArrow(true);
            v.setShowErrorBox(true);
            v.setEmptyCellAllowed(true);
            v.createErrorBox("复核", "请从列表中选择：确认、误报或已整改。");
            v.setShowPromptBox(true);
            v.createPromptBox("复核", "确认：问题属实；误报：不是问题；已整改：报告已改正。");
            sheet.addValidationData(v);
        }
        landscape(sheet);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
    }

    private void row(Row row, ReportResult rep, Finding f, int[] widths, String link) {
        Review review = rep.review(f);
        String[] values = {FindingId.of(rep, f), rep.file(), rep.office(), null, Words.severity(f.severity()),
            f.ruleId(), descriptions.getOrDefault(f.ruleId(), ""), Words.category(f.category()), f.section(), f.table(),
            f.row(), f.column(), f.message(), f.expected(), f.actual(), f.evidence(), Words.certainty(f.certainty()),
            review == null ? "" : review.decision(), review == null ? "" : review.note(), FindingId.ofOfficeYear(rep, f)};
        for (int i = 0; i < values.length; i++) {
            if (i == 3) {
                Cells.num(row, i, rep.year(), styles.number);
            } else {
                CellStyle style = i == SEVERITY ? styles.severity(f.severity()) : WRAP[i] ? styles.wrap : styles.text;
                Cells.str(row, i, values[i], style);
            }
        }
        if (link != null) {
            Hyperlink h = row.getSheet().getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
            h.setAddress(link);
            org.apache.poi.ss.usermodel.Cell table = row.getCell(TABLE);
            table.setHyperlink(h);
            table.setCellStyle(styles.link);
        }
        // Rows do not grow with wrapped text by themselves in every program (LibreOffice keeps them one line
        // high): give each row the height its longest wrapped text needs.
        int lines = 1;
        for (int i = 0; i < values.length; i++) {
            if (WRAP[i]) {
                lines = Math.max(lines, Words.lines(values[i], widths[i]));
            }
        }
        row.setHeightInPoints(Words.height(lines));
    }

    /** Column widths that fit the content (CJK counted double), within each column's bounds. */
    private static int[] widths(List<ReportResult> reports) {
        int[] w = new int[HEADER.length];
        for (int i = 0; i < HEADER.length; i++) {
            w[i] = Words.width(HEADER[i]) + 4; // room for the filter button
        }
        for (ReportResult rep : reports) {
            for (Finding f : rep.findings()) {
                fit(w, 1, rep.file());
                fit(w, 2, rep.office());
                fit(w, 5, f.ruleId());
                fit(w, 7, Words.category(f.category()));
                fit(w, 10, f.row());
                fit(w, 11, f.column());
                fit(w, 13, f.expected());
                fit(w, 14, f.actual());
            }
        }
        for (int i = 0; i < w.length; i++) {
            w[i] = Math.max(WIDTH[i][0], Math.min(WIDTH[i][1], w[i]));
        }
        return w;
    }

    private static void fit(int[] w, int col, String value) {
        w[col] = Math.max(w[col], Words.width(value) + 2);
    }

    /** Printing: landscape A4, all columns on one page width. */
    static void landscape(Sheet sheet) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setLandscape(true);
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.LEFT, 0.4);
        sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.RIGHT, 0.4);
        sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.TOP, 0.5);
        sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.BOTTOM, 0.5);
    }
}
