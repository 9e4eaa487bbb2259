package nianbao.render;

import java.util.List;
import nianbao.findings.ReportingLine;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * 报送情况: with the 机构 sheet of settings.xlsx filled, every office expected to report, for every year the batch
 * holds, with its report's file, publication date, deadline (the one PER-DEADLINE judges) and days late; the offices
 * without a report in the batch marked 未报送, and the reports of offices the sheet does not list marked 未列入机构表.
 * Written only when the batch has such lines ({@code BatchResult#submissions}).
 */
final class SubmissionSheet {
    static final String NAME = "报送情况";
    static final String[] HEADER = {"机构", "类型", "上级", "年度", "报告文件", "发布日期", "报送期限", "逾期天数", "情况"};

    private final Styles styles;

    SubmissionSheet(Styles styles) {
        this.styles = styles;
    }

    void write(Sheet sheet, List<ReportingLine> lines) {
        int officeWidth = 20;
        int fileWidth = 20;
        for (ReportingLine s : lines) {
            officeWidth = Math.max(officeWidth, Words.width(s.office()) + 2);
            fileWidth = Math.max(fileWidth, Words.width(s.file()) + 2);
        }
        Cells.header(sheet, 0, HEADER, new int[] {Math.min(40, officeWidth), 8, Math.min(30, officeWidth), 8,
            Math.min(50, fileWidth), 12, 12, 10, 14}, styles);
        sheet.createFreezePane(0, 1);
        int r = 1;
        for (ReportingLine s : lines) {
            Row row = sheet.createRow(r++);
            Cells.str(row, 0, s.office(), styles.wrap);
            Cells.str(row, 1, s.kind(), styles.text);
            Cells.str(row, 2, s.parent(), styles.wrap);
            Cells.num(row, 3, s.year(), styles.number);
            Cells.str(row, 4, s.file(), styles.wrap);
            Cells.str(row, 5, s.published(), styles.text);
            Cells.str(row, 6, s.deadline(), styles.text);
            if (s.daysLate() != null) {
                Cells.num(row, 7, s.daysLate(), styles.number);
            }
            Cells.str(row, 8, s.status(), s.status().equals("已报送") ? styles.text
                    : styles.severity(s.status().equals("未列入机构表") ? "info" : "error"));
        }
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, lines.size()), 0, HEADER.length - 1));
        FindingsSheet.landscape(sheet);
    }
}
