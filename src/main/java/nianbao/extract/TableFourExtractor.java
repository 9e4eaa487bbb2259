package nianbao.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nianbao.document.Texts;
import nianbao.facts.Cell;
import nianbao.facts.Label;
import nianbao.facts.TableFact;
import nianbao.template.LabelMatcher;
import nianbao.template.Template;

/**
 * Places table 四's single data row on its fifteen columns. Blank cells vanish when some exports flatten
 * the table, and then the remaining numbers cannot be aligned (template-spec §6.2.10): fewer than
 * fifteen positions make the table "unalignable" instead of a guess.
 */
final class TableFourExtractor {
    private static final String T = "T4";

    private TableFourExtractor() {
    }

    static TableResult extract(List<Segment> segments, Template template, String section) {
        Template.Table4 spec = template.tables().T4();
        List<Template.LabelSpec> columns = spec.columns();
        List<String> headerTokens = new ArrayList<>();
        Segment data = null;
        for (Segment seg : segments) {
            headerTokens.addAll(seg.labels());
            if (data == null && seg.hasNumbers()) {
                data = seg;
            }
        }
        List<Label> labels = headerLabels(headerTokens, spec, section);
        if (data == null) {
            return new TableResult(new TableFact(T, spec.name(), true, section, "noData", "表四只有表头，没有数据行"),
                    List.of(), labels, null);
        }
        List<String> values = data.valuesFor(columns.size());
        if (values.size() != columns.size()) {
            return new TableResult(new TableFact(T, spec.name(), true, section, "unalignable",
                    "表四数据行只有" + values.size() + "个数字，应有" + columns.size() + "个，无法判断各数字所在的栏"),
                    List.of(), labels, null);
        }
        List<Cell> cells = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            cells.add(CellFactory.placed(T, section, null, 0, "", columns.get(c), c, values.get(c), false));
        }
        return new TableResult(new TableFact(T, spec.name(), true, section, "ok", ""), cells, labels, null);
    }

    private static List<Label> headerLabels(List<String> tokens, Template.Table4 spec, String section) {
        Set<String> known = new HashSet<>();
        spec.headerWords().forEach(w -> known.add(Texts.compact(w)));
        List<Label> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String token : tokens) {
            String c = Texts.compact(token);
            if (c.isEmpty() || known.contains(c) || !seen.add(c) || c.length() > 12) {
                continue;
            }
            for (Map.Entry<String, List<List<String>>> e : spec.headerKeywords().entrySet()) {
                if (LabelMatcher.hasKeywords(c, e.getValue())) {
                    out.add(new Label(T, section, "header", "", e.getKey(), Texts.noSpace(token), "keywords", -1));
                    break;
                }
            }
        }
        return out;
    }
}
