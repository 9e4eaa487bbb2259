package nianbao.render;

import java.util.List;
import nianbao.findings.ReportResult;
import nianbao.findings.ResolvedFinding;
import nianbao.findings.RuleInfo;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** The plain list sheets: 无法读取, 规则清单 and 已解决. */
final class ListSheets {
    static final String UNREADABLE = "无法读取";
    static final String RULES = "规则清单";
    static final String RESOLVED = "已解决";
    static final String[] UNREADABLE_HEADER = {"文件", "状态", "原因"};
    static final String[] RULES_HEADER = {"规则", "类别", "严重程度", "规则文件", "说明", "是否检查"};
    static final String[] RESOLVED_HEADER = {"编号", "文件", "机关", "年度", "规则", "严重程度", "位置", "问题说明", "上次复核",
        "复核备注"};

    private final Styles styles;

    ListSheets(Styles styles) {
        this.styles = styles;
    }

    /** The files that were not checked, in the batch's order; returns the 0-based row of each. */
    java.util.Map<String, Integer> unreadable(Sheet sheet, List<ReportResult> reports) {
        int fileWidth = 20;
        for (ReportResult rep : reports) {
            fileWidth = Math.max(fileWidth, Words.width(rep.file()) + 2);
        }
        Cells.header(sheet, 0, UNREADABLE_HEADER, new int[] {Math.min(50, fileWidth), 12, 80}, styles);
        sheet.createFreezePane(0, 1);
        java.util.Map<String, Integer> rows = unreadableRows(reports);
        for (ReportResult rep : reports) {
            Integer r = rows.get(rep.file());
            if (r != null) {
                Row row = sheet.createRow(r);
                Cells.str(row, 0, rep.file(), styles.wrap);
                Cells.str(row, 1, Words.status(rep.status()), styles.text);
                Cells.str(row, 2, rep.error(), styles.wrap);
            }
        }
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, rows.size()), 0, UNREADABLE_HEADER.length - 1));
        FindingsSheet.landscape(sheet);
        return rows;
    }

    static java.util.Map<String, Integer> unreadableRows(List<ReportResult> reports) {
        java.util.Map<String, Integer> rows = new java.util.HashMap<>(); // by file: see FindingsSheet.firstRows
        int r = 1;
        for (ReportResult rep : reports) {
            if (!"checked".equals(rep.status())) {
                rows.put(rep.file(), r++);
            }
        }
        return rows;
    }

    /** 规则清单: what each rule id means, so a local office can look it up. */
    void rules(Sheet sheet, List<RuleInfo> rules) {
        int idWidth = 12;
        int fileWidth = 14;
        for (RuleInfo info : rules) {
            idWidth = Math.max(idWidth, Words.width(info.id()) + 2);
            fileWidth = Math.max(fileWidth, Words.width(info.file()) + 2);
        }
        Cells.header(sheet, 0, RULES_HEADER, new int[] {Math.min(30, idWidth), 12, 12, Math.min(30, fileWidth), 70, 12},
                styles);
        sheet.createFreezePane(0, 1);
        int r = 1;
        for (RuleInfo info : rules) {
            Row row = sheet.createRow(r++);
            Cells.str(row, 0, info.id(), styles.text);
            Cells.str(row, 1, Words.category(info.category()), styles.text);
            Cells.str(row, 2, Words.severity(info.severity()), styles.severity(info.severity()));
            Cells.str(row, 3, info.file(), styles.text);
            Cells.str(row, 4, info.description(), styles.wrap);
            Cells.str(row, 5, info.enabled() ? "检查" : "已关闭", styles.text);
        }
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, r - 1), 0, RULES_HEADER.length - 1));
        FindingsSheet.landscape(sheet);
    }

    /** 已解决: findings of the reviewed workbook that this run no longer reports. */
    void resolved(Sheet sheet, List<ResolvedFinding> resolved) {
        Cells.header(sheet, 0, RESOLVED_HEADER, new int[] {14, 30, 24, 8, 24, 11, 30, 60, 12, 30}, styles);
        sheet.createFreezePane(0, 1);
        int r = 1;
        for (ResolvedFinding f : resolved) {
            Row row = sheet.createRow(r++);
            Cells.str(row, 0, f.id(), styles.text);
            Cells.str(row, 1, f.file(), styles.wrap);
            Cells.str(row, 2, f.office(), styles.wrap);
            Cells.num(row, 3, f.year(), styles.number);
            Cells.str(row, 4, f.ruleId(), styles.text);
            Cells.str(row, 5, Words.severity(f.severity()), styles.severity(f.severity()));
            Cells.str(row, 6, f.place(), styles.wrap);
            Cells.str(row, 7, f.message(), styles.wrap);
            Cells.str(row, 8, f.review(), styles.text);
            Cells.str(row, 9, f.note(), styles.wrap);
        }
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, r - 1), 0, RESOLVED_HEADER.length - 1));
        FindingsSheet.landscape(sheet);
    }
}
