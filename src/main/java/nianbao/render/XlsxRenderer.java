package nianbao.render;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import nianbao.findings.BatchResult;
import nianbao.findings.Finding;
import nianbao.findings.ReportResult;
import nianbao.findings.RuleInfo;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The supervisor's workbook: 概览 (one row per report), 问题清单 (one row per finding, header frozen,
 * autofilter on) and 无法读取 (files that could not be read or were skipped). Every string from a report
 * is written as text, never as a formula (SXSSF inline strings, quote-prefixed so a later edit in Excel
 * does not turn "=…" into a formula either).
 */
public final class XlsxRenderer implements Renderer {
    private static final String[] SUMMARY = {"文件", "机关", "年度", "格式版本", "状态", "错误", "警告", "提示", "读取方式"};
    private static final int[] SUMMARY_WIDTH = {40, 28, 8, 10, 10, 8, 8, 8, 10};
    private static final String[] FINDINGS = {"文件", "机关", "年度", "严重程度", "规则", "类别", "部分", "表", "行", "列",
        "问题说明", "应为", "报告中为", "依据", "确定性"};
    private static final int[] FINDINGS_WIDTH = {30, 24, 8, 10, 22, 12, 6, 6, 30, 16, 70, 14, 14, 50, 10};
    private static final String[] UNREADABLE = {"文件", "状态", "原因"};
    private static final int[] UNREADABLE_WIDTH = {50, 12, 80};

    private CellStyle text;
    private CellStyle header;

    @Override
    public void write(BatchResult result, OutputStream out) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(100);
        wb.setCompressTempFiles(true);
        try {
            styles(wb);
            summary(wb.createSheet("概览"), result.reports());
            findings(wb.createSheet("问题清单"), result.reports());
            unreadable(wb.createSheet("无法读取"), result.reports());
            if (!result.rules().isEmpty()) {
                rules(wb.createSheet("规则清单"), result.rules());
            }
            wb.write(out);
        } finally {
            wb.close();
            wb.dispose();
        }
    }

    private void summary(SXSSFSheet sheet, List<ReportResult> reports) {
        headerRow(sheet, SUMMARY, SUMMARY_WIDTH);
        int r = 1;
        for (ReportResult rep : reports) {
            Row row = sheet.createRow(r++);
            str(row, 0, rep.file());
            str(row, 1, rep.office());
            num(row, 2, rep.year());
            str(row, 3, rep.template());
            str(row, 4, statusName(rep.status()));
            num(row, 5, (int) rep.count("error"));
            num(row, 6, (int) rep.count("warning"));
            num(row, 7, (int) rep.count("info"));
            str(row, 8, rep.reader());
        }
        finish(sheet, SUMMARY.length, r);
    }

    private void findings(SXSSFSheet sheet, List<ReportResult> reports) {
        headerRow(sheet, FINDINGS, FINDINGS_WIDTH);
        int r = 1;
        for (ReportResult rep : reports) {
            for (Finding f : rep.findings()) {
                Row row = sheet.createRow(r++);
                str(row, 0, rep.file());
                str(row, 1, rep.office());
                num(row, 2, rep.year());
                str(row, 3, severityName(f.severity()));
                str(row, 4, f.ruleId());
                str(row, 5, f.category());
                str(row, 6, f.section());
                str(row, 7, f.table());
                str(row, 8, f.row());
                str(row, 9, f.column());
                str(row, 10, f.message());
                str(row, 11, f.expected());
                str(row, 12, f.actual());
                str(row, 13, f.evidence());
                str(row, 14, f.certainty().equals("certain") ? "确定" : "不确定");
            }
        }
        finish(sheet, FINDINGS.length, r);
    }

    private void unreadable(SXSSFSheet sheet, List<ReportResult> reports) {
        headerRow(sheet, UNREADABLE, UNREADABLE_WIDTH);
        int r = 1;
        for (ReportResult rep : reports) {
            if (!rep.status().equals("checked")) {
                Row row = sheet.createRow(r++);
                str(row, 0, rep.file());
                str(row, 1, statusName(rep.status()));
                str(row, 2, rep.error());
            }
        }
        finish(sheet, UNREADABLE.length, r);
    }

    private static final String[] RULES = {"规则", "类别", "严重程度", "规则文件", "说明", "是否检查"};
    private static final int[] RULES_WIDTH = {24, 14, 10, 20, 80, 10};

    /** The 规则清单 sheet: what each rule id in 问题清单 means, so a local office can look it up. */
    private void rules(SXSSFSheet sheet, List<RuleInfo> rules) {
        headerRow(sheet, RULES, RULES_WIDTH);
        int r = 1;
        for (RuleInfo info : rules) {
            Row row = sheet.createRow(r++);
            str(row, 0, info.id());
            str(row, 1, info.category());
            str(row, 2, severityName(info.severity()));
            str(row, 3, info.file());
            str(row, 4, info.description());
            str(row, 5, info.enabled() ? "检查" : "已关闭");
        }
        finish(sheet, RULES.length, r);
    }

    /** `rules list --format xlsx`: a workbook with only the 规则清单 sheet. */
    public void writeRules(List<RuleInfo> rules, java.nio.file.Path target) throws IOException {
        BatchResult onlyRules = new BatchResult(1, "", List.of(), List.of(), rules);
        new Renderer() {
            @Override
            public void write(BatchResult result, OutputStream out) throws IOException {
                SXSSFWorkbook wb = new SXSSFWorkbook(100);
                try {
                    styles(wb);
                    XlsxRenderer.this.rules(wb.createSheet("规则清单"), result.rules());
                    wb.write(out);
                } finally {
                    wb.close();
                    wb.dispose();
                }
            }
        }.writeTo(onlyRules, target);
    }

    private void styles(SXSSFWorkbook wb) {
        text = wb.createCellStyle();
        text.setQuotePrefixed(true);
        header = wb.createCellStyle();
        Font bold = wb.createFont();
        bold.setBold(true);
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    private void headerRow(SXSSFSheet sheet, String[] names, int[] widths) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < names.length; i++) {
            org.apache.poi.ss.usermodel.Cell c = row.createCell(i);
            c.setCellValue(names[i]);
            c.setCellStyle(header);
            // Column width is in 1/256 of a character; a Chinese character is about two Latin ones wide.
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    private static void finish(SXSSFSheet sheet, int columns, int rows) {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows - 1), 0, columns - 1));
    }

    private void str(Row row, int col, String value) {
        org.apache.poi.ss.usermodel.Cell c = row.createCell(col);
        c.setCellValue(value == null ? "" : value);
        c.setCellStyle(text);
    }

    private static void num(Row row, int col, Integer value) {
        if (value != null) {
            row.createCell(col).setCellValue(value);
        }
    }

    static String statusName(String status) {
        return switch (status) {
            case "checked" -> "已检查";
            case "unreadable" -> "无法读取";
            case "skipped" -> "已跳过";
            default -> status;
        };
    }

    static String severityName(String severity) {
        return switch (severity) {
            case "error" -> "错误";
            case "warning" -> "警告";
            default -> "提示";
        };
    }
}
