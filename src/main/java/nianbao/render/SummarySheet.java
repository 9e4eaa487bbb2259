package nianbao.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nianbao.findings.BatchResult;
import nianbao.findings.Finding;
import nianbao.findings.ReportResult;
import nianbao.findings.RuleInfo;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.AxisTickMark;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;

/**
 * 概览, the first sheet: a heading with the batch totals; one row per report, worst first, whose 机关 links
 * to the report's first row in 问题清单; below it, the rules that found problems across the batch, most
 * problems first, with a bar chart of the ten most frequent beside them (what to address in the next
 * training). Streamed like the other sheets (one row per report: a batch of 50,000 would not fit in memory as
 * an XSSF sheet); the chart is drawn on the streamed sheet's XSSF part, from the counts themselves.
 */
final class SummarySheet {
    static final String NAME = "概览";
    static final String[] HEADER = {"机关", "年度", "格式版本", "状态", "错误", "警告", "提示", "主要问题", "文件", "读取方式"};
    static final String[] RULE_HEADER = {"规则", "说明", "", "", "", "涉及报告数", "问题数"};
    /** Rows 1–3 carry the title and totals, row 4 is empty; the report table's header is on row 5. */
    static final int HEADER_ROW = 4;
    static final int TOP_RULES = 10;
    /** Up to this many reports, 概览 prints on one page; a bigger batch prints one page wide, as long as needed. */
    static final int ONE_PAGE = 20;
    private static final int[] WIDTH = {24, 8, 10, 10, 8, 8, 8, 80, 30, 10};
    private static final int DESCRIPTION_WIDTH = 8 + 10 + 10 + 8; // 说明 spans columns B–E
    private static final int CHART_FIRST_COL = 7;
    private static final int CHART_LAST_COL = 10;
    /** The longest rule description (characters) on the chart's axis. */
    static final int CHART_LABEL = 20;
    /** A hidden column holding the chart's axis labels, so that a program redrawing the chart from the cells shows them. */
    static final int LABEL_COL = 11;
    private static final byte[][] BAR = {{(byte) 0xE0, 0x66, 0x66}, {(byte) 0xF6, (byte) 0xB2, 0x6B},
        {0x6F, (byte) 0xA8, (byte) 0xDC}};

    /** The problems of one rule across the batch. */
    record RuleCount(String id, String description, int reports, int findings, int severityRank) {
    }

    private final Styles styles;

    SummarySheet(Styles styles) {
        this.styles = styles;
    }

    /**
     * The order a supervisor works through a batch: first the reports with problems, worst first (most
     * errors, then warnings, then hints, then file name), because they need a letter back; then the files
     * that could not be read, which need a new submission but say nothing about their content (putting them
     * first would bury the reports that do have problems, putting them last would hide that they were never
     * checked); then the reports without problems, and last the skipped files (usually not reports at all).
     */
    static List<ReportResult> worstFirst(List<ReportResult> reports) {
        // Sorted by keys read in one pass, and given back as a view: a batch on disk is never all in memory, and
        // each report is read once for the keys however many comparisons the sort makes.
        List<WorstKey> keys = new java.util.ArrayList<>(reports.size());
        for (int i = 0; i < reports.size(); i++) {
            ReportResult r = reports.get(i);
            keys.add(new WorstKey(i, group(r), r.count("error"), r.count("warning"), r.count("info"), r.file()));
        }
        keys.sort(Comparator.comparingInt(WorstKey::group)
                .thenComparingLong(k -> -k.errors())
                .thenComparingLong(k -> -k.warnings())
                .thenComparingLong(k -> -k.infos())
                .thenComparing(WorstKey::file));
        int[] order = keys.stream().mapToInt(WorstKey::index).toArray();
        return new java.util.AbstractList<>() {
            @Override
            public ReportResult get(int k) {
                return reports.get(order[k]);
            }

            @Override
            public int size() {
                return order.length;
            }
        };
    }

    private record WorstKey(int index, int group, long errors, long warnings, long infos, String file) {
    }

    private static int group(ReportResult r) {
        return switch (r.status()) {
            case "checked" -> r.forwardedFindings().isEmpty() ? 2 : 0;
            case "unreadable" -> 1;
            default -> 3;
        };
    }

    /** The three most serious findings, in words: severity first, then the findings' own order. */
    static String mainProblems(ReportResult r) {
        switch (r.status()) {
            case "unreadable":
                return "无法读取：" + nullToEmpty(r.error());
            case "skipped":
                return "已跳过：" + nullToEmpty(r.error());
            default:
                break;
        }
        List<Finding> counted = r.forwardedFindings(); // a finding dismissed as 误报 is no problem of the report
        if (counted.isEmpty()) {
            return "未发现问题";
        }
        List<Finding> worst = counted.stream().sorted(Comparator.comparingInt(Finding::severityRank)).limit(3)
                .toList();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < worst.size(); i++) {
            Finding f = worst.get(i);
            sb.append(i == 0 ? "" : "\n").append(i + 1).append(". ").append(Words.severity(f.severity())).append("：")
                    .append(f.message());
        }
        int more = counted.size() - worst.size();
        if (more > 0) {
            sb.append("\n（另有 ").append(more).append(" 个问题，见问题清单）");
        }
        return sb.toString();
    }

    /** Per rule: how many reports and findings, most findings first; only rules that found something. */
    static List<RuleCount> ruleCounts(BatchResult batch) {
        Map<String, String> descriptions = descriptions(batch.rules());
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (ReportResult r : batch.reports()) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (Finding f : r.forwardedFindings()) {
                int[] c = counts.computeIfAbsent(f.ruleId(), k -> new int[] {0, 0, 3});
                c[1]++;
                if (seen.add(f.ruleId())) {
                    c[0]++;
                }
                c[2] = Math.min(c[2], Words.severityRank(f.severity()));
            }
        }
        List<RuleCount> out = new ArrayList<>();
        counts.forEach((id, c) -> out.add(new RuleCount(id, descriptions.getOrDefault(id, ""), c[0], c[1], c[2])));
        out.sort(Comparator.comparingInt((RuleCount c) -> -c.findings()).thenComparingInt(c -> -c.reports())
                .thenComparingInt(RuleCount::severityRank).thenComparing(RuleCount::id));
        return out;
    }

    static Map<String, String> descriptions(List<RuleInfo> rules) {
        Map<String, String> d = new java.util.HashMap<>();
        rules.forEach(r -> d.put(r.id(), r.description() == null ? "" : r.description()));
        return d;
    }

    void write(Sheet sheet, XSSFSheet drawingSheet, BatchResult batch, List<ReportResult> order, Map<String, Integer> findingRows,
               Map<String, Integer> unreadableRows, String checkedAt) {
        sheet.setDisplayGridlines(false); // the tables have their own borders; reads like a report
        heading(sheet, batch, checkedAt);
        int[] widths = WIDTH.clone();
        for (ReportResult r : order) {
            widths[0] = Math.max(widths[0], Math.min(30, Words.width(office(r)) + 2));
            widths[8] = Math.max(widths[8], Math.min(40, Words.width(r.file()) + 2));
        }
        Cells.header(sheet, HEADER_ROW, HEADER, widths, styles);
        int rowIndex = HEADER_ROW + 1;
        for (ReportResult r : order) {
            Row row = sheet.createRow(rowIndex++);
            reportRow(row, r, findingRows.get(r.file()), unreadableRows.get(r.file()));
            int lines = Math.max(Words.lines(mainProblems(r), widths[7]),
                    Math.max(Words.lines(office(r), widths[0]), Words.lines(r.file(), widths[8])));
            row.setHeightInPoints(Words.height(lines));
        }
        sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, Math.max(HEADER_ROW + 1, rowIndex - 1), 0,
                HEADER.length - 1));
        rules(sheet, drawingSheet, ruleCounts(batch), rowIndex + 1, batch.rules().size());
        FindingsSheet.landscape(sheet);
        if (order.size() <= ONE_PAGE) {
            // A town's or a city's batch: the whole overview, chart included, on one printed page.
            sheet.getPrintSetup().setFitHeight((short) 1);
        }
    }

    private void heading(Sheet sheet, BatchResult batch, String checkedAt) {
        // One pass: a batch on disk reads every report back for each pass over it.
        long checked = 0;
        long unreadable = 0;
        long errors = 0;
        long warnings = 0;
        long infos = 0;
        long dismissed = 0;
        for (ReportResult r : batch.reports()) {
            checked += r.status().equals("checked") ? 1 : 0;
            unreadable += r.status().equals("unreadable") ? 1 : 0;
            errors += r.count("error");
            warnings += r.count("warning");
            infos += r.count("info");
            dismissed += r.dismissedFindings().size();
        }
        long skipped = batch.reports().size() - checked - unreadable;
        Cells.str(sheet.createRow(0), 0, "政府信息公开工作年度报告检查结果", styles.title).getRow()
                .setHeightInPoints(24);
        Cells.str(sheet.createRow(1), 0, String.format("共 %d 个文件：已检查 %d 个，无法读取 %d 个，已跳过 %d 个。"
                + "发现问题 %d 个：错误 %d 个，警告 %d 个，提示 %d 个。", batch.reports().size(), checked, unreadable, skipped,
                errors + warnings + infos, errors, warnings, infos) + (dismissed == 0 ? ""
                : String.format("另有复核为误报的 %d 个问题已排除，不计入（见“已排除的误报”）。", dismissed)), styles.subtitle);
        String fp = batch.rulesFingerprint() == null ? "" : batch.rulesFingerprint();
        String line = "检查时间：" + checkedAt + "；规则版本：" + (fp.length() > 12 ? fp.substring(0, 12) : fp)
                + "。点击机关名称可转到该报告在“问题清单”中的第一条问题。";
        if (!batch.rulesOff().isEmpty()) {
            line += "已关闭、未作检查的规则：" + String.join("、", batch.rulesOff()) + "。";
        }
        line += duplicates(batch.reports());
        Cells.str(sheet.createRow(2), 0, line, styles.subtitle);
    }

    /** The offices that sent one year's report more than once, with the files: "同一机关同一年度有多份报告：…。" or "". */
    static String duplicates(List<ReportResult> reports) {
        Map<String, List<String>> files = new java.util.TreeMap<>();
        for (ReportResult r : reports) {
            if (r.status().equals("checked") && r.office() != null && !r.office().isBlank() && r.year() != null) {
                files.computeIfAbsent(r.office() + r.year() + "年", k -> new java.util.ArrayList<>()).add(r.file());
            }
        }
        List<String> groups = new java.util.ArrayList<>();
        files.forEach((who, fs) -> {
            if (fs.size() > 1) {
                // A batch of resubmissions can hold hundreds of copies of one office: a few files named, the rest counted.
                int named = Math.min(3, fs.size());
                groups.add(who + " " + fs.size() + " 份（" + String.join("、", fs.subList(0, named))
                        + (fs.size() > named ? " 等" : "") + "）");
            }
        });
        if (groups.isEmpty()) {
            return "";
        }
        int shown = Math.min(5, groups.size());
        return "同一机关同一年度有多份报告：" + String.join("；", groups.subList(0, shown))
                + (groups.size() > shown ? "，等 " + groups.size() + " 组" : "") + "（见规则 BATCH-DUPLICATE）。";
    }

    private void reportRow(Row row, ReportResult r, Integer findingRow, Integer unreadableRow) {
        boolean checked = r.status().equals("checked");
        var office = Cells.str(row, 0, office(r), styles.text);
        String target = findingRow != null ? ref(FindingsSheet.NAME, findingRow)
                : unreadableRow != null ? ref(ListSheets.UNREADABLE, unreadableRow) : null;
        if (target != null) {
            Hyperlink link = row.getSheet().getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
            link.setAddress(target);
            office.setHyperlink(link);
            office.setCellStyle(styles.link);
        }
        Cells.num(row, 1, r.year(), styles.number);
        Cells.str(row, 2, r.template() == null ? "" : r.template() + " 年版", styles.text);
        Cells.str(row, 3, Words.status(r.status()),
                r.status().equals("unreadable") ? styles.severityText[0] : styles.text);
        String[] severities = {"error", "warning", "info"};
        for (int i = 0; i < 3; i++) {
            if (checked) {
                long n = r.count(severities[i]);
                Cells.num(row, 4 + i, n, n > 0 ? styles.severityNumber[i] : styles.number);
            } else {
                Cells.str(row, 4 + i, "", styles.text);
            }
        }
        Cells.str(row, 7, mainProblems(r), styles.wrap);
        Cells.str(row, 8, r.file(), styles.wrap);
        Cells.str(row, 9, Words.reader(r.reader()), styles.text);
    }

    static String office(ReportResult r) {
        return r.office() != null && !r.office().isEmpty() ? r.office() : "（未识别机关）";
    }

    /** An internal link to column A of a 0-based row of a sheet. */
    static String ref(String sheet, int row) {
        return "'" + sheet + "'!A" + (row + 1);
    }

    private void rules(Sheet sheet, XSSFSheet drawingSheet, List<RuleCount> counts, int top, int ruleTotal) {
        Cells.str(sheet.createRow(top), 0, "各规则发现的问题（按问题数从多到少）", styles.blockTitle).getRow()
                .setHeightInPoints(20);
        int headerRow = top + 1;
        Row header = sheet.createRow(headerRow);
        for (int i = 0; i < RULE_HEADER.length; i++) {
            Cells.str(header, i, RULE_HEADER[i], styles.header);
        }
        header.setHeightInPoints(34);
        sheet.addMergedRegion(new CellRangeAddress(headerRow, headerRow, 1, 4));
        int r = headerRow + 1;
        for (RuleCount c : counts) {
            Row row = sheet.createRow(r);
            Cells.str(row, 0, c.id(), c.severityRank() < 3 ? styles.severityLabel[c.severityRank()] : styles.text);
            Cells.str(row, 1, c.description(), styles.wrap);
            for (int i = 2; i <= 4; i++) {
                Cells.str(row, i, "", styles.wrap);
            }
            sheet.addMergedRegion(new CellRangeAddress(r, r, 1, 4));
            Cells.num(row, 5, c.reports(), styles.number);
            Cells.num(row, 6, c.findings(), styles.number);
            if (r - headerRow <= TOP_RULES) {
                Cells.str(row, LABEL_COL, chartLabel(c), styles.text);
            }
            // Merged cells do not grow with their text: give the row the height its description needs.
            row.setHeightInPoints(Words.height(Words.lines(c.description(), DESCRIPTION_WIDTH)));
            r++;
        }
        int quiet = Math.max(0, ruleTotal - counts.size());
        String note = counts.isEmpty() ? "本批报告没有发现问题。"
                : quiet > 0 ? "其余 " + quiet + " 条规则在本批报告中没有发现问题；每条规则的含义见“规则清单”。"
                : "每条规则的含义见“规则清单”。";
        Cells.str(sheet.createRow(r), 0, note, styles.subtitle);
        sheet.setColumnHidden(LABEL_COL, true);
        if (!counts.isEmpty()) {
            int bottom = Math.max(r, top + 18);
            // The frame's height, which POI reckons from the rows of an XSSF sheet; these rows are streamed.
            double points = 0;
            for (int i = top; i < bottom; i++) {
                Row row = sheet.getRow(i);
                points += row != null ? row.getHeightInPoints() : sheet.getDefaultRowHeightInPoints();
            }
            chart(drawingSheet, counts, headerRow + 1, top, bottom, Math.round(points * 12700));
        }
    }

    /** A rule on the chart's axis: what it checks, short enough for an axis (its id only if it has no description). */
    static String chartLabel(RuleCount c) {
        String d = Words.shortDescription(c.description(), CHART_LABEL);
        return d.isEmpty() ? c.id() : d;
    }

    /** A horizontal bar chart of the ten rules with most findings, most at the top, bars in severity colours. */
    private static void chart(XSSFSheet sheet, List<RuleCount> counts, int firstDataRow, int top, int bottom,
                              long heightEmu) {
        int n = Math.min(TOP_RULES, counts.size());
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, CHART_FIRST_COL, top, CHART_LAST_COL, bottom);
        XSSFChart chart = drawing.createChart(anchor);
        chart.getGraphicFrame().getCTGraphicalObjectFrame().getXfrm().getExt().setCy(heightEmu);
        chart.setTitleText(counts.size() > TOP_RULES ? "问题最多的 10 条规则（问题数）" : "各规则发现的问题数");
        chart.setTitleOverlay(false);
        chart.setAutoTitleDeleted(false);

        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.LEFT);
        categories.setOrientation(AxisOrientation.MAX_MIN); // the rule with most problems on top
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.BOTTOM);
        values.setCrosses(AxisCrosses.MAX); // with the categories reversed, keeps the value axis at the bottom
        values.setMinimum(0);
        int max = counts.get(0).findings();
        values.setMajorUnit(Math.max(1, (int) Math.ceil(max / 6.0)));
        values.setNumberFormat("0");
        values.setCrossBetween(AxisCrossBetween.BETWEEN); // whole bars at both ends, as Excel draws its own
        categories.setMajorTickMark(AxisTickMark.NONE);
        values.setMajorTickMark(AxisTickMark.OUT);
        values.getOrAddMajorGridProperties();
        categories.getOrAddTextProperties().setFontSize(9.0);
        values.getOrAddTextProperties().setFontSize(9.0);

        // The rows are streamed, so the series are given their values here, with the cells they stand in.
        String[] idValues = new String[n];
        Double[] foundValues = new Double[n];
        for (int i = 0; i < n; i++) {
            // The chart speaks of what was checked, not of rule ids: the description, short enough for an axis.
            idValues[i] = chartLabel(counts.get(i));
            foundValues[i] = (double) counts.get(i).findings();
        }
        XDDFDataSource<String> ids = XDDFDataSourcesFactory.fromArray(idValues,
                new CellRangeAddress(firstDataRow, firstDataRow + n - 1, LABEL_COL, LABEL_COL).formatAsString(sheet.getSheetName(), true));
        XDDFNumericalDataSource<Double> found = XDDFDataSourcesFactory.fromArray(foundValues,
                new CellRangeAddress(firstDataRow, firstDataRow + n - 1, 6, 6).formatAsString(sheet.getSheetName(), true));
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
        data.setBarDirection(BarDirection.BAR);
        data.setVaryColors(false);
        data.setGapWidth(60);
        XDDFChartData.Series series = data.addSeries(ids, found);
        series.setTitle("问题数", null);
        series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(BAR[1])));
        chart.plot(data);
        for (int i = 0; i < n; i++) {
            int rank = Math.min(2, counts.get(i).severityRank());
            XDDFShapeProperties fill = new XDDFShapeProperties();
            fill.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(BAR[rank])));
            series.getDataPoint(i).setShapeProperties(fill);
        }
        CTDLbls labels = chart.getCTChart().getPlotArea().getBarChartArray(0).getSerArray(0).addNewDLbls();
        labels.addNewShowLegendKey().setVal(false);
        labels.addNewShowVal().setVal(true);
        labels.addNewShowCatName().setVal(false);
        labels.addNewShowSerName().setVal(false);
        labels.addNewShowPercent().setVal(false);
        labels.addNewShowBubbleSize().setVal(false);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
