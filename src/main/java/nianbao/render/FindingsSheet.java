package nianbao.render;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nianbao.findings.Finding;
import nianbao.findings.FindingId;
import nianbao.findings.ReportResult;
import nianbao.findings.Review;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;

/**
 * 问题清单: one row per finding, read left to right as a person reads it: who and which year, how serious,
 * where (one phrase: 部分 表 行 列), what is wrong, what it should be and what the report says, on what it
 * rests, how sure; then the 复核 columns the supervisor fills in (a drop-down of 确认 / 误报 / 已整改),
 * pre-filled from an earlier review; the identifiers last, outside the printed area. Header row and the
 * first two columns frozen, filters on, severity by fill colour; printed landscape A4, one page wide, the
 * header on every page. The header stays on row 1 with these exact names: `--review` reads the sheet back
 * by them.
 *
 * <p>The county's copy ({@link #COUNTY}) leaves out what is the same on every row (机关, 年度) and what is
 * the supervisor's own (复核, 复核备注, the rule's id), and has a 整改情况 column for the county's answer.
 */
final class FindingsSheet {
    static final String NAME = "问题清单";
    static final String ANSWER_NOTE = "请填写本条问题的整改情况：已改正的，写明改正后的内容或数字；"
            + "认为不是问题的，写明理由。";

    /** A column: its header, narrowest and widest width (units; equal bounds: fixed), whether its text wraps. */
    enum Column {
        OFFICE("机关", 12, 20, true),
        YEAR("年度", 7, 7, false),
        SEVERITY("严重程度", 10, 10, false),
        PLACE("位置", 14, 24, true),
        MESSAGE("问题说明", 42, 42, true),
        EXPECTED("应为", 10, 18, true),
        ACTUAL("报告中为", 10, 18, true),
        EVIDENCE("依据", 28, 28, true),
        CERTAINTY("确定性", 8, 8, false),
        REVIEW("复核", 9, 9, false),
        NOTE("复核备注", 16, 16, true),
        ANSWER("整改情况", 36, 36, true),
        DESCRIPTION("规则说明", 40, 40, true),
        CATEGORY("类别", 10, 12, false),
        RULE("规则", 12, 26, false),
        FILE("文件", 14, 34, true),
        ID("编号", 14, 14, false),
        /** Hidden: the 编号 without the file (FindingId.ofOfficeYear), so --review finds a resubmission's decisions. */
        OFFICE_YEAR_ID("机关年度编号", 14, 14, false);

        final String header;
        final int min;
        final int max;
        final boolean wrap;

        Column(String header, int min, int max, boolean wrap) {
            this.header = header;
            this.min = min;
            this.max = max;
            this.wrap = wrap;
        }
    }

    /** The columns of one sheet, and how many of them (from the left) are printed and frozen. */
    record Layout(List<Column> columns, int printed, int frozen) {
        String[] header() {
            return columns.stream().map(c -> c.header).toArray(String[]::new);
        }

        int indexOf(Column c) {
            return columns.indexOf(c);
        }
    }

    /** The supervisor's 问题清单 (findings.xlsx): everything, 机关 to 复核备注 printed. */
    static final Layout SUPERVISOR = new Layout(List.of(Column.OFFICE, Column.YEAR, Column.SEVERITY, Column.PLACE,
            Column.MESSAGE, Column.EXPECTED, Column.ACTUAL, Column.EVIDENCE, Column.CERTAINTY, Column.REVIEW,
            Column.NOTE, Column.DESCRIPTION, Column.CATEGORY, Column.RULE, Column.FILE, Column.ID, Column.OFFICE_YEAR_ID), 11, 2);
    /** The county's 问题清单 (its --split workbook): 严重程度 to 整改情况 printed. */
    static final Layout COUNTY = new Layout(List.of(Column.SEVERITY, Column.PLACE, Column.MESSAGE, Column.EXPECTED,
            Column.ACTUAL, Column.EVIDENCE, Column.CERTAINTY, Column.ANSWER, Column.DESCRIPTION, Column.ID), 8, 2);
    static final String[] HEADER = SUPERVISOR.header();
    static final String[] DECISIONS = {Review.CONFIRMED, Review.FALSE_ALARM, Review.FIXED};

    private final Styles styles;
    private final Map<String, String> descriptions;
    private final Layout layout;

    FindingsSheet(Styles styles, Map<String, String> ruleDescriptions) {
        this(styles, ruleDescriptions, SUPERVISOR);
    }

    FindingsSheet(Styles styles, Map<String, String> ruleDescriptions, Layout layout) {
        this.styles = styles;
        this.descriptions = ruleDescriptions;
        this.layout = layout;
    }

    /** The 0-based row of each report's first finding when the reports are written in this order. */
    static Map<String, Integer> firstRows(List<ReportResult> inOrder) {
        // By file, not by result: a batch on disk gives a fresh result object each time it is read.
        Map<String, Integer> first = new java.util.HashMap<>();
        int row = 1;
        for (ReportResult r : inOrder) {
            if (!r.findings().isEmpty()) {
                first.put(r.file(), row);
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
     *              the finding's 位置 cell then links there
     */
    void write(Sheet sheet, List<ReportResult> inOrder, Function<Finding, String> links) {
        String[] header = layout.header();
        int[] widths = widths(inOrder);
        Row head = Cells.header(sheet, 0, header, widths, styles);
        int answer = layout.indexOf(Column.ANSWER);
        if (answer >= 0) {
            head.getCell(answer).setCellStyle(styles.inputHeader);
            Drawing<?> drawing = sheet.createDrawingPatriarch();
            ClientAnchor anchor = sheet.getWorkbook().getCreationHelper().createClientAnchor();
            anchor.setCol1(answer);
            anchor.setCol2(answer + 3);
            anchor.setRow1(0);
            anchor.setRow2(4);
            Comment comment = drawing.createCellComment(anchor);
            comment.setString(sheet.getWorkbook().getCreationHelper().createRichTextString(ANSWER_NOTE));
            comment.setAuthor("年报检查");
            head.getCell(answer).setCellComment(comment);
        }
        sheet.createFreezePane(layout.frozen(), 1);
        if (layout.indexOf(Column.OFFICE_YEAR_ID) >= 0) {
            sheet.setColumnHidden(layout.indexOf(Column.OFFICE_YEAR_ID), true);
        }
        int r = 1;
        for (ReportResult rep : inOrder) {
            for (Finding f : rep.findings()) {
                row(sheet.createRow(r++), rep, f, widths, links.apply(f));
            }
        }
        // The filter ends at the last visible column (the hidden 机关年度编号 is last).
        int lastVisible = header.length - (layout.indexOf(Column.OFFICE_YEAR_ID) >= 0 ? 2 : 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, r - 1), 0, lastVisible));
        int review = layout.indexOf(Column.REVIEW);
        if (r > 1 && review >= 0) {
            DataValidationHelper helper = sheet.getDataValidationHelper();
            DataValidation v = helper.createValidation(helper.createExplicitListConstraint(DECISIONS),
                    new CellRangeAddressList(1, r - 1, review, review));
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
        sheet.getFooter().setCenter("第 &P 页，共 &N 页");
        // The identifiers on the right are for finding a row again, not for reading on paper.
        sheet.getWorkbook().setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), 0, layout.printed() - 1, 0,
                Math.max(1, r - 1));
    }

    private void row(Row row, ReportResult rep, Finding f, int[] widths, String link) {
        Review review = rep.review(f);
        List<Column> columns = layout.columns();
        String[] values = new String[columns.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = switch (columns.get(i)) {
                case OFFICE -> rep.office();
                case YEAR, ANSWER -> null;
                case SEVERITY -> Words.severity(f.severity());
                case PLACE -> Words.place(f.section(), f.table(), f.row(), f.column());
                case MESSAGE -> f.message();
                case EXPECTED -> f.expected();
                case ACTUAL -> f.actual();
                case EVIDENCE -> f.evidence();
                case CERTAINTY -> Words.certainty(f.certainty());
                case REVIEW -> review == null ? "" : review.decision();
                case NOTE -> review == null ? "" : review.note();
                case DESCRIPTION -> descriptions.getOrDefault(f.ruleId(), "");
                case CATEGORY -> Words.category(f.category());
                case RULE -> f.ruleId();
                case FILE -> rep.file();
                case ID -> FindingId.of(rep, f);
                case OFFICE_YEAR_ID -> FindingId.ofOfficeYear(rep, f);
            };
        }
        for (int i = 0; i < values.length; i++) {
            Column c = columns.get(i);
            if (c == Column.YEAR) {
                Cells.num(row, i, rep.year(), styles.number);
            } else {
                CellStyle style = c == Column.SEVERITY ? styles.severity(f.severity())
                        : c == Column.ANSWER ? styles.input : c.wrap ? styles.wrap : styles.text;
                Cells.str(row, i, values[i], style);
            }
        }
        int place = layout.indexOf(Column.PLACE);
        if (link != null && place >= 0) {
            Hyperlink h = row.getSheet().getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
            h.setAddress(link);
            org.apache.poi.ss.usermodel.Cell cell = row.getCell(place);
            cell.setHyperlink(h);
            cell.setCellStyle(styles.link);
        }
        if (!rep.forwarded(f)) {
            // Dismissed as 误报: kept for the supervisor, in a grey font, and counted nowhere.
            row.forEach(c -> c.setCellStyle(styles.greyed(c.getCellStyle())));
        }
        // Rows do not grow with wrapped text by themselves in every program (LibreOffice keeps them one line
        // high): give each row the height its longest wrapped text needs.
        int lines = 1;
        for (int i = 0; i < values.length; i++) {
            if (columns.get(i).wrap) {
                lines = Math.max(lines, Words.lines(values[i], widths[i]));
            }
        }
        if (layout.indexOf(Column.ANSWER) >= 0) {
            lines = Math.max(lines, 3); // room to write the answer, also by hand on a printed copy
        }
        row.setHeightInPoints(Words.height(lines));
    }

    /** Column widths that fit the content (CJK counted double), within each column's bounds. */
    private int[] widths(List<ReportResult> reports) {
        List<Column> columns = layout.columns();
        int[] w = new int[columns.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = Words.width(columns.get(i).header) + 4; // room for the filter button
        }
        for (ReportResult rep : reports) {
            for (Finding f : rep.findings()) {
                for (int i = 0; i < w.length; i++) {
                    String v = switch (columns.get(i)) {
                        case OFFICE -> rep.office();
                        case FILE -> rep.file();
                        case RULE -> f.ruleId();
                        case CATEGORY -> Words.category(f.category());
                        case PLACE -> Words.place(f.section(), f.table(), f.row(), f.column());
                        case EXPECTED -> f.expected();
                        case ACTUAL -> f.actual();
                        default -> null;
                    };
                    if (v != null) {
                        w[i] = Math.max(w[i], Words.width(v) + 2);
                    }
                }
            }
        }
        for (int i = 0; i < w.length; i++) {
            w[i] = Math.max(columns.get(i).min, Math.min(columns.get(i).max, w[i]));
        }
        return w;
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
