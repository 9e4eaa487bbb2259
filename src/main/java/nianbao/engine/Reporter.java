package nianbao.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import nianbao.facts.Cell;
import nianbao.facts.Label;
import nianbao.facts.Row;
import nianbao.facts.Section;
import nianbao.facts.Statement;
import nianbao.facts.TableFact;
import nianbao.findings.Finding;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The one way a rule reports a finding. It reads the firing rule's own metadata (@id, @category,
 * @severity, @description), names the place in the template's words and writes the message, so a rule
 * author only says where and what was expected. Identical findings are kept once.
 * Synchronized because a session stopped on time-out may still be running its last action while the
 * findings are read.
 */
public final class Reporter {
    private static final Map<String, String> TABLE_NAMES = Map.of("T2", "表二", "T3", "表三", "T4", "表四");

    private final TreeSet<Finding> findings = new TreeSet<>();
    private final java.util.Map<String, TreeSet<Finding>> byFile = new java.util.TreeMap<>();
    private final RuleSettings settings;

    public Reporter() {
        this(RuleSettings.none());
    }

    public Reporter(RuleSettings settings) {
        this.settings = settings;
    }

    /** A finding at one cell; {@code basis} are the cells the check used (any uncertain one makes it uncertain). */
    public void cell(RuleContext ctx, Cell cell, Object expected, Object actual, Collection<?> basis) {
        add(ctx, cell.section(), cell.table(), cell.rowLabel(), cell.rowOrder(), cell.columnLabel(), cell.columnOrder(),
                expected, actual, evidenceOf(cell), uncertain(basis, cell));
    }

    public void cell(RuleContext ctx, Cell cell, Object expected, Object actual) {
        cell(ctx, cell, expected, actual, List.of());
    }

    /** A finding about a whole row (column left empty). */
    public void row(RuleContext ctx, Row row, Object expected, Object actual, String evidence) {
        add(ctx, row.section(), row.table(), row.rowLabel(), row.rowOrder(), "", -1, expected, actual, evidence,
                row.anyMissing());
    }

    /** A finding about a whole column of a table (row left empty), e.g. the 勾稽 balance of one column. */
    public void column(RuleContext ctx, Cell anyCell, Object expected, Object actual, Collection<?> basis) {
        add(ctx, anyCell.section(), anyCell.table(), "", -1, anyCell.columnLabel(), anyCell.columnOrder(),
                expected, actual, evidenceOfAll(basis), uncertain(basis, anyCell));
    }

    /** A finding about one group of table 四's columns (行政复议, 未经复议直接起诉, 复议后起诉). */
    public void group(RuleContext ctx, Cell anyCell, Object expected, Object actual, Collection<?> basis) {
        add(ctx, anyCell.section(), anyCell.table(), anyCell.rowLabel(), anyCell.rowOrder(), anyCell.columnGroup(),
                anyCell.columnOrder(), expected, actual, evidenceOfAll(basis), uncertain(basis, anyCell));
    }

    /** A label that differs from the template's own. */
    public void label(RuleContext ctx, Label label) {
        boolean row = label.kind().equals("row");
        String written = label.written().isEmpty() ? null : label.written();
        add(ctx, label.section(), label.table(), row ? label.canonical() : "", label.rowOrder(),
                row ? "" : label.canonical(), -1, label.canonical(), written, written, false);
    }

    /** A finding about a section, or about a section that is absent. */
    public void section(RuleContext ctx, String numeral, Object expected, Object actual, String evidence) {
        add(ctx, numeral, "", "", -1, "", -1, expected, actual, evidence, false);
    }

    public void section(RuleContext ctx, Section section, Object expected, Object actual) {
        add(ctx, section.numeral(), "", "", -1, "", -1, expected, actual, section.heading(), false);
    }

    /** A finding about a whole table. */
    public void table(RuleContext ctx, TableFact table, String section, Object expected, Object actual, String evidence) {
        add(ctx, section, table.id(), "", -1, "", -1, expected, actual, evidence, false);
    }

    /** A number stated in the prose that the table contradicts. */
    public void statement(RuleContext ctx, Statement s, Object expected, Object actual, Collection<?> basis) {
        String table = s.table() == null || s.table().isEmpty() ? "T3" : s.table();
        String row = s.rowLabel();
        String column = "总计";
        if (table.equals("T4")) {
            // 表四 has one data row: the statement names a column ("行政复议/总计").
            row = "";
            column = s.rowLabel();
        } else if (table.equals("T2")) {
            int slash = s.rowLabel().indexOf('/');
            row = slash < 0 ? s.rowLabel() : s.rowLabel().substring(0, slash);
            column = slash < 0 ? "" : s.rowLabel().substring(slash + 1);
        }
        add(ctx, s.section(), table, row, -1, column, 99, expected, actual, s.sentence(), uncertain(basis, null));
    }

    /** A finding about the report as a whole. */
    public void report(RuleContext ctx, Object expected, Object actual, String evidence) {
        add(ctx, "", "", "", -1, "", -1, expected, actual, evidence, false);
    }

    /**
     * A finding across years: it belongs to the later report ({@code now}), at the place of its cell, and
     * its evidence names what the earlier report said.
     */
    public synchronized void crossYear(RuleContext ctx, nianbao.facts.YearlyCell now, Object expected, Object actual, String evidence) {
        Cell c = now.cell();
        Finding f = add(ctx, c.section(), c.table(), c.rowLabel(), c.rowOrder(), c.columnLabel(), c.columnOrder(), expected,
                actual, evidence, c.uncertain() || c.missing());
        byFile.computeIfAbsent(now.file(), k -> new TreeSet<>()).add(f);
    }

    /** A copy of the findings so far, safe to read whatever happens to the session still writing to this one. */
    synchronized Reporter snapshot() {
        Reporter copy = new Reporter(settings);
        copy.findings.addAll(findings);
        byFile.forEach((file, set) -> copy.byFile.put(file, new TreeSet<>(set)));
        return copy;
    }

    /** Cross-year findings by the file of the report they belong to. */
    public synchronized java.util.Map<String, List<Finding>> findingsByFile() {
        java.util.Map<String, List<Finding>> out = new java.util.TreeMap<>();
        byFile.forEach((file, set) -> out.put(file, new ArrayList<>(set)));
        return out;
    }

    /** The findings so far, in their total order. */
    public synchronized List<Finding> findings() {
        return new ArrayList<>(findings);
    }

    /** Builds the finding, keeps it (once) and returns it. */
    private synchronized Finding add(RuleContext ctx, String section, String table, String row, int rowOrder, String column,
                        int columnOrder, Object expected, Object actual, String evidence, boolean uncertain) {
        RuleMeta meta = RuleMeta.of(ctx.getRule());
        String id = meta.idOrName();
        String tableName = TABLE_NAMES.getOrDefault(table, table == null ? "" : table);
        String e = text(expected);
        String a = text(actual);
        String message = place(section, tableName, row, column) + "：" + (meta.description() == null ? id : meta.description())
                + expectation(e, a);
        Finding finding = new Finding(id, meta.category() == null ? "" : meta.category(),
                settings.severity(id, meta.severity() == null ? "warning" : meta.severity()),
                section == null ? "" : section, tableName, row, column, message, e, a,
                evidence == null ? "" : shorten(evidence), uncertain ? "uncertain" : "certain", rowOrder, columnOrder);
        findings.add(finding);
        return finding;
    }

    private static String place(String section, String table, String row, String column) {
        StringBuilder b = new StringBuilder();
        if (!table.isEmpty()) {
            b.append(table);
        } else if (section != null && !section.isEmpty()) {
            b.append("第").append(section).append("部分");
        } else {
            b.append("报告");
        }
        if (!row.isEmpty()) {
            b.append("“").append(row).append("”行");
        }
        if (!column.isEmpty()) {
            b.append("“").append(column).append("”").append(column.contains("/") || row.isEmpty() ? "栏" : "列");
        }
        return b.toString();
    }

    private static String expectation(String expected, String actual) {
        if (expected == null && actual == null) {
            return "。";
        }
        if (actual == null) {
            return "（应为“" + expected + "”，报告中没有）。";
        }
        if (expected == null) {
            return "（报告中为“" + actual + "”）。";
        }
        return "（应为“" + expected + "”，报告中为“" + actual + "”）。";
    }

    static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
            BigDecimal d = new BigDecimal(value.toString()).stripTrailingZeros();
            return d.scale() <= 0 ? d.toBigInteger().toString() : d.toPlainString();
        }
        return value.toString();
    }

    private static boolean uncertain(Collection<?> basis, Cell cell) {
        if (cell != null && (cell.uncertain() || cell.missing())) {
            return true;
        }
        if (basis != null) {
            for (Object o : basis) {
                if (o instanceof Cell c && (c.uncertain() || c.missing())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String evidenceOf(Cell cell) {
        return cell.raw() == null ? "（该格未能识别）" : cell.rowLabel() + " / " + cell.columnLabel() + "：" + (cell.raw().isEmpty() ? "（空白）" : cell.raw());
    }

    private static String evidenceOfAll(Collection<?> basis) {
        if (basis == null || basis.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        List<Object> ordered = new ArrayList<>(basis);
        ordered.sort(java.util.Comparator.comparingInt((Object o) -> o instanceof Cell c ? c.rowOrder() : 0)
                .thenComparingInt(o -> o instanceof Cell c ? c.columnOrder() : 0));
        for (Object o : ordered) {
            if (o instanceof Cell c) {
                String v = c.raw() == null ? "?" : c.raw().isEmpty() ? "空" : c.raw();
                parts.add((c.rowLabel().isEmpty() ? c.columnLabel() : shortLabel(c.rowLabel())) + "=" + v);
            }
        }
        return String.join("，", parts);
    }

    private static String shortLabel(String label) {
        int cut = label.indexOf('（', 2);
        return cut > 0 ? label.substring(0, cut) : label;
    }

    private static String shorten(String s) {
        String t = s.strip();
        return t.length() > 300 ? t.substring(0, 300) + "…" : t;
    }
}
