package nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nianbao.support.Project;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The identity of a submission (issue 12) and a report changed after it was checked (issue 13), through ./check:
 * two copies of one report in a batch keep their own decisions and are both told as duplicates; a resubmission
 * under a new file name keeps the decisions made on the first; a number changed between two runs is told, naming
 * the cell with its old and new value.
 */
class IdentityAndChangesTest {
    private static final String HESHUI = "000_3438832166e5f38e.txt";
    private static final DataFormatter FMT = new DataFormatter();

    @TempDir
    Path tmp;

    /** The rows of 问题清单, each as header → text. */
    private static List<Map<String, String>> findings(Path workbook) throws Exception {
        List<Map<String, String>> rows = new ArrayList<>();
        try (InputStream s = Files.newInputStream(workbook); Workbook wb = WorkbookFactory.create(s)) {
            Sheet sheet = wb.getSheet("问题清单");
            Map<Integer, String> header = new HashMap<>();
            sheet.getRow(0).forEach(c -> header.put(c.getColumnIndex(), FMT.formatCellValue(c)));
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    Map<String, String> m = new HashMap<>();
                    header.forEach((i, h) -> m.put(h, FMT.formatCellValue(row.getCell(i))));
                    rows.add(m);
                }
            }
        }
        return rows;
    }

    /** Marks 误报 on the rows of rule {@code rule} in files ending with {@code fileEnd}; returns how many. */
    private static int markFalseAlarm(Path from, Path to, String rule, String fileEnd) throws Exception {
        int marked = 0;
        try (InputStream s = Files.newInputStream(from); Workbook wb = WorkbookFactory.create(s)) {
            Sheet sheet = wb.getSheet("问题清单");
            Map<String, Integer> col = new HashMap<>();
            sheet.getRow(0).forEach(c -> col.put(FMT.formatCellValue(c), c.getColumnIndex()));
            for (Row row : sheet) {
                if (row.getRowNum() > 0 && FMT.formatCellValue(row.getCell(col.get("规则"))).equals(rule)
                        && FMT.formatCellValue(row.getCell(col.get("文件"))).endsWith(fileEnd)) {
                    row.getCell(col.get("复核"), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue("误报");
                    marked++;
                }
            }
            assertThat(wb.isSheetHidden(wb.getSheetIndex("内容指纹"))).isTrue();
            assertThat(sheet.isColumnHidden(col.get("机关年度编号"))).isTrue();
            try (OutputStream o = Files.newOutputStream(to)) {
                wb.write(o);
            }
        }
        return marked;
    }

    private static List<Map<String, String>> of(List<Map<String, String>> rows, String rule, String fileEnd) {
        return rows.stream().filter(r -> r.get("规则").equals(rule) && r.get("文件").endsWith(fileEnd)).toList();
    }

    @Test
    void twoCopiesInOneBatchKeepTheirOwnDecisionsAndAreBothTold() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(Project.REPORTS.resolve(HESHUI), in.resolve("合水.txt"));
        Files.copy(Project.REPORTS.resolve(HESHUI), in.resolve("合水-副本.txt"));
        Path first = tmp.resolve("run1");
        assertThat(Main.run("--no-cache", "--out", first.toString(), in.toString())).isEqualTo(4);
        List<Map<String, String>> rows = findings(first.resolve("findings.xlsx"));
        Map<String, String> a = of(rows, "STR-SEC-NUMERAL", "/合水.txt").get(0);
        Map<String, String> b = of(rows, "STR-SEC-NUMERAL", "/合水-副本.txt").get(0);
        assertThat(a.get("编号")).isNotEqualTo(b.get("编号"));
        assertThat(a.get("机关年度编号")).isEqualTo(b.get("机关年度编号"));
        assertThat(of(rows, "BATCH-DUPLICATE", "/合水.txt")).singleElement()
                .satisfies(r -> assertThat(r.get("问题说明")).contains("合水-副本.txt”（内容相同）"));
        assertThat(of(rows, "BATCH-DUPLICATE", "/合水-副本.txt")).singleElement()
                .satisfies(r -> assertThat(r.get("问题说明")).contains("合水.txt”（内容相同）"));

        Path reviewed = tmp.resolve("reviewed.xlsx");
        assertThat(markFalseAlarm(first.resolve("findings.xlsx"), reviewed, "STR-SEC-NUMERAL", "/合水.txt")).isEqualTo(1);
        Path second = tmp.resolve("run2");
        Main.run("--no-cache", "--out", second.toString(), "--review", reviewed.toString(), "--split", in.toString());
        rows = findings(second.resolve("findings.xlsx"));
        assertThat(of(rows, "STR-SEC-NUMERAL", "/合水.txt")).singleElement()
                .satisfies(r -> assertThat(r.get("复核")).isEqualTo("误报"));
        assertThat(of(rows, "STR-SEC-NUMERAL", "/合水-副本.txt")).singleElement()
                .satisfies(r -> assertThat(r.get("复核")).isEmpty());
        assertThat(of(rows, "BATCH-DUPLICATE", ".txt")).hasSize(2);
        assertThat(rows).noneMatch(r -> r.get("规则").startsWith("BATCH-CHANGED"));
        try (Stream<Path> offices = Files.list(second.resolve("offices"))) {
            assertThat(offices.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("合水县人民政府-2020-合水-副本.txt.xlsx", "合水县人民政府-2020-合水.txt.xlsx");
        }
        try (InputStream s = Files.newInputStream(second.resolve("findings.xlsx")); Workbook wb = WorkbookFactory.create(s)) {
            assertThat(FMT.formatCellValue(wb.getSheet("概览").getRow(2).getCell(0)))
                    .contains("同一机关同一年度有多份报告：合水县人民政府2020年 2 份");
        }
    }

    @Test
    void aResubmissionUnderANewNameKeepsTheDecisionsAndItsChangedNumberIsTold() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(Project.REPORTS.resolve(HESHUI), in.resolve("合水.txt"));
        Path first = tmp.resolve("run1");
        Main.run("--no-cache", "--out", first.toString(), in.toString());
        Path reviewed = tmp.resolve("reviewed.xlsx");
        assertThat(markFalseAlarm(first.resolve("findings.xlsx"), reviewed, "CMP-GOV-ASSESS", "/合水.txt")).isEqualTo(1);

        // 合水 resubmits under a new name with one number changed: 表三（一）予以公开, 自然人, 0 → 1.
        Files.delete(in.resolve("合水.txt"));
        List<String> lines = Files.readAllLines(Project.REPORTS.resolve(HESHUI), StandardCharsets.UTF_8);
        int row = lines.indexOf("\t（一）予以公开");
        assertThat(lines.get(row + 1)).isEqualTo("\t0");
        lines.set(row + 1, "\t1");
        Files.write(in.resolve("合水-重报.txt"), lines, StandardCharsets.UTF_8);
        Path second = tmp.resolve("run2");
        Main.run("--no-cache", "--out", second.toString(), "--review", reviewed.toString(), in.toString());

        List<Map<String, String>> rows = findings(second.resolve("findings.xlsx"));
        assertThat(of(rows, "CMP-GOV-ASSESS", "/合水-重报.txt")).singleElement()
                .satisfies(r -> assertThat(r.get("复核")).isEqualTo("误报"));
        assertThat(of(rows, "BATCH-CHANGED-CELL", "/合水-重报.txt")).singleElement().satisfies(r -> {
            assertThat(r.get("位置")).endsWith("表三 （一）予以公开 自然人");
            assertThat(r.get("问题说明")).contains("上次检查时为“0”，现为“1”").contains("合水.txt");
        });
        assertThat(of(rows, "BATCH-CHANGED-TEXT", ".txt")).isEmpty();
        assertThat(of(rows, "BATCH-DUPLICATE", ".txt")).isEmpty();
        // The findings that are still there under the new name are not listed as resolved.
        try (InputStream s = Files.newInputStream(second.resolve("findings.xlsx")); Workbook wb = WorkbookFactory.create(s)) {
            Sheet resolved = wb.getSheet("已解决");
            List<String> texts = new ArrayList<>();
            if (resolved != null) {
                resolved.forEach(r -> r.forEach(c -> texts.add(FMT.formatCellValue(c))));
            }
            assertThat(texts).doesNotContain("CMP-GOV-ASSESS", "STR-SEC-NUMERAL");
        }
    }
}
