package nianbao.render;

import java.util.List;
import nianbao.findings.Finding;
import nianbao.findings.FindingId;
import nianbao.findings.ReportResult;
import nianbao.findings.Review;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * 已排除的误报 (supervisor's workbook, after a --review run): the findings this run still reports that the
 * supervisor had dismissed as 误报. They count nowhere and are not sent to the office; this sheet shows what
 * was left out and why (复核备注), so a dismissal can be checked and undone (clear 复核 in 问题清单).
 */
final class DismissedSheet {
    static final String NAME = "已排除的误报";
    static final String[] HEADER = {"机关", "年度", "文件", "规则", "问题说明", "复核备注", "编号"};
    private static final int[] WIDTH = {24, 8, 30, 24, 60, 30, 14};

    private final Styles styles;

    DismissedSheet(Styles styles) {
        this.styles = styles;
    }

    /** Whether any report of the batch has a finding dismissed as 误报 (the sheet is written only then). */
    static boolean any(List<ReportResult> reports) {
        return reports.stream().anyMatch(r -> !r.dismissedFindings().isEmpty());
    }

    /** One row per dismissed finding, in the order of {@code inOrder} (the order of 问题清单). */
    void write(Sheet sheet, List<ReportResult> inOrder) {
        Cells.header(sheet, 0, HEADER, WIDTH, styles);
        sheet.createFreezePane(0, 1);
        int r = 1;
        for (ReportResult rep : inOrder) {
            for (Finding f : rep.dismissedFindings()) {
                Review review = rep.review(f);
                Row row = sheet.createRow(r++);
                Cells.str(row, 0, SummarySheet.office(rep), styles.wrap);
                Cells.num(row, 1, rep.year(), styles.number);
                Cells.str(row, 2, rep.file(), styles.wrap);
                Cells.str(row, 3, f.ruleId(), styles.text);
                Cells.str(row, 4, f.message(), styles.wrap);
                Cells.str(row, 5, review == null ? "" : review.note(), styles.wrap);
                Cells.str(row, 6, FindingId.of(rep, f), styles.text);
                int lines = Math.max(Words.lines(f.message(), WIDTH[4]), Words.lines(review == null ? "" : review.note(),
                        WIDTH[5]));
                row.setHeightInPoints(Words.height(lines));
            }
        }
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, r - 1), 0, HEADER.length - 1));
        FindingsSheet.landscape(sheet);
    }
}
