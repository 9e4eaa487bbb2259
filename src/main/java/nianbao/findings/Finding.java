package nianbao.findings;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One problem found in one report, at one place. Ordered by section, table, row, column (in template
 * order), then rule and values, so two runs always list findings the same way.
 *
 * <p>{@code message} is the rendered text; {@code messageKey} names the sentence of rules/messages.json it was
 * made from and {@code messageArgs} holds its named arguments in the sentence's order, so the wording can be
 * changed (or translated) without the rules. Both are left out of the JSON for a finding not made from a
 * sentence (a rule that failed).
 */
@JsonPropertyOrder({"ruleId", "category", "severity", "section", "table", "row", "column", "message",
        "expected", "actual", "evidence", "certainty", "messageKey", "messageArgs"})
public record Finding(String ruleId, String category, String severity, String section, String table, String row,
                      String column, String message, String expected, String actual, String evidence, String certainty,
                      @JsonIgnore int rowOrder, @JsonIgnore int columnOrder,
                      @JsonInclude(JsonInclude.Include.NON_NULL) String messageKey,
                      @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> messageArgs)
        implements Comparable<Finding> {

    private static final String NUMERALS = "一二三四五六";
    private static final Comparator<String> NULLS_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());
    private static final Comparator<Finding> ORDER = Comparator
            .comparingInt((Finding f) -> NUMERALS.indexOf(f.section.isEmpty() ? "-" : f.section))
            .thenComparing(Finding::table)
            .thenComparingInt(Finding::rowOrder)
            .thenComparing(Finding::row)
            .thenComparingInt(Finding::columnOrder)
            .thenComparing(Finding::column)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::expected, NULLS_FIRST)
            .thenComparing(Finding::actual, NULLS_FIRST)
            .thenComparing(Finding::message)
            .thenComparing(Finding::evidence, NULLS_FIRST);

    public Finding {
        Objects.requireNonNull(ruleId);
        // A batch keeps every finding until it is written, and most of their words recur from report to report
        // (rule, place, sentence, values): each is kept once.
        ruleId = ruleId.intern();
        category = once(category);
        severity = once(severity);
        section = section == null ? "" : section.intern();
        table = table == null ? "" : table.intern();
        row = row == null ? "" : row.intern();
        column = column == null ? "" : column.intern();
        message = message == null ? "" : message.intern();
        expected = once(expected);
        actual = once(actual);
        evidence = once(evidence);
        certainty = once(certainty);
        messageKey = once(messageKey);
        if (messageArgs == null || messageArgs.isEmpty()) {
            messageArgs = Map.of();
        } else {
            Map<String, String> args = new LinkedHashMap<>();
            messageArgs.forEach((k, v) -> args.put(once(k), once(v)));
            messageArgs = Collections.unmodifiableMap(args);
        }
    }

    private static String once(String s) {
        return s == null ? null : s.intern();
    }

    /** A finding whose text is not made from a sentence of rules/messages.json. */
    public Finding(String ruleId, String category, String severity, String section, String table, String row,
                   String column, String message, String expected, String actual, String evidence, String certainty,
                   int rowOrder, int columnOrder) {
        this(ruleId, category, severity, section, table, row, column, message, expected, actual, evidence, certainty,
                rowOrder, columnOrder, null, Map.of());
    }

    @Override
    public int compareTo(Finding o) {
        return ORDER.compare(this, o);
    }

    /** Severity as a rank: errors first. */
    @JsonIgnore
    public int severityRank() {
        return switch (severity) {
            case "error" -> 0;
            case "warning" -> 1;
            default -> 2;
        };
    }
}
