package nianbao.facts;

import java.util.ArrayList;
import java.util.List;

/** Everything extraction learned about one report: the facts handed to the rules. */
public record ReportFacts(Report report, List<ExpectedSection> expectedSections, List<Section> sections,
                          List<TableFact> tables, List<Cell> cells, List<Row> rows, List<Label> labels, List<Statement> statements,
                          Prose prose) {

    /** What the prose says beyond the table counts: parts and wholes, rates, years, dates, the fee statement. */
    public record Prose(List<PartsStatement> parts, List<RateStatement> rates, List<YearMention> years,
                        List<ReportDate> dates, List<Deadline> deadlines, List<FeeStatement> fees) {
        public static final Prose NONE = new Prose(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

        List<Object> all() {
            List<Object> all = new ArrayList<>();
            all.addAll(parts);
            all.addAll(rates);
            all.addAll(years);
            all.addAll(dates);
            all.addAll(deadlines);
            all.addAll(fees);
            return all;
        }
    }

    public List<Object> all() {
        List<Object> all = new ArrayList<>();
        all.add(report);
        all.addAll(expectedSections);
        all.addAll(sections);
        all.addAll(tables);
        all.addAll(cells);
        all.addAll(rows);
        all.addAll(labels);
        all.addAll(statements);
        all.addAll(prose == null ? List.of() : prose.all());
        return all;
    }
}
