package nianbao.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nianbao.document.Texts;
import nianbao.extract.GluedTableSolver.At;
import nianbao.extract.GluedTableSolver.Identity;
import nianbao.facts.Cell;
import nianbao.facts.Label;
import nianbao.facts.Statement;
import nianbao.template.LabelMatcher;
import nianbao.template.Template;

/**
 * Reads table 二 when its cells ran together ("第二十条第（一）项信息内容本年制发件数…规范性文件000第二十条第（五）项…"):
 * the text is cut at the template's block captions, the header words and column labels are taken out,
 * and what is left is a sequence of row labels each followed by its digits. A row label is matched to the
 * block's rows like any label (exactly, as a variant or by keywords). The digits of a row are cut into its
 * cells by {@link GluedTableSolver}; table 二 has no sums, so only the block's plausibility relations
 * (template "atLeast") tell readings apart, and a row still read more than one way stays unknown.
 */
final class TableTwoGlued {
    private static final String T = "T2";
    /** A row's label (no digit) and the run of digits, spaces and decimal points after it. */
    /** A label, then its digits; a signed number inside the run (本年增/减 "+467") stays in it. */
    private static final Pattern LABEL_AND_DIGITS = Pattern.compile("([^0-9]+?)([0-9](?:[0-9.]|[+\\-](?=[0-9]))*)");
    private static final String MASK = "□";

    private TableTwoGlued() {
    }

    /** The cells and labels read, or null when no block caption of the template is in the text. */
    static TableResult read(String glued, Template.Table2 spec, String section, String version, List<Statement> stated,
                            java.util.function.Function<List<Cell>, TableResult> wrap) {
        GluedRows.Spaced text = GluedRows.Spaced.of(glued);
        String compact = text.compact();
        List<int[]> spans = captionSpans(compact, spec);
        if (spans.stream().allMatch(s -> s[0] < 0)) {
            return null;
        }
        List<Cell> cells = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        int order = 0;
        for (int b = 0; b < spec.blocks().size(); b++) {
            if (spans.get(b)[0] < 0) {
                continue;
            }
            Template.Block2 block = spec.blocks().get(b);
            String body = withoutHeader(compact.substring(0, spans.get(b)[1]), spec, block);
            Matcher m = LABEL_AND_DIGITS.matcher(body);
            m.region(spans.get(b)[0], spans.get(b)[1]);
            while (m.find()) {
                String written = m.group(1).replace(MASK, "");
                String header = "";
                for (Template.LabelSpec r : block.rows()) {
                    String form = Texts.compact(r.label());
                    if (written.endsWith(form) && written.length() > form.length()) {
                        // A header word the mask did not know ("本年度止件数") ran into the row's label.
                        header = written.substring(0, written.length() - form.length());
                        written = form;
                        break;
                    }
                }
                Template.LabelSpec row = matchRow(written, block);
                if (row == null) {
                    continue;
                }
                labels.addAll(headerVariant(header, block, section));
                order++;
                String how = LabelMatcher.same(written, row.label()) ? "exact" : "keywords";
                labels.add(new Label(T, section, "row", row.key(), row.label(), written, how, order));
                List<String> values = cut(text.between(m.start(2), m.end(2)), block, row, stated);
                for (int c = 0; c < block.columns().size(); c++) {
                    Template.LabelSpec col = block.columns().get(c);
                    cells.add(values == null ? CellFactory.missing(T, section, row, order, block.key(), col, c)
                            : CellFactory.placed(T, section, row, order, block.key(), col, c, values.get(c), Cell.SPLIT));
                }
            }
        }
        TableResult r = wrap.apply(cells);
        List<Label> all = new ArrayList<>(labels);
        all.addAll(r.labels());
        return new TableResult(r.table(), r.cells(), all, version);
    }

    /** Where each block's text starts (after its caption) and ends (at the next caption found); -1 when absent. */
    private static List<int[]> captionSpans(String compact, Template.Table2 spec) {
        List<int[]> spans = new ArrayList<>();
        int from = 0;
        for (Template.Block2 block : spec.blocks()) {
            String caption = GluedRows.Spaced.of(block.caption()).compact();
            int at = compact.indexOf(caption, from);
            spans.add(new int[] {at < 0 ? -1 : at + caption.length(), compact.length()});
            if (at >= 0) {
                from = at + caption.length();
            }
        }
        int end = compact.length();
        for (int b = spans.size() - 1; b >= 0; b--) {
            if (spans.get(b)[0] >= 0) {
                spans.get(b)[1] = end;
                end = spans.get(b)[0] - GluedRows.Spaced.of(spec.blocks().get(b).caption()).compact().length();
            }
        }
        return spans;
    }

    /**
     * The text with the header words and the block's column labels masked (same length, so positions still
     * point into the spaced text): what is left between the masks is row labels and digits.
     */
    private static String withoutHeader(String body, Template.Table2 spec, Template.Block2 block) {
        String out = body;
        List<String> words = new ArrayList<>(spec.headerWords());
        block.columns().forEach(c -> words.add(c.label()));
        for (String w : words) {
            String c = GluedRows.Spaced.of(w).compact();
            out = out.replace(c, MASK.repeat(c.length()));
        }
        return out;
    }

    /** A column label written otherwise than the template's, found by the column's keywords. */
    private static List<Label> headerVariant(String header, Template.Block2 block, String section) {
        if (header.isEmpty()) {
            return List.of();
        }
        LabelMatcher.Match m = LabelMatcher.byKeywords(header, block.columns());
        return m == null ? List.of()
                : List.of(new Label(T, section, "column", m.spec().key(), m.spec().label(), header, "keywords", -1));
    }

    private static Template.LabelSpec matchRow(String written, Template.Block2 block) {
        String w = written.strip();
        if (w.isEmpty()) {
            return null;
        }
        LabelMatcher.Match m = LabelMatcher.exact(w, block.rows());
        if (m == null) {
            m = LabelMatcher.byKeywords(w, block.rows());
        }
        return m == null ? null : m.spec();
    }

    /** The row's cell texts, or null when the digits can be read more than one way. */
    private static List<String> cut(String run, Template.Block2 block, Template.LabelSpec row, List<Statement> stated) {
        int n = block.columns().size();
        if (n == 1) {
            // One cell (an amount in 万元 may have decimals): the whole number is its value.
            return run.contains(" ") ? null : List.of(run);
        }
        if (run.contains(".")) {
            return null;
        }
        List<Identity> plausible = new ArrayList<>();
        for (Template.AtLeast a : block.atLeast()) {
            int big = columnIndex(block, a.column());
            int small = columnIndex(block, a.notBelow());
            if (big >= 0 && small >= 0) {
                plausible.add(new Identity(List.of(new At(0, big)), List.of(new At(0, small)), true));
            }
        }
        // What the prose says of one of the row's cells tells readings apart as a person would use it.
        for (Statement s : stated) {
            if (s.table().equals(T) && s.targets().size() == 1 && !s.none()) {
                String[] target = s.targets().get(0).split("\\|", -1);
                int c = columnIndex(block, target.length == 2 ? target[1] : "");
                if (target[0].equals(row.key()) && c >= 0) {
                    plausible.add(Identity.stated(new At(0, c), s.value()));
                }
            }
        }
        return GluedTableSolver.solve(List.of(run), new int[] {n}, plausible).rows().get(0);
    }

    private static int columnIndex(Template.Block2 block, String key) {
        for (int c = 0; c < block.columns().size(); c++) {
            if (block.columns().get(c).key().equals(key)) {
                return c;
            }
        }
        return -1;
    }
}
