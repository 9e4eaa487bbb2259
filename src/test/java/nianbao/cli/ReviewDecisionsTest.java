package nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nianbao.support.Project;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The supervisor's decisions rule the outputs: ./check run in this JVM, findings marked in the written
 * workbook with POI as a supervisor marks them in Excel, run again with --review, the results read back.
 * Counts are taken from the first run's own workbook, never written down here.
 */
class ReviewDecisionsTest {
    private static final DataFormatter FMT = new DataFormatter();
    private static final String HAIYUAN = "海原县人民政府";
    private static final String HESHUI = "合水县人民政府";

    @TempDir
    Path tmp;

    /** 合水 (000) and 海原 (004), under names that stay the same between runs. */
    private Path twoReports() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(Project.REPORTS.resolve("000_3438832166e5f38e.txt"), in.resolve("合水.txt"));
        Files.copy(Project.REPORTS.resolve("004_3b473299667ac3ab.txt"), in.resolve("海原.txt"));
        return in;
    }

    private static Map<String, Integer> header(Row row) {
        Map<String, Integer> col = new HashMap<>();
        row.forEach(c -> col.put(FMT.formatCellValue(c).strip(), c.getColumnIndex()));
        return col;
    }

    private static String cell(Row row, Map<String, Integer> col, String name) {
        return FMT.formatCellValue(row.getCell(col.get(name)));
    }

    /** The data rows of a sheet whose header is on row 1, each as header → text. */
    private static List<Map<String, String>> rows(Sheet sheet) {
        Map<String, Integer> col = header(sheet.getRow(0));
        List<Map<String, String>> out = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getRowNum() == 0) {
                continue;
            }
            Map<String, String> m = new LinkedHashMap<>();
            col.forEach((name, i) -> m.put(name, FMT.formatCellValue(row.getCell(i))));
            out.add(m);
        }
        return out;
    }

    private static Workbook open(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return WorkbookFactory.create(in);
        }
    }

    /**
     * Writes a copy of {@code workbook} with 复核 / 复核备注 filled where {@code decide} gives a decision for
     * the row (as header → text); returns how many rows were marked.
     */
    private static int mark(Path workbook, Path copy, Function<Map<String, String>, String[]> decide) throws Exception {
        int marked = 0;
        try (Workbook wb = open(workbook)) {
            Sheet sheet = wb.getSheet("问题清单");
            Map<String, Integer> col = header(sheet.getRow(0));
            for (Row row : sheet) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                Map<String, String> values = new LinkedHashMap<>();
                col.forEach((name, i) -> values.put(name, FMT.formatCellValue(row.getCell(i))));
                String[] d = decide.apply(values);
                if (d != null) {
                    row.getCell(col.get("复核"), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue(d[0]);
                    row.getCell(col.get("复核备注"), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue(d[1]);
                    marked++;
                }
            }
            try (OutputStream o = Files.newOutputStream(copy)) {
                wb.write(o);
            }
        }
        return marked;
    }

    /** A grey font: a colour with equal red, green and blue, lighter than black. */
    private static boolean greyFont(Cell c) {
        XSSFColor color = ((XSSFCellStyle) c.getCellStyle()).getFont().getXSSFColor();
        if (color == null || color.getRGB() == null) {
            return false;
        }
        byte[] rgb = color.getRGB();
        return rgb[0] == rgb[1] && rgb[1] == rgb[2] && (rgb[0] & 0xFF) > 0x60;
    }

    /** The numbers of 概览's heading line ("发现问题 N 个：错误 E 个，警告 W 个，提示 I 个"). */
    private static String summaryLine(Workbook wb) {
        return FMT.formatCellValue(wb.getSheet("概览").getRow(1).getCell(0));
    }

    /** 概览's report table: 机关 → that report's row. */
    private static Map<String, Map<String, String>> summaryRows(Workbook wb) {
        Sheet s = wb.getSheet("概览");
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        Map<String, Integer> col = null;
        for (Row row : s) {
            Cell first = row.getCell(0);
            if (col == null) {
                if (first != null && FMT.formatCellValue(first).equals("机关")) {
                    col = header(row);
                }
                continue;
            }
            String office = first == null ? "" : FMT.formatCellValue(first);
            if (office.isEmpty()) {
                break;
            }
            Map<String, String> m = new LinkedHashMap<>();
            col.forEach((name, i) -> m.put(name, FMT.formatCellValue(row.getCell(i))));
            out.put(office, m);
        }
        return out;
    }

    @Test
    void falseAlarmsLeaveCountsCountyBookAndExitCodeButStayGreyedForTheSupervisor() throws Exception {
        Path in = twoReports();
        Path run1 = tmp.resolve("run1");
        MainRun first = MainRun.run("--out", run1.toString(), in.toString());
        assertThat(first.exit()).isEqualTo(4);
        List<Map<String, String>> before;
        try (Workbook wb = open(run1.resolve("findings.xlsx"))) {
            before = rows(wb.getSheet("问题清单"));
        }
        long haiyuan = before.stream().filter(r -> r.get("机关").equals(HAIYUAN)).count();
        long heshui = before.stream().filter(r -> r.get("机关").equals(HESHUI)).count();
        assertThat(haiyuan).isPositive();
        assertThat(heshui).isGreaterThanOrEqualTo(2);
        String confirmedRule = before.stream().filter(r -> r.get("机关").equals(HESHUI)).findFirst().orElseThrow().get("编号");

        // Every finding of 海原 dismissed; 合水's first confirmed, its STR-SEC-NUMERAL marked fixed.
        Path reviewed = tmp.resolve("reviewed.xlsx");
        int marked = mark(run1.resolve("findings.xlsx"), reviewed, r -> r.get("机关").equals(HAIYUAN)
                ? new String[] {"误报", "本省认可此写法"} : r.get("编号").equals(confirmedRule) ? new String[] {"确认", ""}
                : r.get("规则").equals("STR-SEC-NUMERAL") ? new String[] {"已整改", "县里已改正序号"} : null);
        assertThat(marked).isEqualTo((int) haiyuan + 2);

        // 合水 fixes the section numeral (same file name), 海原 resubmits unchanged.
        String fixed = Files.readString(in.resolve("合水.txt"), StandardCharsets.UTF_8)
                .replace("\n收到和处理政府信息公开申请情况\n", "\n三、收到和处理政府信息公开申请情况\n");
        Files.writeString(in.resolve("合水.txt"), fixed, StandardCharsets.UTF_8);
        Path run2 = tmp.resolve("run2");
        MainRun second = MainRun.run("--out", run2.toString(), "--review", reviewed.toString(), "--split", in.toString());
        assertThat(second.exit()).isEqualTo(4); // 合水 still has findings
        long heshuiNow = heshui - 1;
        assertThat(second.out()).contains("错误 0，警告 0，提示 0（另有误报 " + haiyuan + " 个，已排除）")
                .contains("其中误报 " + haiyuan + " 个已排除").contains("已解决 1 个")
                .contains("带入复核意见 " + (haiyuan + 1) + " 条");

        try (Workbook wb = open(run2.resolve("findings.xlsx"))) {
            Sheet list = wb.getSheet("问题清单");
            Map<String, Integer> col = header(list.getRow(0));
            int greyed = 0;
            for (Row row : list) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                boolean dismissed = cell(row, col, "机关").equals(HAIYUAN);
                Cell message = row.getCell(col.get("问题说明"));
                assertThat(greyFont(message)).as("row %d grey", row.getRowNum()).isEqualTo(dismissed);
                if (dismissed) {
                    assertThat(cell(row, col, "复核")).isEqualTo("误报");
                    assertThat(greyFont(row.getCell(col.get("编号")))).isTrue();
                    greyed++;
                }
                if (cell(row, col, "编号").equals(confirmedRule)) {
                    assertThat(cell(row, col, "复核")).isEqualTo("确认");
                }
            }
            assertThat(greyed).isEqualTo(haiyuan); // still listed for the supervisor

            List<Map<String, String>> excluded = rows(wb.getSheet("已排除的误报"));
            assertThat(excluded).hasSize((int) haiyuan).allSatisfy(r -> {
                assertThat(r.get("机关")).isEqualTo(HAIYUAN);
                assertThat(r.get("复核备注")).isEqualTo("本省认可此写法");
                assertThat(r.get("年度")).isEqualTo("2020");
                assertThat(r.get("编号")).isNotEmpty();
            });
            assertThat(excluded.get(0).keySet()).containsExactlyInAnyOrder("机关", "年度", "文件", "规则", "问题说明", "复核备注", "编号");

            assertThat(summaryLine(wb)).contains("发现问题 " + heshuiNow + " 个");
            Map<String, String> haiyuanRow = summaryRows(wb).get(HAIYUAN);
            assertThat(haiyuanRow.get("错误")).isEqualTo("0");
            assertThat(haiyuanRow.get("警告")).isEqualTo("0");
            assertThat(haiyuanRow.get("提示")).isEqualTo("0");
            assertThat(haiyuanRow.get("主要问题")).isEqualTo("未发现问题");

            // The fixed finding is resolved, with the decision and remark it was given.
            List<Map<String, String>> resolved = rows(wb.getSheet("已解决"));
            assertThat(resolved).hasSize(1);
            assertThat(resolved.get(0)).containsEntry("规则", "STR-SEC-NUMERAL").containsEntry("上次复核", "已整改")
                    .containsEntry("复核备注", "县里已改正序号");
        }
        // The county's own workbook: none of the dismissed findings, not even the remark on them.
        try (Workbook wb = open(run2.resolve("offices").resolve(HAIYUAN + "-2020.xlsx"))) {
            assertThat(rows(wb.getSheet("问题清单"))).isEmpty();
            wb.forEach(sheet -> sheet.forEach(row -> row.forEach(c ->
                    assertThat(FMT.formatCellValue(c)).doesNotContain("本省认可此写法"))));
        }
        try (Workbook wb = open(run2.resolve("offices").resolve(HESHUI + "-2020.xlsx"))) {
            assertThat(rows(wb.getSheet("问题清单"))).hasSize((int) heshuiNow);
        }
        // findings.json keeps every finding; the carried decision only where there is one.
        JsonNode json = new ObjectMapper().readTree(run2.resolve("findings.json").toFile());
        int withReview = 0;
        int without = 0;
        for (JsonNode report : json.get("reports")) {
            for (JsonNode f : report.get("findings")) {
                if (report.get("office").asText().equals(HAIYUAN)) {
                    assertThat(f.get("review").get("decision").asText()).isEqualTo("误报");
                    assertThat(f.get("review").get("note").asText()).isEqualTo("本省认可此写法");
                    withReview++;
                } else if (f.has("review")) {
                    assertThat(f.get("review").get("decision").asText()).isEqualTo("确认");
                    withReview++;
                } else {
                    assertThat(f.has("ruleId")).isTrue();
                    without++;
                }
            }
        }
        assertThat(withReview).isEqualTo(haiyuan + 1);
        assertThat(without).isEqualTo((int) heshuiNow - 1);

        // A third round on the second round's workbook, untouched: the decisions shown there carry over again.
        Path run3 = tmp.resolve("run3");
        MainRun third = MainRun.run("--out", run3.toString(), "--review", run2.resolve("findings.xlsx").toString(),
                in.toString());
        assertThat(third.out()).contains("其中误报 " + haiyuan + " 个已排除").contains("已解决 0 个");
        try (Workbook wb = open(run3.resolve("findings.xlsx"))) {
            List<Map<String, String>> list = rows(wb.getSheet("问题清单"));
            assertThat(list).filteredOn(r -> r.get("机关").equals(HAIYUAN)).hasSize((int) haiyuan)
                    .allSatisfy(r -> assertThat(r.get("复核")).isEqualTo("误报"));
            assertThat(list).filteredOn(r -> r.get("编号").equals(confirmedRule)).singleElement()
                    .satisfies(r -> assertThat(r.get("复核")).isEqualTo("确认"));
            assertThat(rows(wb.getSheet("已排除的误报"))).hasSize((int) haiyuan);
        }
    }

    @Test
    void aBatchWhoseOnlyFindingsAreFalseAlarmsExitsClean() throws Exception {
        Path in = twoReports();
        Path run1 = tmp.resolve("run1");
        assertThat(MainRun.run("--out", run1.toString(), in.toString()).exit()).isEqualTo(4);
        Path reviewed = tmp.resolve("all-dismissed.xlsx");
        int marked = mark(run1.resolve("findings.xlsx"), reviewed, r -> new String[] {"误报", ""});
        assertThat(marked).isPositive();
        Path run2 = tmp.resolve("run2");
        MainRun second = MainRun.run("--out", run2.toString(), "--review", reviewed.toString(), in.toString());
        assertThat(second.exit()).isEqualTo(0);
        assertThat(second.out()).contains("共 2 个文件；错误 0，警告 0，提示 0。").contains("其中误报 " + marked + " 个已排除");
        try (Workbook wb = open(run2.resolve("findings.xlsx"))) {
            assertThat(summaryLine(wb)).contains("发现问题 0 个");
            assertThat(rows(wb.getSheet("问题清单"))).hasSize(marked);
            assertThat(rows(wb.getSheet("已排除的误报"))).hasSize(marked);
        }
    }

    @Test
    void severalReviewWorkbooksAreMergedAndTheLastModifiedWinsAConflict() throws Exception {
        Path in = twoReports();
        Path run1 = tmp.resolve("run1");
        assertThat(MainRun.run("--out", run1.toString(), in.toString()).exit()).isEqualTo(4);
        List<String> ids;
        try (Workbook wb = open(run1.resolve("findings.xlsx"))) {
            ids = rows(wb.getSheet("问题清单")).stream().map(r -> r.get("编号")).toList();
        }
        assertThat(ids).hasSizeGreaterThanOrEqualTo(3);
        String x = ids.get(0);
        String y = ids.get(1);
        String z = ids.get(2);
        // Two colleagues' workbooks: A dismisses x and confirms y; B (saved later) says y was fixed and confirms z.
        Path folder = Files.createDirectories(tmp.resolve("returned"));
        Path a = folder.resolve("a-张.xlsx");
        Path b = folder.resolve("b-李.xlsx");
        mark(run1.resolve("findings.xlsx"), a, r -> r.get("编号").equals(x) ? new String[] {"误报", "A 说"}
                : r.get("编号").equals(y) ? new String[] {"确认", ""} : null);
        mark(run1.resolve("findings.xlsx"), b, r -> r.get("编号").equals(y) ? new String[] {"已整改", "B 说"}
                : r.get("编号").equals(z) ? new String[] {"确认", ""} : null);
        Files.writeString(folder.resolve("说明.txt"), "不是工作簿，不读", StandardCharsets.UTF_8);
        Instant now = Instant.now();
        Files.setLastModifiedTime(a, FileTime.from(now.minusSeconds(3600)));
        Files.setLastModifiedTime(b, FileTime.from(now));

        Map<String, String> expected = Map.of(x, "误报", y, "已整改", z, "确认");
        MainRun twoFiles = MainRun.run("--out", tmp.resolve("run2").toString(), "--review", a.toString(), "--review",
                b.toString(), in.toString());
        assertThat(twoFiles.out()).contains("从 2 个复核表").contains("意见不一致的问题 1 个").contains("其中误报 1 个已排除");
        assertThat(decisions(tmp.resolve("run2"), ids)).isEqualTo(expected);

        MainRun fromFolder = MainRun.run("--out", tmp.resolve("run3").toString(), "--review", folder.toString(),
                in.toString());
        assertThat(fromFolder.out()).contains("从 2 个复核表").contains("意见不一致的问题 1 个");
        assertThat(decisions(tmp.resolve("run3"), ids)).isEqualTo(expected);

        // Saved the other way round, A's decision on y wins: the time decides, not the name or the order given.
        Files.setLastModifiedTime(a, FileTime.from(now.plusSeconds(60)));
        MainRun reversed = MainRun.run("--out", tmp.resolve("run4").toString(), "--review", a.toString(), "--review",
                b.toString(), in.toString());
        assertThat(reversed.out()).contains("意见不一致的问题 1 个");
        assertThat(decisions(tmp.resolve("run4"), ids)).containsEntry(y, "确认").containsEntry(x, "误报")
                .containsEntry(z, "确认");
    }

    @Test
    void findingsOfAReportLeftOutOfTheBatchAreNotResolved() throws Exception {
        Path in = twoReports();
        Path run1 = tmp.resolve("run1");
        assertThat(MainRun.run("--out", run1.toString(), in.toString()).exit()).isEqualTo(4);
        long haiyuan;
        try (Workbook wb = open(run1.resolve("findings.xlsx"))) {
            haiyuan = rows(wb.getSheet("问题清单")).stream().filter(r -> r.get("机关").equals(HAIYUAN)).count();
        }
        assertThat(haiyuan).isPositive();
        // This week only 合水 is checked again: 海原 fixed nothing, it was not looked at.
        MainRun second = MainRun.run("--out", tmp.resolve("run2").toString(), "--review",
                run1.resolve("findings.xlsx").toString(), in.resolve("合水.txt").toString());
        assertThat(second.out()).contains("已解决 0 个").contains("另有 " + haiyuan + " 个问题所属的报告不在本批中");
        try (Workbook wb = open(tmp.resolve("run2").resolve("findings.xlsx"))) {
            assertThat(wb.getSheet("已解决")).isNull();
        }
    }

    /** 编号 → 复核 of the given findings in a run's 问题清单 (only those with a decision). */
    private static Map<String, String> decisions(Path run, List<String> ids) throws Exception {
        Map<String, String> out = new HashMap<>();
        try (Workbook wb = open(run.resolve("findings.xlsx"))) {
            for (Map<String, String> r : rows(wb.getSheet("问题清单"))) {
                if (ids.contains(r.get("编号")) && !r.get("复核").isEmpty()) {
                    out.put(r.get("编号"), r.get("复核"));
                }
            }
        }
        return out;
    }

    @Test
    void aBadReviewFileStopsTheRunInPlainChineseWithNothingWritten() throws Exception {
        Path in = twoReports();
        Path notAWorkbook = tmp.resolve("复核.xlsx");
        Files.writeString(notAWorkbook, "这不是工作簿", StandardCharsets.UTF_8);
        Path noSheet = tmp.resolve("别的表.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream o = Files.newOutputStream(noSheet)) {
            wb.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("编号");
            wb.write(o);
        }
        Path noColumn = tmp.resolve("缺列.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream o = Files.newOutputStream(noColumn)) {
            Row h = wb.createSheet("问题清单").createRow(0);
            h.createCell(0).setCellValue("规则");
            h.createCell(1).setCellValue("复核");
            wb.write(o);
        }
        Path emptyFolder = Files.createDirectories(tmp.resolve("空文件夹"));
        Map<Path, String> expectedWords = Map.of(notAWorkbook, "不是可以打开的 Excel 工作簿", noSheet, "没有“问题清单”工作表",
                noColumn, "缺少“编号”或“复核”列", emptyFolder, "没有 .xlsx 工作簿", tmp.resolve("不存在.xlsx"), "找不到复核表");
        for (Map.Entry<Path, String> e : expectedWords.entrySet()) {
            Path out = tmp.resolve("out-" + e.getKey().getFileName());
            MainRun run = MainRun.run("--out", out.toString(), "--review", e.getKey().toString(), in.toString());
            assertThat(run.exit()).as(e.getKey().toString()).isEqualTo(2);
            assertThat(run.err()).contains(e.getKey().toString()).contains(e.getValue()).contains("请");
            assertThat(run.all()).doesNotContainPattern("[A-Za-z]+(Exception|Error)|org\\.apache|java\\.|nianbao\\.");
            assertThat(out).doesNotExist();
        }
    }
}
