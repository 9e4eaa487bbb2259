package nianbao.findings;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in one report, at one place. Ordered by section, table, row, column (in template
 * order), then rule and values, so two runs always list findings the same way.
 */
@JsonPropertyOrder({"ruleId", "category", "severity", "section", "table", "row", "column", "message",
        "expected", "actual", "evidence", "certainty"})
public record Finding(String ruleId, String category, String severity, String section, String table, String row,
                      String column, String message, String expected, String actual, String evidence, String certainty,
                      @JsonIgnore int rowOrder, @JsonIgnore int columnOrder) implements Comparable<Finding> {

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
        section = section == null ? "" : section;
        table = table == null ? "" : table;
        row = row == null ? "" : row;
        column = column == null ? "" : column;
        message = message == null ? "" : message;
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
