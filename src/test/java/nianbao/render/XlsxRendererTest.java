package nianbao.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nianbao.analysis.RuleSetup;
import nianbao.findings.BatchResult;
import nianbao.findings.Finding;
import nianbao.findings.FindingId;
import nianbao.findings.HowRead;
import nianbao.findings.GridPosition;
import nianbao.findings.ReadBlock;
import nianbao.findings.ReadCell;
import nianbao.findings.ReadRow;
import nianbao.findings.ReadTable;
import nianbao.findings.ReportResult;
import nianbao.findings.ResolvedFinding;
import nianbao.findings.Review;
import nianbao.findings.RuleInfo;
import nianbao.support.Project;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbooks, written from a real batch (the five sample reports, one of them sent twice, an unreadable
 * file, a reviewed finding and a resolved one) and read back with POI, read-only.
 */
class XlsxRendererTest {
    /** 问题清单 reads as a person reads: who, how serious, where, what; the supervisor's columns; identifiers last. */
    private static final String[] FINDINGS_HEADER = {"机关", "年度", "严重程度", "位置", "问题说明", "应为", "报告中为", "依据",
        "确定性", "复核", "复核备注", "规则说明", "类别", "规则", "文件", "编号"};
    /** The county's copy: nothing that is the same on every row, nothing of the supervisor's, a column to answer in. */
    private static final String[] COUNTY_HEADER = {"严重程度", "位置", "问题说明", "应为", "报告中为", "依据", "确定性",
        "整改情况", "规则说明", "编号"};
    private static final String[] SUMMARY_HEADER = {"机关", "年度", "格式版本", "状态", "错误", "警告", "提示", "主要问题",
        "文件", "读取方式"};
    private static final Instant CHECKED_AT = Instant.parse("2025-03-31T02:30:00Z");
    private static final DataFormatter FMT = new DataFormatter();

    @TempDir
    static Path tmp;

    static BatchResult batch;
    static ReportResult reviewed;
    static Finding reviewedFinding;
    static ReportResult resubmitted;
    static Path workbook;
    static List<Path> offices;
    static List<RuleInfo> rules;

    @BeforeAll
    static void writeWorkbooks() throws Exception {
        List<ReportResult> results = new ArrayList<>();
        try (Stream<Path> files = Files.list(Project.REPORTS)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                results.add(Project.auditor().audit(p, "reports-in/" + p.getFileName()));
            }
        }
        assertThat(results).hasSize(5);
        // The same report sent again under another name: same office and year, a second office workbook.
        Path first = Files.list(Project.REPORTS).filter(f -> f.toString().endsWith(".txt")).sorted().findFirst()
                .orElseThrow();
        resubmitted = Project.auditor().audit(first, "resubmitted/" + first.getFileName());
        results.add(resubmitted);
        Path broken = tmp.resolve("扫描件.pdf");
        Files.writeString(broken, "%PDF-1.7\n1 0 obj garbage without any pages\n");
        ReportResult unreadable = Project.auditor().audit(broken, "reports-in/扫描件.pdf");
        assertThat(unreadable.status()).isEqualTo("unreadable");
        results.add(unreadable);

        int withFindings = -1;
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i).findings().size() >= 3) {
                withFindings = i;
                break;
            }
        }
        ReportResult r = results.get(withFindings);
        reviewedFinding = r.findings().get(1);
        reviewed = r.withReviews(Map.of(FindingId.of(r, reviewedFinding), new Review(Review.CONFIRMED, "表格实际已填写")));
        results.set(withFindings, reviewed);

        RuleSetup setup = RuleSetup.load(Project.RULES, null);
        rules = setup.ruleInfos();
        batch = new BatchResult(1, setup.rules().fingerprint(), List.of(), results, rules)
                .withResolved(List.of(new ResolvedFinding("0123456789ab", "reports-in/old.txt", "合水县人民政府", 2019,
                        "T3-ROW-TOTAL", "错误", "三 表三 （一）予以公开", "表三“（一）予以公开”行：总计不等于各类申请人之和。", "确认",
                        "已通知县政府办")), CHECKED_AT);
        workbook = tmp.resolve("out/findings.xlsx");
        new XlsxRenderer().writeTo(batch, workbook);
        offices = new XlsxRenderer().writeOffices(batch, tmp.resolve("offices"));
    }

    private static Workbook open(Path file) throws IOException {
        return WorkbookFactory.create(file.toFile(), null, true);
    }

    private static String text(Row row, int col) {
        return row == null ? "" : FMT.formatCellValue(row.getCell(col));
    }

    private static List<String> rowTexts(Sheet sheet, int rowIndex, int columns) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < columns; i++) {
            out.add(text(sheet.getRow(rowIndex), i));
        }
        return out;
    }

    /** Each header of row 1, by its column. */
    private static Map<String, Integer> columns(Sheet sheet) {
        Map<String, Integer> col = new HashMap<>();
        sheet.getRow(0).forEach(c -> col.put(FMT.formatCellValue(c), c.getColumnIndex()));
        return col;
    }

    private static long total() {
        return batch.reports().stream().mapToLong(r -> r.findings().size()).sum();
    }

    @Test
    void sheetsInOrderWithExactHeaders() throws Exception {
        try (Workbook wb = open(workbook)) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("概览", "问题清单", "无法读取", "已解决", "规则清单", "内容指纹");
            assertThat(wb.isSheetHidden(wb.getSheetIndex("内容指纹"))).isTrue();
            assertThat(rowTexts(wb.getSheet("问题清单"), 0, 18)).containsExactly(append(append(FINDINGS_HEADER, "机关年度编号"), ""));
            assertThat(wb.getSheet("问题清单").isColumnHidden(FINDINGS_HEADER.length)).isTrue();
            assertThat(rowTexts(wb.getSheet("概览"), SummarySheet.HEADER_ROW, 10)).containsExactly(SUMMARY_HEADER);
            assertThat(rowTexts(wb.getSheet("无法读取"), 0, 3)).containsExactly("文件", "状态", "原因");
            assertThat(rowTexts(wb.getSheet("规则清单"), 0, 6)).containsExactly("规则", "类别", "严重程度", "规则文件", "说明", "是否检查");
            assertThat(rowTexts(wb.getSheet("已解决"), 0, 10)).containsExactly("编号", "文件", "机关", "年度", "规则", "严重程度",
                    "位置", "问题说明", "上次复核", "复核备注");
            Row resolved = wb.getSheet("已解决").getRow(1);
            assertThat(text(resolved, 0)).isEqualTo("0123456789ab");
            assertThat(resolved.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(text(resolved, 8)).isEqualTo("确认");
            assertThat(wb.getSheet("无法读取").getRow(1).getCell(0).getStringCellValue()).isEqualTo("reports-in/扫描件.pdf");
            assertThat(text(wb.getSheet("无法读取").getRow(1), 1)).isEqualTo("无法读取");
            assertThat(text(wb.getSheet("无法读取").getRow(1), 2)).isNotBlank();
            assertThat(wb.getSheet("规则清单").getLastRowNum()).isEqualTo(rules.size());
        }
    }

    private static String[] append(String[] a, String b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + 1);
        out[a.length] = b;
        return out;
    }

    @Test
    void findingsSheetHasOneRowPerFindingFrozenHeaderAndFilter() throws Exception {
        try (Workbook wb = open(workbook)) {
            XSSFSheet sheet = (XSSFSheet) wb.getSheet("问题清单");
            assertThat(total()).isGreaterThan(10);
            assertThat(sheet.getLastRowNum()).isEqualTo((int) total());
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getPaneInformation().getVerticalSplitPosition()).as("机关 and 年度 frozen").isEqualTo((short) 2);
            assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:P" + (total() + 1));

            Set<String> expectedIds = new HashSet<>();
            Map<String, String> ruleDescriptions = rules.stream().collect(Collectors.toMap(RuleInfo::id,
                    RuleInfo::description));
            batch.reports().forEach(r -> r.findings().forEach(f -> expectedIds.add(FindingId.of(r, f) + "|" + r.file())));
            Set<String> ids = new HashSet<>();
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                ids.add(text(row, 15) + "|" + text(row, 14));
                assertThat(row.getCell(1).getCellType()).as("年度 is a number").isEqualTo(CellType.NUMERIC);
                assertThat(row.getCell(4).getCellType()).isEqualTo(CellType.STRING);
                assertThat(row.getCell(4).getCellStyle().getQuotePrefixed()).as("text cells are quote-prefixed").isTrue();
                assertThat(row.getCell(4).getCellStyle().getWrapText()).isTrue();
                assertThat(text(row, 11)).isEqualTo(ruleDescriptions.get(text(row, 13)));
                assertThat(text(row, 8)).isIn("确定", "不确定");
            }
            assertThat(ids).isEqualTo(expectedIds);
        }
    }

    /** 位置 is one phrase of the finding's section, table, row and column, with nothing empty in it. */
    @Test
    void placeIsOnePhraseOfSectionTableRowAndColumn() throws Exception {
        assertThat(Words.place("三", "表三", "（七）总计", "自然人")).isEqualTo("第三部分 表三 （七）总计 自然人");
        assertThat(Words.place("二", "", "", "")).isEqualTo("第二部分");
        assertThat(Words.place("", "表四", "", "行政复议/结果维持")).isEqualTo("表四 行政复议/结果维持");
        try (Workbook wb = open(workbook)) {
            Sheet sheet = wb.getSheet("问题清单");
            Map<String, Finding> byId = new HashMap<>();
            batch.reports().forEach(r -> r.findings().forEach(f -> byId.put(FindingId.of(r, f) + "|" + r.file(), f)));
            int withRowAndColumn = 0;
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                Finding f = byId.get(text(row, 15) + "|" + text(row, 14));
                String place = text(row, 3);
                assertThat(place).doesNotContain("  ").doesNotStartWith(" ").doesNotEndWith(" ");
                for (String part : new String[] {f.table(), f.row(), f.column()}) {
                    assertThat(place).contains(part);
                }
                if (!f.section().isEmpty()) {
                    assertThat(place).startsWith("第" + f.section() + "部分");
                }
                if (!f.row().isEmpty() && !f.column().isEmpty()) {
                    withRowAndColumn++;
                }
            }
            assertThat(withRowAndColumn).isPositive();
        }
    }

    /** Printed: landscape A4, one page wide, the header on every page, 机关 to 复核备注 only, text wrapped. */
    @Test
    void findingsSheetPrintsLandscapeOnePageWideWithTheHeaderOnEveryPage() throws Exception {
        try (Workbook wb = open(workbook)) {
            XSSFSheet sheet = (XSSFSheet) wb.getSheet("问题清单");
            var ps = sheet.getPrintSetup();
            assertThat(ps.getLandscape()).isTrue();
            assertThat(ps.getPaperSize()).isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(ps.getFitWidth()).isEqualTo((short) 1);
            assertThat(ps.getFitHeight()).isEqualTo((short) 0);
            assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:1"));
            assertThat(wb.getPrintArea(wb.getSheetIndex(sheet))).isEqualTo("问题清单!$A$1:$K$" + (total() + 1));
            int printedWidth = 0;
            for (int c = 0; c <= 10; c++) {
                printedWidth += sheet.getColumnWidth(c) / 256;
            }
            // Fit to one page wide shrinks the print by A4's ~130 units over this: it stays readable (>= 60 %).
            assertThat(printedWidth).isBetween(100, 215);
            assertThat(sheet.getColumnWidth(4) / 256).as("问题说明 is the widest").isGreaterThanOrEqualTo(40);
            Row first = sheet.getRow(1);
            for (int c : new int[] {0, 3, 4, 5, 6, 7}) {
                assertThat(first.getCell(c).getCellStyle().getWrapText()).as("column %d wraps", c).isTrue();
            }
        }
    }

    @Test
    void severitiesAreShownByFillColour() throws Exception {
        try (Workbook wb = open(workbook)) {
            Sheet sheet = wb.getSheet("问题清单");
            Map<String, Set<String>> fills = new HashMap<>();
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                Cell c = sheet.getRow(i).getCell(2);
                XSSFCellStyle style = (XSSFCellStyle) c.getCellStyle();
                fills.computeIfAbsent(c.getStringCellValue(), k -> new HashSet<>())
                        .add(style.getFillForegroundXSSFColor().getARGBHex());
            }
            assertThat(fills.keySet()).containsExactlyInAnyOrder("错误", "警告", "提示");
            fills.values().forEach(v -> assertThat(v).hasSize(1));
            assertThat(fills.get("错误")).isNotEqualTo(fills.get("警告")).isNotEqualTo(fills.get("提示"));
            assertThat(fills.get("警告")).isNotEqualTo(fills.get("提示"));
            assertThat(fills.get("错误")).containsExactly("FFFFC7CE");
        }
    }

    @Test
    void reviewColumnHasAListAndCarriesTheEarlierDecision() throws Exception {
        try (Workbook wb = open(workbook)) {
            Sheet sheet = wb.getSheet("问题清单");
            List<? extends DataValidation> validations = sheet.getDataValidations();
            assertThat(validations).hasSize(1);
            DataValidation v = validations.get(0);
            assertThat(v.getValidationConstraint().getExplicitListValues()).containsExactly("确认", "误报", "已整改");
            CellRangeAddress range = v.getRegions().getCellRangeAddresses()[0];
            assertThat(range.getFirstColumn()).isEqualTo(9);
            assertThat(range.getLastColumn()).isEqualTo(9);
            assertThat(range.getFirstRow()).isEqualTo(1);
            assertThat(range.getLastRow()).isEqualTo((int) total());

            String id = FindingId.of(reviewed, reviewedFinding);
            int decided = 0;
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                if (text(row, 15).equals(id) && text(row, 14).equals(reviewed.file())) {
                    assertThat(text(row, 9)).isEqualTo("确认"); // a 误报 leaves the counts: ReviewDecisionsTest
                    assertThat(text(row, 10)).isEqualTo("表格实际已填写");
                    decided++;
                } else {
                    assertThat(text(row, 9)).isEmpty();
                }
            }
            assertThat(decided).isEqualTo(1);
        }
    }

    @Test
    void summaryIsWorstFirstAndEachOfficeLinksToItsFirstFinding() throws Exception {
        try (Workbook wb = open(workbook)) {
            Sheet summary = wb.getSheet("概览");
            int first = SummarySheet.HEADER_ROW + 1;
            List<Row> rows = new ArrayList<>();
            for (int i = first; i < first + batch.reports().size(); i++) {
                rows.add(summary.getRow(i));
            }
            assertThat(rows).extracting(r -> text(r, 8)).containsExactlyInAnyOrderElementsOf(
                    batch.reports().stream().map(ReportResult::file).toList());
            ReportResult worst = batch.reports().stream().max(java.util.Comparator.comparingLong(
                    (ReportResult r) -> r.count("error")).thenComparingLong(r -> r.count("warning"))).orElseThrow();
            assertThat(rows.get(0).getCell(4).getNumericCellValue()).isEqualTo((double) worst.count("error"));
            assertThat(text(rows.get(0), 3)).isEqualTo("已检查");
            // errors never increase down the list of checked reports with problems; the unreadable file follows
            int unreadableAt = -1;
            double lastErrors = Double.MAX_VALUE;
            for (int i = 0; i < rows.size(); i++) {
                Row row = rows.get(i);
                if (text(row, 3).equals("无法读取")) {
                    unreadableAt = i;
                    assertThat(row.getCell(4).getCellType()).isNotEqualTo(CellType.NUMERIC);
                    assertThat(text(row, 7)).startsWith("无法读取：");
                } else if (unreadableAt < 0) {
                    assertThat(row.getCell(4).getNumericCellValue()).isLessThanOrEqualTo(lastErrors);
                    lastErrors = row.getCell(4).getNumericCellValue();
                    assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
                }
            }
            assertThat(unreadableAt).isEqualTo((int) batch.reports().stream().filter(r -> !r.findings().isEmpty()).count());

            for (Row row : rows) {
                Hyperlink link = row.getCell(0).getHyperlink();
                assertThat(link).as("机关 of %s links", text(row, 8)).isNotNull();
                String address = link.getAddress();
                CellReference target = new CellReference(address);
                Sheet sheet = wb.getSheet(target.getSheetName());
                Row targetRow = sheet.getRow(target.getRow());
                if (text(row, 3).equals("无法读取")) {
                    assertThat(target.getSheetName()).isEqualTo("无法读取");
                    assertThat(text(targetRow, 0)).isEqualTo(text(row, 8));
                } else {
                    assertThat(target.getSheetName()).isEqualTo("问题清单");
                    assertThat(text(targetRow, 14)).isEqualTo(text(row, 8));
                    assertThat(text(targetRow, 0)).isEqualTo(text(row, 0));
                    assertThat(text(sheet.getRow(target.getRow() - 1), 14)).as("the first of the report's rows")
                            .isNotEqualTo(text(row, 8));
                }
            }
            String problems = text(rows.get(0), 7);
            assertThat(problems).startsWith("1. 错误：").contains("\n2. ").contains("\n3. ");
        }
    }

    @Test
    void summaryHasRuleCountsAndAChartOfTheMostFrequent() throws Exception {
        List<SummarySheet.RuleCount> counts = SummarySheet.ruleCounts(batch);
        try (Workbook wb = open(workbook)) {
            XSSFSheet summary = (XSSFSheet) wb.getSheet("概览");
            int header = -1;
            for (int i = SummarySheet.HEADER_ROW + 1; i <= summary.getLastRowNum(); i++) {
                if (text(summary.getRow(i), 0).equals("规则")) {
                    header = i;
                    break;
                }
            }
            assertThat(header).isPositive();
            assertThat(rowTexts(summary, header, 7)).containsExactly("规则", "说明", "", "", "", "涉及报告数", "问题数");
            Map<String, Long> perRule = batch.reports().stream().flatMap(r -> r.findings().stream())
                    .collect(Collectors.groupingBy(Finding::ruleId, Collectors.counting()));
            double previous = Double.MAX_VALUE;
            for (int i = 0; i < perRule.size(); i++) {
                Row row = summary.getRow(header + 1 + i);
                String rule = text(row, 0);
                assertThat(row.getCell(6).getNumericCellValue()).isEqualTo((double) perRule.get(rule))
                        .isLessThanOrEqualTo(previous);
                previous = row.getCell(6).getNumericCellValue();
                long reports = batch.reports().stream()
                        .filter(r -> r.findings().stream().anyMatch(f -> f.ruleId().equals(rule))).count();
                assertThat(row.getCell(5).getNumericCellValue()).isEqualTo((double) reports);
                assertThat(text(row, 1)).isEqualTo(rules.stream().filter(x -> x.id().equals(rule)).findFirst()
                        .orElseThrow().description());
            }
            assertThat(counts).hasSize(perRule.size());

            XSSFDrawing drawing = summary.getDrawingPatriarch();
            assertThat(drawing).isNotNull();
            List<XSSFChart> charts = drawing.getCharts();
            assertThat(charts).hasSize(1);
            XSSFChart chart = charts.get(0);
            var series = chart.getChartSeries().get(0).getSeries(0);
            int expected = Math.min(10, perRule.size());
            assertThat(series.getCategoryData().getPointCount()).isEqualTo(expected);
            // The axis names what the rule checks, not its id; the cells it stands for say the same.
            String description = text(summary.getRow(header + 1), 1);
            String label = String.valueOf(series.getCategoryData().getPointAt(0));
            assertThat(label).isNotEqualTo(text(summary.getRow(header + 1), 0)).isNotBlank()
                    .hasSizeLessThanOrEqualTo(SummarySheet.CHART_LABEL);
            assertThat(description).startsWith(label.replace("…", ""));
            assertThat(series.getCategoryData().getDataRangeReference()).contains("$L$");
            assertThat(text(summary.getRow(header + 1), SummarySheet.LABEL_COL)).isEqualTo(label);
            assertThat(summary.isColumnHidden(SummarySheet.LABEL_COL)).isTrue();
            assertThat(series.getValuesData().getPointAt(0).doubleValue())
                    .isEqualTo(summary.getRow(header + 1).getCell(6).getNumericCellValue());
        }
    }

    /** Every rule's chart label is a beginning of its description, short enough for the axis, never empty. */
    @Test
    void everyRuleHasAShortChartLabelFromItsDescription() {
        assertThat(rules).hasSizeGreaterThan(50);
        for (RuleInfo r : rules) {
            String label = Words.shortDescription(r.description(), SummarySheet.CHART_LABEL);
            assertThat(label).as(r.id()).isNotBlank().hasSizeLessThanOrEqualTo(SummarySheet.CHART_LABEL);
            assertThat(r.description()).as(r.id()).startsWith(label.replace("…", ""));
        }
        assertThat(Words.reader("docx")).isEqualTo("Word");
        assertThat(Words.reader("html")).isEqualTo("网页");
        assertThat(Words.reader("text")).isEqualTo("文本");
    }

    /** 概览 names each report's reader in Chinese (the JSON keeps text, docx …). */
    @Test
    void summaryNamesReadersInChinese() throws Exception {
        try (Workbook wb = open(workbook)) {
            Sheet summary = wb.getSheet("概览");
            int checked = 0;
            for (int i = SummarySheet.HEADER_ROW + 1; i <= SummarySheet.HEADER_ROW + batch.reports().size(); i++) {
                String reader = text(summary.getRow(i), 9);
                if (text(summary.getRow(i), 3).equals("已检查")) {
                    assertThat(reader).isEqualTo("文本");
                    checked++;
                }
            }
            assertThat(checked).isPositive();
        }
    }

    @Test
    void noFormulaInAnySheetOfAnyWorkbook() throws Exception {
        Path rulesOnly = tmp.resolve("rules.xlsx");
        new XlsxRenderer().writeRules(rules, rulesOnly);
        List<Path> all = new ArrayList<>(offices);
        all.add(workbook);
        all.add(rulesOnly);
        int cells = 0;
        for (Path p : all) {
            try (Workbook wb = open(p)) {
                for (Sheet s : wb) {
                    for (Row row : s) {
                        for (Cell c : row) {
                            assertThat(c.getCellType()).as("%s %s!%s", p.getFileName(), s.getSheetName(),
                                    c.getAddress()).isNotEqualTo(CellType.FORMULA);
                            cells++;
                        }
                    }
                }
            }
        }
        assertThat(cells).isGreaterThan(1000);
    }

    /**
     * A batch of resubmissions (many copies of one office and year) and a report quoting a whole section: texts
     * longer than a cell holds are cut and say so, and the workbook is still written (POI refuses such a cell,
     * and the whole workbook with it: 2,000 generated copies failed that way in 概览's duplicates line).
     */
    @Test
    void textsLongerThanACellAreCutNotFatal() throws Exception {
        String quoted = "本机关认真贯彻落实政府信息公开条例。".repeat(3000);
        List<ReportResult> copies = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            List<Finding> fs = i > 0 ? List.of() : List.of(new Finding("CMP-SEC-EMPTY", "completeness", "warning", "五", "",
                    "", "", "第五部分：这一部分没有实际内容", null, null, quoted, "certain", 0, 0));
            copies.add(new ReportResult(String.format("reports-in/某县人民政府2021年政府信息公开工作年度报告-第%04d份.txt", i), "某县人民政府",
                    2021, "2021", "checked", null, "text", fs));
        }
        Path out = tmp.resolve("copies.xlsx");
        new XlsxRenderer().writeTo(new BatchResult(1, "abc", copies), out);
        try (Workbook wb = open(out)) {
            String duplicates = text(wb.getSheet("概览").getRow(2), 0);
            assertThat(duplicates).contains("某县人民政府2021年 2000 份").contains("第0002份.txt 等）").doesNotContain("第0003份");
            String evidence = text(wb.getSheet("问题清单").getRow(1), columns(wb.getSheet("问题清单")).get("依据"));
            assertThat(evidence).hasSize(Cells.MAX_TEXT).startsWith("本机关认真贯彻").endsWith("共 " + quoted.length()
                    + " 字，单元格放不下，以下从略）");
        }
    }

    @Test
    void reportTextThatLooksLikeAFormulaStaysText() throws Exception {
        Finding f = new Finding("T3-ROW-TOTAL", "arithmetic", "error", "三", "表三", "=SUM(A1:A2)", "@A1", "+1-2", "=1+1",
                "-2+3", "=cmd|' /C calc'!A0", "certain", 0, 0);
        ReportResult r = new ReportResult("=HYPERLINK(\"x\").txt", "=某县", 2021, "2021", "checked", null, "text",
                List.of(f));
        Path out = tmp.resolve("formula.xlsx");
        new XlsxRenderer().writeTo(new BatchResult(1, "abc", List.of(r)), out);
        try (Workbook wb = open(out)) {
            Row row = wb.getSheet("问题清单").getRow(1);
            assertThat(row.getCell(3).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo("第三部分 表三 =SUM(A1:A2) @A1");
            assertThat(row.getCell(5).getStringCellValue()).isEqualTo("=1+1");
            assertThat(row.getCell(7).getStringCellValue()).isEqualTo("=cmd|' /C calc'!A0");
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("=某县");
            assertThat(row.getCell(14).getStringCellValue()).isEqualTo("=HYPERLINK(\"x\").txt");
            assertThat(wb.getSheet("概览").getRow(SummarySheet.HEADER_ROW + 1).getCell(0).getCellType())
                    .isEqualTo(CellType.STRING);
        }
    }

    @Test
    void officeWorkbooksAreNamedSafelyWithoutCollisions() {
        List<String> names = offices.stream().map(p -> p.getFileName().toString()).toList();
        long checked = batch.reports().stream().filter(r -> r.status().equals("checked")).count();
        assertThat(names).hasSize((int) checked).doesNotHaveDuplicates();
        assertThat(names).allMatch(n -> n.endsWith(".xlsx") && !n.matches(".*[\\\\/:*?\"<>|].*"));
        String base = resubmitted.office() + "-" + resubmitted.year();
        // Two reports of one office and year: each book named after its file (here the same name, so with its folder).
        String file = resubmitted.file().substring(resubmitted.file().indexOf('/') + 1);
        assertThat(names).contains(base + "-reports-in_" + file + ".xlsx", base + "-resubmitted_" + file + ".xlsx");
        assertThat(offices).allMatch(Files::isRegularFile);
        assertThat(offices.get(0).getParent()).isEqualTo(tmp.resolve("offices"));
    }

    @Test
    void fileNamesAreSafeOnWindowsAndLinux() {
        assertThat(OfficeWorkbooks.safe("a/b\\c:d*e?f\"g<h>i|j\tk")).isEqualTo("a_b_c_d_e_f_g_h_i_j_k");
        assertThat(OfficeWorkbooks.safe(" 某县. ")).isEqualTo("某县");
        assertThat(OfficeWorkbooks.safe("CON")).isEqualTo("_CON");
        assertThat(OfficeWorkbooks.safe("...")).isEqualTo("报告");
        String longName = "很长的机关名称".repeat(40);
        assertThat(OfficeWorkbooks.safe(longName).getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(OfficeWorkbooks.MAX_BYTES);
        ReportResult a = new ReportResult("in/x.txt", "某县/政府", 2020, "2019", "checked", null, "text", List.of());
        ReportResult b = new ReportResult("in/y.txt", "某县:政府", 2020, "2019", "checked", null, "text", List.of());
        ReportResult noOffice = new ReportResult("in/sub/无名报告.docx", null, null, null, "checked", null, "docx", List.of());
        ReportResult skipped = ReportResult.skipped("in/notes.txt", "不是报告");
        Map<String, String> names = OfficeWorkbooks.names(List.of(a, b, noOffice, skipped));
        // The same name for two offices' books: each is named after its file too.
        assertThat(names.get(a.file())).isEqualTo("某县_政府-2020-x.txt.xlsx");
        assertThat(names.get(b.file())).isEqualTo("某县_政府-2020-y.txt.xlsx");
        assertThat(names.get(noOffice.file())).isEqualTo("无名报告.xlsx");
        assertThat(names).doesNotContainKey(skipped.file());
    }

    @Test
    void officeWorkbookHasCoverFindingsAndRules() throws Exception {
        ReportResult report = batch.reports().stream().filter(r -> r == reviewed).findFirst().orElseThrow();
        Path file = offices.stream().filter(p -> p.getFileName().toString()
                .equals(report.office() + "-" + report.year() + ".xlsx")).findFirst().orElseThrow();
        try (Workbook wb = open(file)) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("说明", "问题清单", "表格读取结果", "规则清单");

            Sheet cover = wb.getSheet("说明");
            Map<String, Row> byLabel = new HashMap<>();
            StringBuilder all = new StringBuilder();
            for (Row row : cover) {
                byLabel.putIfAbsent(text(row, 0), row);
                for (Cell c : row) {
                    all.append(FMT.formatCellValue(c)).append('\n');
                }
            }
            assertThat(text(byLabel.get("机关"), 1)).isEqualTo(report.office());
            assertThat(byLabel.get("年度").getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(byLabel.get("年度").getCell(1).getNumericCellValue()).isEqualTo((double) report.year());
            assertThat(text(byLabel.get("报告文件"), 1)).isEqualTo(report.file());
            assertThat(text(byLabel.get("检查时间"), 1)).isEqualTo("2025年3月31日 10:30（北京时间）");
            String fp = batch.rulesFingerprint();
            assertThat(fp).hasSizeGreaterThan(12);
            assertThat(byLabel).as("no rules fingerprint on the county's cover").doesNotContainKey("规则版本");
            assertThat(all.toString()).doesNotContain(fp.substring(0, 12));
            assertThat(text(byLabel.get("整改期限"), 1)).isEqualTo("按来函要求的期限报回");
            assertThat(byLabel).doesNotContainKey("发送单位");
            assertThat(byLabel.get("错误").getCell(1).getNumericCellValue()).isEqualTo(report.count("error"));
            assertThat(byLabel.get("警告").getCell(1).getNumericCellValue()).isEqualTo(report.count("warning"));
            assertThat(byLabel.get("提示").getCell(1).getNumericCellValue()).isEqualTo(report.count("info"));
            assertThat(all.toString()).contains("勾稽关系", "表二", "表三", "表四", "六个部分", "统计期间", "不确定", "正文");

            Sheet findings = wb.getSheet("问题清单");
            assertThat(rowTexts(findings, 0, COUNTY_HEADER.length + 1)).containsExactly(append(COUNTY_HEADER, ""));
            assertThat(columns(findings)).doesNotContainKeys("复核", "复核备注", "机关", "年度", "文件", "规则");
            assertThat(findings.getLastRowNum()).isEqualTo(report.findings().size());
            for (int i = 1; i <= findings.getLastRowNum(); i++) {
                Finding f = report.findings().get(i - 1);
                assertThat(text(findings.getRow(i), 9)).isEqualTo(FindingId.of(report, f));
                assertThat(text(findings.getRow(i), 2)).isEqualTo(f.message());
                assertThat(text(findings.getRow(i), 7)).as("整改情况 is the county's to fill").isEmpty();
                assertThat(findings.getRow(i).getCell(7).getCellStyle().getWrapText()).isTrue();
            }
            assertThat(findings.getCellComment(new org.apache.poi.ss.util.CellAddress(0, 7)).getString().getString())
                    .contains("整改情况");
            assertThat(findings.getPaneInformation().isFreezePane()).isTrue();
            assertThat(findings.getDataValidations()).as("no 复核 list in the county's copy").isEmpty();
            assertThat(wb.getSheet("规则清单").getLastRowNum()).isEqualTo(rules.size());
        }
    }

    /**
     * 表格读取结果 holds each report's tables as read, on the template's grid; every finding on a table links
     * from its 表 cell in 问题清单 to its place there: a cell under its row and column label, coloured by severity.
     */
    @Test
    void officeWorkbookShowsTheTablesAsReadAndLinksEachFindingToItsPlace() throws Exception {
        int cellLinks = 0;
        for (ReportResult report : batch.reports().stream().filter(r -> r.status().equals("checked")).toList()) {
            Path file = offices.stream().filter(p -> p.getFileName().toString().startsWith(report.office() + "-" + report.year()))
                    .findFirst().orElseThrow();
            try (Workbook wb = open(file)) {
                Sheet grid = wb.getSheet("表格读取结果");
                assertThat(grid).as(file.toString()).isNotNull();
                Map<String, Row> byLabel = new HashMap<>();
                for (Row row : grid) {
                    byLabel.putIfAbsent(text(row, 0), row);
                }
                // Every row of 表二 and 表三 is there under its template label, each cell as read.
                for (ReadTable table : report.reading().tables()) {
                    if (table.id().equals("T4")) {
                        continue;
                    }
                    for (ReadBlock block : table.blocks()) {
                        for (ReadRow readRow : block.rows()) {
                            Row row = byLabel.get(readRow.label());
                            assertThat(row).as(readRow.label()).isNotNull();
                            for (int c = 0; c < readRow.cells().size(); c++) {
                                ReadCell cell = readRow.cells().get(c);
                                Cell shown = row.getCell(c + 1);
                                if (cell.how() == HowRead.READ && cell.value() != null) {
                                    assertThat(shown.getNumericCellValue()).isEqualTo(cell.value().doubleValue());
                                } else {
                                    assertThat(FMT.formatCellValue(shown)).contains(cell.how() == HowRead.READ ? cell.raw() : cell.how().word());
                                }
                            }
                        }
                    }
                }
                Sheet findings = wb.getSheet("问题清单");
                for (int i = 1; i <= findings.getLastRowNum(); i++) {
                    Row f = findings.getRow(i);
                    Finding finding = report.findings().get(i - 1);
                    String table = finding.table();
                    String rowLabel = finding.row();
                    String column = finding.column();
                    Hyperlink link = f.getCell(1).getHyperlink();
                    if (table.isEmpty()) {
                        assertThat(link).isNull();
                        continue;
                    }
                    assertThat(link).as(file + " row " + i).isNotNull();
                    assertThat(link.getAddress()).startsWith("'表格读取结果'!");
                    CellReference target = new CellReference(link.getAddress().substring(link.getAddress().indexOf('!') + 1));
                    Row at = grid.getRow(target.getRow());
                    Cell targetCell = at.getCell(target.getCol());
                    GridPosition place = GridPosition.of(report.reading(), report.findings().get(i - 1));
                    if (place.isCell()) {
                        // A cell: its row's label and the label above it in its block's header are the finding's.
                        cellLinks++;
                        assertThat(text(at, 0)).isEqualTo(rowLabel);
                        int h = target.getRow() - 1;
                        while (grid.getRow(h).getCell(0).getCellStyle().getFillForegroundColorColor() == null
                                || !text(grid.getRow(h), 0).isEmpty()) {
                            h--;
                        }
                        assertThat(text(grid.getRow(h), target.getCol())).isEqualTo(column);
                        String fill = ((XSSFCellStyle) targetCell.getCellStyle()).getFillForegroundXSSFColor().getARGBHex();
                        assertThat(fill).isIn("FFFFC7CE", "FFFFE09E", "FFDDEBF7");
                        if (text(f, 0).equals("错误")) {
                            assertThat(fill).isEqualTo("FFFFC7CE");
                        }
                    } else if (place.column() >= 0) {
                        assertThat(FMT.formatCellValue(targetCell)).isEqualTo(column); // a whole column: its header
                    } else if (place.row() >= 0) {
                        assertThat(text(at, 0)).isEqualTo(rowLabel); // a whole row: its label
                    }
                }
            }
        }
        long onCells = batch.reports().stream().filter(r -> r.reading() != null)
                .flatMap(r -> r.findings().stream().filter(f -> {
                    GridPosition p = GridPosition.of(r.reading(), f);
                    return p != null && p.isCell();
                })).count();
        assertThat(cellLinks).isEqualTo(onCells).isPositive();
    }

    @Test
    void rulesWorkbookForRulesList() throws Exception {
        Path out = tmp.resolve("rules-only/rules.xlsx");
        new XlsxRenderer().writeRules(rules, out);
        try (Workbook wb = open(out)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(1);
            Sheet sheet = wb.getSheet("规则清单");
            assertThat(sheet.getLastRowNum()).isEqualTo(rules.size());
            assertThat(text(sheet.getRow(1), 0)).isEqualTo(rules.get(0).id());
            assertThat(text(sheet.getRow(1), 4)).isEqualTo(rules.get(0).description());
        }
        try (Stream<Path> left = Files.list(out.getParent())) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("rules.xlsx");
        }
    }
}
