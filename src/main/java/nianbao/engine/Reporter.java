package nianbao.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import nianbao.facts.Place;
import nianbao.findings.Finding;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The one way a rule reports a finding: {@link #at(RuleContext, Place, Object, Object)}. It reads the firing
 * rule's own metadata (@id, @category, @severity, @description), names the place in the template's words and
 * writes the message from the sentences of rules/messages.json, so a rule author only says where and what was
 * expected. Identical findings are kept once.
 * Synchronized because a session stopped on time-out may still be running its last action while the
 * findings are read.
 *
 * <p>The older methods, one per kind of fact (cell, row, column, group, label, section, table, statement,
 * report, crossYear), are thin adapters over {@code at} for rule files not yet converted.
 */
public final class Reporter {
    private static final Map<String, String> TABLE_NAMES = Map.of("T2", "表二", "T3", "表三", "T4", "表四");

    private final TreeSet<Finding> findings = new TreeSet<>();
    private final java.util.Map<String, TreeSet<Finding>> byFile = new java.util.TreeMap<>();
    private final RuleSettings settings;
    private final Messages messages;

    public Reporter() {
        this(RuleSettings.none());
    }

    public Reporter(RuleSettings settings) {
        this(settings, Messages.defaults());
    }

    public Reporter(RuleSettings settings, Messages messages) {
        this.settings = settings;
        this.messages = messages;
    }

    /**
     * A finding at {@code place}: what it should hold ({@code expected}) and what the report holds
     * ({@code actual}), either null when there is nothing to say. A place of another report's
     * ({@link Place#inFile}) files the finding under that report too.
     */
    public synchronized void at(RuleContext ctx, Place place, Object expected, Object actual) {
        Finding f = add(ctx, place, expected, actual);
        if (place.file() != null) {
            byFile.computeIfAbsent(place.file(), k -> new TreeSet<>()).add(f);
        }
    }

    /**
     * A finding at {@code place} worded by sentence {@code sentence} of rules/messages.json, with more named
     * arguments ({@code names[i]} = {@code values[i]}) beside {位置} and {说明} (and {应为}, {报告中为} when given).
     */
    public synchronized void say(RuleContext ctx, Place place, String sentence, Object expected, Object actual,
                                 String[] names, Object[] values) {
        Map<String, String> more = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            more.put(names[i], text(values[i]));
        }
        Finding f = add(ctx, place, expected, actual, sentence, more);
        if (place.file() != null) {
            byFile.computeIfAbsent(place.file(), k -> new TreeSet<>()).add(f);
        }
    }

    /** A finding at {@code place} with neither an expected nor an actual value. */
    public void at(RuleContext ctx, Place place) {
        at(ctx, place, null, null);
    }

    /** A copy of the findings so far, safe to read whatever happens to the session still writing to this one. */
    synchronized Reporter snapshot() {
        Reporter copy = new Reporter(settings, messages);
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
    private synchronized Finding add(RuleContext ctx, Place place, Object expected, Object actual) {
        return add(ctx, place, expected, actual, null, Map.of());
    }

    private synchronized Finding add(RuleContext ctx, Place place, Object expected, Object actual, String sentence,
                                     Map<String, String> more) {
        RuleMeta meta = RuleMeta.of(ctx.getRule());
        String id = meta.idOrName();
        String tableName = TABLE_NAMES.getOrDefault(place.table(), place.table());
        String e = text(expected);
        String a = text(actual);
        String key = sentence != null ? sentence
                : e == null && a == null ? Messages.PLAIN
                : a == null ? Messages.WITH_EXPECTED
                : e == null ? Messages.WITH_ACTUAL
                : Messages.WITH_BOTH;
        Map<String, String> args = new LinkedHashMap<>();
        args.put(Messages.ARG_PLACE, placeText(place.section(), tableName, place.row(), place.column()));
        args.put(Messages.ARG_DESCRIPTION, meta.description() == null ? id : meta.description());
        if (e != null) {
            args.put(Messages.ARG_EXPECTED, e);
        }
        if (a != null) {
            args.put(Messages.ARG_ACTUAL, a);
        }
        args.putAll(more);
        String message = messages.format(key, args);
        String evidence = place.evidence();
        Finding finding = new Finding(id, meta.category() == null ? "" : meta.category(),
                settings.severity(id, meta.severity() == null ? "warning" : meta.severity()),
                place.section(), tableName, place.row(), place.column(), message, e, a,
                evidence == null ? "" : shorten(evidence), place.uncertain() ? "uncertain" : "certain",
                place.rowOrder(), place.columnOrder(), key, args);
        findings.add(finding);
        return finding;
    }

    /** The place in words: "表三“（七）总计”行“自然人”列", "第六部分", "报告". */
    private String placeText(String section, String table, String row, String column) {
        StringBuilder b = new StringBuilder();
        if (!table.isEmpty()) {
            b.append(messages.format(Messages.PLACE_TABLE, Map.of(Messages.ARG_TABLE, table)));
        } else if (!section.isEmpty()) {
            b.append(messages.format(Messages.PLACE_SECTION, Map.of(Messages.ARG_SECTION, section)));
        } else {
            b.append(messages.format(Messages.PLACE_REPORT, Map.of()));
        }
        if (!row.isEmpty()) {
            b.append(messages.format(Messages.PLACE_ROW, Map.of(Messages.ARG_ROW, row)));
        }
        if (!column.isEmpty()) {
            b.append(messages.format(column.contains("/") || row.isEmpty() ? Messages.PLACE_COLUMN_OF_TABLE
                    : Messages.PLACE_COLUMN, Map.of(Messages.ARG_COLUMN, column)));
        }
        return b.toString();
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

    private static String shorten(String s) {
        String t = s.strip();
        return t.length() > 300 ? t.substring(0, 300) + "…" : t;
    }
}
