package nianbao.extract;

import java.util.ArrayList;
import java.util.List;
import nianbao.facts.Cell;
import nianbao.facts.ExpectedSection;
import nianbao.facts.Label;
import nianbao.facts.Report;
import nianbao.facts.Row;
import nianbao.facts.Section;
import nianbao.facts.Statement;
import nianbao.facts.TableFact;

/** Everything extraction learned about one report: the facts handed to the rules. */
public record ReportFacts(Report report, List<ExpectedSection> expectedSections, List<Section> sections,
                          List<TableFact> tables, List<Cell> cells, List<Row> rows, List<Label> labels, List<Statement> statements) {

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
        return all;
    }
}
