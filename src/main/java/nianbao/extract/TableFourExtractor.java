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
        List<String> allValues = new ArrayList<>();
        for (Segment seg : segments) {
            headerTokens.addAll(seg.labels());
            if (seg.hasNumbers()) {
                allValues.addAll(seg.values());
                if (data == null) {
                    data = seg;
                }
            }
        }
        if (data != null && data.valuesFor(columns.size()).size() < columns.size() && allValues.size() == columns.size()) {
            // One small table per group (行政复议 | 直接起诉 | 复议后起诉), five numbers each, in template order.
            data = new Segment(List.of(), allValues);
        }
        List<Label> labels = headerLabels(headerTokens, spec, section);
        String headerText = String.join(" ", headerTokens);
        boolean uncertain = false;
        if (data == null) {
            // Cells run together ("…尚未审结总计000000000000000"): cut where the group sums decide it.
            String run = GluedRows.firstRun(headerText, columns.size());
            List<String> solved = run.isEmpty() ? null : GluedTableSolver.solve(List.of(run), new int[] {columns.size()},
                    TableIdentities.tableFour(columns)).rows().get(0);
            if (solved != null) {
                data = new Segment(List.of(), solved);
                uncertain = true;
                labels = List.of();
            }
        }
        if (data == null && !GluedRows.firstRun(headerText, 1).isEmpty()) {
            // Digits are there, but too few (blank cells vanished) or too many ways to cut them: could not read,
            // which is not "no data".
            return new TableResult(new TableFact(T, spec.name(), true, section, "unalignable",
                    "表四的数字粘连在一起，个数与栏数不符或有多种拆法，无法判断各数字所在的栏"), List.of(), labels, null);
        }
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
            cells.add(CellFactory.placed(T, section, null, 0, "", columns.get(c), c, values.get(c), uncertain ? Cell.SPLIT : Cell.READ));
        }
        List<Cell> checked = new ArrayList<>();
        for (String group : cells.stream().map(Cell::columnGroup).distinct().toList()) {
            List<Cell> inGroup = cells.stream().filter(c -> c.columnGroup().equals(group)).toList();
            checked.addAll(CellFactory.checkRejoined(inGroup, CellFactory.partsAddUp(inGroup)));
        }
        return new TableResult(new TableFact(T, spec.name(), true, section, "ok", ""), checked, labels, null);
    }

    /**
     * Header words broken over lines or cells ("结果" / "维持", "结果结果其他尚未") are pieces of the
     * template's own words, not a different label: a token made only of the characters of the header
     * words is not judged.
     */
    private static boolean fragments(String token, Template.Table4 spec) {
        StringBuilder chars = new StringBuilder();
        spec.headerWords().forEach(chars::append);
        String all = chars.toString();
        return token.chars().allMatch(ch -> all.indexOf(ch) >= 0);
    }

    private static List<Label> headerLabels(List<String> tokens, Template.Table4 spec, String section) {
        Set<String> known = new HashSet<>();
        spec.headerWords().forEach(w -> known.add(Texts.compact(w)));
        List<Label> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String token : tokens) {
            String c = Texts.compact(token);
            if (c.isEmpty() || known.contains(c) || !seen.add(c) || c.length() > 12 || fragments(c, spec)) {
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
