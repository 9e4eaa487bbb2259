package nianbao.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nianbao.findings.FindingId;
import nianbao.findings.ReportResult;
import nianbao.findings.ResolvedFinding;
import nianbao.findings.Review;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads the supervisor's decisions back from an earlier findings workbook (--review previous.xlsx): the
 * 复核 and 复核备注 columns of 问题清单, matched by each finding's stable 编号, not its row. Columns are
 * found by their header, so a supervisor who moved or added columns loses nothing. Opened read-only.
 */
public final class ReviewWorkbook {
    /** One row of the earlier 问题清单. */
    record Previous(String id, String officeYearId, String file, String office, Integer year, String ruleId, String severity, String place,
                    String message, Review review) {
    }

    private final Map<String, Previous> rows;

    private ReviewWorkbook(Map<String, Previous> rows) {
        this.rows = rows;
    }

    public static ReviewWorkbook read(Path file) throws IOException {
        Map<String, Previous> rows = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheet("问题清单");
            if (sheet == null) {
                throw new IOException("复核表 " + file + " 中没有“问题清单”工作表");
            }
            DataFormatter fmt = new DataFormatter();
            Map<String, Integer> col = new HashMap<>();
            Row header = sheet.getRow(0);
            if (header == null) {
                throw new IOException("复核表 " + file + " 的“问题清单”没有表头");
            }
            header.forEach(c -> col.put(fmt.formatCellValue(c).strip(), c.getColumnIndex()));
            if (!col.containsKey("编号") || !col.containsKey("复核")) {
                throw new IOException("复核表 " + file + " 的“问题清单”缺少“编号”或“复核”列，请使用本程序生成的结果表");
            }
            for (Row row : sheet) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                String id = text(fmt, row, col, "编号");
                if (id.isEmpty()) {
                    continue;
                }
                String decision = text(fmt, row, col, "复核");
                String note = text(fmt, row, col, "复核备注");
                String year = text(fmt, row, col, "年度");
                String place = String.join(" ", List.of(text(fmt, row, col, "部分"), text(fmt, row, col, "表"),
                        text(fmt, row, col, "行"), text(fmt, row, col, "列"))).strip();
                // A workbook written before 机关年度编号 existed: its 编号 was the office-year key.
                String officeYear = col.containsKey("机关年度编号") ? text(fmt, row, col, "机关年度编号") : id;
                rows.put(id, new Previous(id, officeYear, text(fmt, row, col, "文件"), text(fmt, row, col, "机关"),
                        year.matches("\\d{4}") ? Integer.valueOf(year) : null, text(fmt, row, col, "规则"),
                        text(fmt, row, col, "严重程度"), place, text(fmt, row, col, "问题说明"),
                        decision.isEmpty() && note.isEmpty() ? null : new Review(decision, note)));
            }
        }
        return new ReviewWorkbook(rows);
    }

    private static String text(DataFormatter fmt, Row row, Map<String, Integer> col, String name) {
        Integer i = col.get(name);
        return i == null ? "" : fmt.formatCellValue(row.getCell(i)).strip();
    }

    /**
     * The results with the earlier decisions attached to the findings that are still there: by 编号, or, when no
     * earlier row has that 编号 (a resubmission under a new file name), by the office-year key when exactly one
     * earlier row of that key had a decision.
     */
    List<ReportResult> attach(List<ReportResult> results) {
        Map<String, List<Previous>> decidedByOfficeYear = new HashMap<>();
        rows.values().stream().filter(p -> p.review() != null)
                .forEach(p -> decidedByOfficeYear.computeIfAbsent(p.officeYearId(), k -> new ArrayList<>()).add(p));
        List<ReportResult> out = new ArrayList<>();
        for (ReportResult r : results) {
            Map<String, Review> reviews = new HashMap<>();
            r.findings().forEach(f -> {
                String id = FindingId.of(r, f);
                Previous p = rows.get(id);
                if (p == null) {
                    List<Previous> same = decidedByOfficeYear.get(FindingId.ofOfficeYear(r, f));
                    p = same != null && same.size() == 1 ? same.get(0) : null;
                }
                if (p != null && p.review() != null) {
                    reviews.put(id, p.review());
                }
            });
            out.add(reviews.isEmpty() ? r : r.withReviews(reviews));
        }
        return out;
    }

    /** Findings of the earlier workbook that the new run no longer reports. */
    List<ResolvedFinding> resolved(List<ReportResult> results) {
        Set<String> now = new java.util.HashSet<>();
        results.forEach(r -> r.findings().forEach(f -> {
            now.add(FindingId.of(r, f));
            now.add("\u0000" + FindingId.ofOfficeYear(r, f)); // the same finding, now in a resubmitted file
        }));
        List<ResolvedFinding> out = new ArrayList<>();
        for (Previous p : rows.values()) {
            if (!now.contains(p.id()) && !now.contains("\u0000" + p.officeYearId())) {
                out.add(new ResolvedFinding(p.id(), p.file(), p.office(), p.year(), p.ruleId(), p.severity(), p.place(),
                        p.message(), p.review() == null ? "" : p.review().decision(), p.review() == null ? "" : p.review().note()));
            }
        }
        return out;
    }
}
