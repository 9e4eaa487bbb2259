package nianbao.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nianbao.findings.BatchResult;
import nianbao.findings.Finding;
import nianbao.findings.FindingId;
import nianbao.findings.ReportResult;
import nianbao.findings.ResolvedFinding;
import nianbao.render.XlsxRenderer;
import nianbao.support.Project;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * --review reads a finding's place from 问题清单's one 位置 column, and still from the four columns 部分, 表,
 * 行, 列 of a workbook written before 位置 existed: both give the same place for the same finding of a real
 * report.
 */
class ReviewWorkbookPlaceTest {
    @TempDir
    Path tmp;

    @Test
    void placeComesBackFromThePlaceColumnAndFromTheOldFourColumns() throws Exception {
        List<ReportResult> reports = new ArrayList<>();
        for (String name : Project.SAMPLES) {
            reports.add(Project.auditor().audit(Project.REPORTS.resolve(name + ".txt"), "reports-in/" + name + ".txt"));
        }
        Path now = tmp.resolve("findings.xlsx");
        new XlsxRenderer().writeTo(new BatchResult(1, "abc", reports), now);

        // Last month's layout: the same rows with 部分 表 行 列 instead of 位置.
        Path old = tmp.resolve("old.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(old)) {
            Sheet s = wb.createSheet("问题清单");
            String[] header = {"编号", "文件", "机关", "年度", "严重程度", "规则", "部分", "表", "行", "列", "问题说明", "复核"};
            Row h = s.createRow(0);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            int r = 1;
            for (ReportResult report : reports) {
                for (Finding f : report.findings()) {
                    Row row = s.createRow(r++);
                    String[] v = {FindingId.of(report, f), report.file(), report.office(), String.valueOf(report.year()),
                        "错误", f.ruleId(), f.section(), f.table(), f.row(), f.column(), f.message(), ""};
                    for (int i = 0; i < v.length; i++) {
                        row.createCell(i).setCellValue(v[i]);
                    }
                }
            }
            wb.write(out);
        }

        Map<String, String> fromNew = places(ReviewWorkbook.read(now), reports);
        Map<String, String> fromOld = places(ReviewWorkbook.read(old), reports);
        assertThat(fromNew).hasSize(reports.stream().mapToInt(x -> x.findings().size()).sum());
        assertThat(fromOld.keySet()).isEqualTo(fromNew.keySet());
        // The old 部分 column held the bare numeral (三) where 位置 says 第三部分.
        fromNew.forEach((id, place) -> assertThat(fromOld.get(id)).isEqualTo(place.replaceAll("^第(.)部分", "$1")));
        int full = 0;
        for (ReportResult report : reports) {
            for (Finding f : report.findings()) {
                String place = fromNew.get(FindingId.of(report, f));
                List<String> parts = new ArrayList<>();
                for (String p : new String[] {f.table(), f.row(), f.column()}) {
                    if (!p.isEmpty()) {
                        parts.add(p);
                    }
                }
                assertThat(place).doesNotContain("  ").endsWith(parts.isEmpty() ? "" : parts.get(parts.size() - 1));
                if (parts.size() == 3) {
                    assertThat(place).contains(String.join(" ", parts));
                    full++;
                }
            }
        }
        assertThat(full).isPositive();
        // The place as read back is what the sheet showed in 位置.
        try (InputStream in = Files.newInputStream(now); Workbook wb = WorkbookFactory.create(in)) {
            Sheet s = wb.getSheet("问题清单");
            DataFormatter fmt = new DataFormatter();
            int placeCol = -1;
            int idCol = -1;
            for (var c : s.getRow(0)) {
                placeCol = fmt.formatCellValue(c).equals("位置") ? c.getColumnIndex() : placeCol;
                idCol = fmt.formatCellValue(c).equals("编号") ? c.getColumnIndex() : idCol;
            }
            for (int i = 1; i <= s.getLastRowNum(); i++) {
                Row row = s.getRow(i);
                assertThat(fromNew.get(fmt.formatCellValue(row.getCell(idCol))))
                        .isEqualTo(fmt.formatCellValue(row.getCell(placeCol)));
            }
        }
    }

    /** Every earlier finding listed as resolved (none is found now), by 编号, with its place. */
    /**
     * Every row's place as read back: asked which findings are gone from the same reports with no findings left
     * (only reports of this run list their findings as resolved), so every row comes back.
     */
    private static Map<String, String> places(ReviewWorkbook wb, List<ReportResult> reports) {
        List<ReportResult> emptied = reports.stream().map(r -> new ReportResult(r.file(), r.office(), r.year(),
                r.template(), r.status(), r.error(), r.reader(), List.of())).toList();
        return wb.resolved(emptied).stream().collect(Collectors.toMap(ResolvedFinding::id, ResolvedFinding::place));
    }
}
