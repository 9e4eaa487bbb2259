package nianbao.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nianbao.document.Texts;
import nianbao.facts.Cell;
import nianbao.facts.Label;
import nianbao.facts.TableFact;
import nianbao.template.LabelMatcher;
import nianbao.template.Template;

/**
 * Places table 二 (主动公开政府信息情况): blocks headed by their caption "第二十条第（X）项", each with a
 * header row ("信息内容" and the column labels) and data rows. Columns are matched by position within
 * the block; a header that reads differently from the template is a label finding.
 */
final class TableTwoExtractor {
    private static final String T = "T2";
    private static final Pattern GLUED = Pattern.compile("[\\u4e00-\\u9fff][0-9]{3,}");

    private TableTwoExtractor() {
    }

    /** Which version table 二's header words follow, from the fingerprints of template-spec §2.7. */
    static String detectVersion(List<Segment> segments, List<Template> templates) {
        StringBuilder all = new StringBuilder();
        segments.forEach(s -> s.labels().forEach(l -> all.append(Texts.compact(l)).append('|')));
        String text = all.toString();
        String best = null;
        int bestScore = 0;
        for (Template t : templates) {
            int score = 0;
            for (String fp : t.fingerprints()) {
                if (text.contains(Texts.compact(fp))) {
                    score++;
                }
            }
            if (score > bestScore) {
                bestScore = score;
                best = t.version();
            }
        }
        return best;
    }

    /** @param stated what the prose says of table 二's cells: it may decide how run-together digits split */
    static TableResult extract(List<Segment> segments, Template template, String section, String version,
                               List<nianbao.facts.Statement> stated) {
        Template.Table2 spec = template.tables().T2();
        List<Cell> cells = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        Template.Block2 block = null;
        List<String> header = List.of();
        int rowOrder = 0;
        for (Segment seg : segments) {
            List<String> ls = seg.labels();
            int captionAt = -1;
            for (int i = 0; i < ls.size(); i++) {
                Template.Block2 named = blockNamed(spec, ls.get(i));
                if (named != null) {
                    captionAt = i;
                    block = named;
                    header = List.of();
                }
            }
            int infoAt = -1;
            for (int i = 0; i < ls.size(); i++) {
                String c = Texts.compact(ls.get(i));
                if (spec.headerWords().stream().anyMatch(w -> c.startsWith(Texts.compact(w)))) {
                    infoAt = i;
                }
            }
            if (block == null) {
                continue;
            }
            if (infoAt >= 0) {
                int end = seg.hasNumbers() ? ls.size() - 1 : ls.size();
                header = new ArrayList<>(ls.subList(infoAt + 1, Math.max(infoAt + 1, end)));
                labels.addAll(columnLabels(header, block, section));
            }
            if (!seg.hasNumbers() || ls.isEmpty() || ls.size() - 1 == captionAt || ls.size() - 1 == infoAt) {
                continue;
            }
            String rowLabel = seg.lastLabel();
            Template.LabelSpec row = matchRow(rowLabel, block);
            if (row == null) {
                continue;
            }
            rowOrder++;
            String how = LabelMatcher.same(rowLabel, row.label()) ? "exact" : "keywords";
            labels.add(new Label(T, section, "row", row.key(), row.label(), Texts.noSpace(rowLabel), how, rowOrder));
            List<String> values = seg.valuesFor(block.columns().size());
            for (int c = 0; c < block.columns().size(); c++) {
                Template.LabelSpec col = block.columns().get(c);
                if (c < values.size()) {
                    boolean uncertain = values.size() != block.columns().size();
                    // Table 二 has no sum to confirm a number rejoined from pieces: such a cell stays unknown.
                    cells.addAll(CellFactory.checkRejoined(
                            List.of(CellFactory.placed(T, section, row, rowOrder, block.key(), col, c, values.get(c), uncertain ? Cell.INFERRED : Cell.READ)), false));
                } else {
                    cells.add(CellFactory.missing(T, section, row, rowOrder, block.key(), col, c));
                }
            }
        }
        if (cells.isEmpty() && segments.stream().flatMap(sg -> sg.labels().stream())
                .anyMatch(l -> GLUED.matcher(Texts.compact(l)).find())) {
            // "规章000规范性文件898989…": each row's digits are cut into its cells where only one reading is left.
            StringBuilder all = new StringBuilder();
            segments.forEach(sg -> sg.labels().forEach(l -> all.append(l).append(' ')));
            TableResult glued = TableTwoGlued.read(all.toString(), spec, section, version, stated,
                    placed -> status(spec, section, placed));
            if (glued != null && glued.cells().stream().anyMatch(c -> !c.missing())) {
                return glued;
            }
            return new TableResult(new TableFact(T, spec.name(), true, section, "unalignable",
                    "表二的栏目名称与数字粘连在一起，无法可靠拆分"), List.of(), List.of(), version);
        }
        if (cells.isEmpty() && segments.stream().anyMatch(Segment::hasNumbers)) {
            // Numbers are there but none could be put under a caption, row and column of the template.
            return new TableResult(new TableFact(T, spec.name(), true, section, "unalignable",
                    "表二中的数字无法对应到模板的栏目（表格顺序或结构与模板不符）"), List.of(), List.of(), version);
        }
        TableResult r = status(spec, section, cells);
        return new TableResult(r.table(), cells, labels, version);
    }

    /** The table with its cells: "noData" when no cell holds a number, "ok" otherwise. */
    private static TableResult status(Template.Table2 spec, String section, List<Cell> cells) {
        boolean nothing = cells.stream().allMatch(c -> c.blank() || c.missing());
        String status = cells.isEmpty() || nothing ? "noData" : "ok";
        return new TableResult(new TableFact(T, spec.name(), true, section, status, ""), cells, List.of(), null);
    }

    /** The block whose caption ("第二十条第（一）项") the cell holds, or null. */
    private static Template.Block2 blockNamed(Template.Table2 spec, String cell) {
        String c = Texts.compact(cell);
        return spec.blocks().stream().filter(b -> c.contains(Texts.compact(b.caption()))).findFirst().orElse(null);
    }

    private static Template.LabelSpec matchRow(String written, Template.Block2 block) {
        LabelMatcher.Match m = LabelMatcher.exact(written, block.rows());
        if (m != null) {
            return m.spec();
        }
        m = LabelMatcher.byKeywords(written, block.rows());
        return m == null ? null : m.spec();
    }

    private static List<Label> columnLabels(List<String> header, Template.Block2 block, String section) {
        List<Label> out = new ArrayList<>();
        List<String> words = header.stream().filter(h -> !Texts.noSpace(h).isEmpty()).toList();
        for (int i = 0; i < Math.min(words.size(), block.columns().size()); i++) {
            Template.LabelSpec col = block.columns().get(i);
            String w = words.get(i);
            if (!LabelMatcher.same(w, col.label())) {
                out.add(new Label(T, section, "column", col.key(), col.label(), Texts.noSpace(w), "keywords", -1));
            }
        }
        return out;
    }
}
