package nianbao.reading;

import java.util.ArrayList;
import java.util.List;
import nianbao.document.Document;
import nianbao.facts.ReportFacts;
import nianbao.facts.Cell;
import nianbao.facts.ExpectedSection;
import nianbao.facts.Report;
import nianbao.facts.Section;
import nianbao.facts.TableFact;
import nianbao.findings.ReadSection;
import nianbao.findings.ReadTable;
import nianbao.findings.Reading;
import nianbao.template.Template;
import nianbao.template.Templates;

/** Turns the facts of one report into a {@link Reading}: plain values that the renderers can lay out. */
public final class Readings {
    private final Templates templates;

    public Readings(Templates templates) {
        this.templates = templates;
    }

    /** What was read; {@code doc} only supplies the table text in which the version's fingerprints are sought. */
    public Reading of(ReportFacts facts, Document doc) {
        Report r = facts.report();
        Template main = templateOr(r.template(), templates.forYear(r.year()));
        List<ReadTable> tables = new ArrayList<>();
        for (TableFact t : facts.tables()) {
            List<Cell> cells = facts.cells().stream().filter(c -> c.table().equals(t.id())).toList();
            switch (t.id()) {
                case "T2" -> tables.add(Grids.tableTwo(t, templateOr(r.tableTwoTemplate(), main), cells));
                case "T3" -> tables.add(Grids.tableThree(t, templateOr(r.tableThreeTemplate(), main), cells));
                case "T4" -> tables.add(Grids.tableFour(t, main, cells));
                default -> {
                }
            }
        }
        return new Reading(Evidence.office(r), Evidence.year(r), Evidence.bodyKind(facts),
                Evidence.template(r, main, templates, doc), sections(facts), tables, doc.notes());
    }

    /** The template's sections in order, each with the heading it was found under (or none). */
    private static List<ReadSection> sections(ReportFacts facts) {
        List<ReadSection> out = new ArrayList<>();
        for (ExpectedSection e : facts.expectedSections()) {
            Section s = facts.sections().stream().filter(x -> x.numeral().equals(e.numeral())).findFirst().orElse(null);
            out.add(s == null ? new ReadSection(e.numeral(), e.title(), "", "", "absent", 0)
                    : new ReadSection(e.numeral(), e.title(), s.heading(), s.writtenNumeral(), s.titleMatch(), s.order()));
        }
        return out;
    }

    /** The template of a version, as the extraction chose it (the version's own, else the fallback). */
    private Template templateOr(String version, Template fallback) {
        Template t = version == null ? null : templates.get(version);
        return t == null ? fallback : t;
    }
}
