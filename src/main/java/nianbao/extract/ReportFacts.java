package nianbao.extract;

import java.util.ArrayList;
import java.util.List;
import nianbao.facts.Cell;
import nianbao.facts.Deadline;
import nianbao.facts.ExpectedSection;
import nianbao.facts.FeeStatement;
import nianbao.facts.Label;
import nianbao.facts.PartsStatement;
import nianbao.facts.RateStatement;
import nianbao.facts.Report;
import nianbao.facts.ReportDate;
import nianbao.facts.Row;
import nianbao.facts.Section;
import nianbao.facts.Statement;
import nianbao.facts.TableFact;
import nianbao.facts.YearMention;

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
        // Each statement once (a sentence repeated word for word says nothing new), with the cells it names.
        for (Statement s : new java.util.LinkedHashSet<>(statements)) {
            all.add(s);
            all.addAll(s.namedCells());
        }
        all.addAll(prose == null ? List.of() : prose.all());
        return all;
    }
}
