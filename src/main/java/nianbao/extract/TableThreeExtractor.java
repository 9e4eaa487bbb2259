package nianbao.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import nianbao.document.Texts;
import nianbao.facts.Cell;
import nianbao.facts.Label;
import nianbao.facts.TableFact;
import nianbao.template.LabelMatcher;
import nianbao.template.Template;

/**
 * Places table 三 (收到和处理政府信息公开申请情况) on the template: finds each row by its label, in
 * template order, and its seven values. The value columns are always in the template's order
 * (template-spec §2.3), whatever order the header text came out in, so a row with exactly seven
 * values is placed as it is. A row with fewer values is placed from the right (the 总计 column is
 * last) and marked uncertain; the columns left over are missing, never filled in.
 */
final class TableThreeExtractor {
    private static final String T = "T3";
    /** A label with three or more digits glued to its end: the cells ran together (平潭's pages). */
    private static final Pattern GLUED = Pattern.compile(".*[\\u4e00-\\u9fff）)]\\d{3,}$");

    private TableThreeExtractor() {
    }

    /**
     * Which version's row set the table follows, from each template's version marks (2021 splits （六）其他处理
     * into three rows; a 2019 table has （六）其他处理 with numbers). A mark on labels alone wins over one that
     * needs a row with numbers.
     */
    static String detectVersion(List<Segment> segments, List<Template> templates) {
        String weak = null;
        for (Template t : templates) {
            for (Template.VersionMark mark : t.tables().T3().versionMarks()) {
                for (Segment s : segments) {
                    if (!mark.withValues() && s.labels().stream().anyMatch(l -> LabelMatcher.hasKeywords(l, mark.keywords()))) {
                        return t.version();
                    }
                    if (mark.withValues() && s.hasValues() && LabelMatcher.hasKeywords(s.lastLabel(), mark.keywords())) {
                        weak = weak == null ? t.version() : weak;
                    }
                }
            }
        }
        return weak;
    }

    static TableResult extract(List<Segment> segments, Template template, String section, String detectedVersion) {
        Template.Table3 spec = template.tables().T3();
        List<Template.LabelSpec> rows = spec.rows();
        List<Cell> cells = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        List<String> headerTokens = new ArrayList<>();
        Set<String> found = new HashSet<>();
        int glued = 0;
        int orphans = 0;
        int next = 0;
        List<String> pending = new ArrayList<>();
        List<Template.LabelSpec> columns = columns(segments, spec);
        for (Segment seg : segments) {
            if (!found.isEmpty() && seg.labels().isEmpty() && seg.hasNumbers()) {
                // Numbers with no row name: the converter separated them from their labels.
                orphans++;
                continue;
            }
            if (!seg.hasValues()) {
                for (String l : seg.labels()) {
                    if (GLUED.matcher(Texts.compact(l)).matches()) {
                        glued++;
                    }
                }
                headerTokens.addAll(seg.labels());
                pending.addAll(seg.labels());
                continue;
            }
            RowMatch match = withHeadingLabel(matchRow(seg.labels(), rows, next), pending);
            pending.clear();
            if (match == null) {
                headerTokens.addAll(seg.labels());
                continue;
            }
            headerTokens.addAll(seg.labels().subList(0, Math.max(0, seg.labels().size() - match.labelCells())));
            int rowIndex = rows.indexOf(match.spec());
            next = rowIndex + 1;
            if (!found.add(match.spec().key())) {
                continue;
            }
            labels.add(new Label(T, section, "row", match.spec().key(), match.spec().label(),
                    Texts.noSpace(match.written()), match.how(), rowIndex));
            List<Cell> placed = place(seg, match.spec(), rowIndex, columns, section);
            cells.addAll(CellFactory.checkRejoined(placed, CellFactory.partsAddUp(placed)));
        }
        if (found.isEmpty() && glued > 0) {
            return glued(segments, spec, section, detectedVersion);
        }
        if (!found.isEmpty() && found.size() < rows.size()) {
            // Some rows not found: in text laid out partly run together ("三、本年度办理结果（一）予以公开0 0 0 0 0 00
            // （二）部分公开…" on one line), reading the whole table as run-together text may find them.
            TableResult whole = glued(segments, spec, section, detectedVersion);
            long wholeFound = whole.labels().stream().filter(l -> l.kind().equals("row") && !l.how().equals("absent")).count();
            // Only a complete reading replaces the row-by-row one: every template row found, every cell placed.
            boolean complete = wholeFound == rows.size() && whole.cells().stream().noneMatch(Cell::missing);
            if (whole.table().status().equals("ok") && complete) {
                return whole;
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            Template.LabelSpec row = rows.get(i);
            if (!found.contains(row.key())) {
                labels.add(new Label(T, section, "row", row.key(), row.label(), "", "absent", i));
            }
        }
        labels.addAll(columnLabels(headerTokens, spec, section));
        long absent = labels.stream().filter(l -> l.how().equals("absent")).count();
        if (orphans > 0 && absent > 0) {
            return new TableResult(new TableFact(T, spec.name(), true, section, "unalignable",
                    "表三有" + orphans + "组数字与行名称分离，" + absent + "行无法确定对应的数字"), cells, labels, detectedVersion);
        }
        if (found.isEmpty() && segments.stream().anyMatch(Segment::hasNumbers)) {
            return new TableResult(new TableFact(T, spec.name(), true, section, "unalignable",
                    "表三中的数字无法对应到模板的行（行名称无法识别）"), List.of(), List.of(), detectedVersion);
        }
        if (found.isEmpty()) {
            // Words of table 三 but none of its rows and no number (a note that quotes a label): not the table.
            return new TableResult(new TableFact(T, spec.name(), false, "", "absent", ""), List.of(), List.of(), null);
        }
        // A table whose every cell is blank (an unfilled template) is one finding, not one per row.
        boolean nothing = cells.stream().allMatch(c -> c.blank() || c.missing());
        String status = found.isEmpty() || nothing ? "noData" : "ok";
        return new TableResult(new TableFact(T, spec.name(), true, section, status, ""), cells, labels, detectedVersion);
    }

    /**
     * A table whose cells ran together: the digits behind each row label are cut into cells by the whole
     * table's identities ({@link GluedTableSolver}). Every value placed this way is uncertain; a row the
     * identities cannot decide has unknown cells (CMP-T3-ROW-UNPLACED names it) and no sum over it is judged.
     */
    private static TableResult glued(List<Segment> segments, Template.Table3 spec, String section, String version) {
        StringBuilder all = new StringBuilder();
        for (Segment seg : segments) {
            seg.labels().forEach(l -> all.append(l).append(' '));
            seg.values().forEach(v -> all.append(v).append(' '));
        }
        List<Template.LabelSpec> rows = spec.rows();
        List<Template.LabelSpec> columns = spec.columns();
        List<GluedRows.Found> foundRows = GluedRows.tableThree(all.toString(), rows);
        List<String> runs = foundRows.stream().map(f -> f == null ? null : f.run()).toList();
        int[] widths = new int[rows.size()];
        java.util.Arrays.fill(widths, columns.size());
        GluedTableSolver.Reading reading = GluedTableSolver.solve(runs, widths, TableIdentities.tableThree(rows, columns));
        List<Cell> cells = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        int found = 0;
        int unsolved = 0;
        for (int r = 0; r < rows.size(); r++) {
            Template.LabelSpec row = rows.get(r);
            if (runs.get(r) == null) {
                labels.add(new Label(T, section, "row", row.key(), row.label(), "", "absent", r));
                continue;
            }
            found++;
            labels.add(new Label(T, section, "row", row.key(), row.label(), foundRows.get(r).written(), foundRows.get(r).how(), r));
            String group = row.group() == null ? "" : row.group();
            List<String> values = runs.get(r).isBlank() ? blanks(columns.size()) : reading.rows().get(r);
            unsolved += values == null ? 1 : 0;
            for (int c = 0; c < columns.size(); c++) {
                cells.add(values == null ? CellFactory.missing(T, section, row, r, group, columns.get(c), c)
                        : CellFactory.placed(T, section, row, r, group, columns.get(c), c, values.get(c), Cell.SPLIT));
            }
        }
        if (found == 0 || unsolved * 2 > found) {
            return new TableResult(new TableFact(T, spec.name(), true, section, "unalignable",
                    "表三的栏目名称与数字粘连在一起，" + (found == 0 ? "无法拆分" : unsolved + "行无法唯一拆分")),
                    List.of(), List.of(), version);
        }
        return new TableResult(new TableFact(T, spec.name(), true, section, "ok", "数字粘连，按全表合计关系拆分"), cells, labels, version);
    }

    /** A row whose label is followed directly by the next label: its cells were left blank. */
    private static List<String> blanks(int n) {
        return java.util.Collections.nCopies(n, "");
    }

    /**
     * The value columns: the template's seven, or eight when the report adds an optional column of the
     * template's (法人或其他组织小计, template-spec I-7: some tools do). Where that column stands (after 自然人, or
     * before 总计) is taken from the numbers themselves: the position at which it equals the five 法人 columns
     * on more rows.
     */
    static List<Template.LabelSpec> columns(List<Segment> segments, Template.Table3 spec) {
        Template.LabelSpec subtotal = null;
        for (Segment seg : segments) {
            if (seg.hasNumbers()) {
                break;
            }
            for (Template.LabelSpec optional : spec.optionalColumns()) {
                if (seg.labels().stream().anyMatch(l -> LabelMatcher.hasKeywords(l, optional.keywords()))) {
                    subtotal = optional;
                }
            }
        }
        if (subtotal == null) {
            return spec.columns();
        }
        int afterNatural = 0;
        int beforeTotal = 0;
        for (Segment seg : segments) {
            List<String> v = seg.valuesFor(8);
            if (v.size() != 8) {
                continue;
            }
            long[] n = new long[8];
            for (int i = 0; i < 8; i++) {
                Long x = Numbers.whole(Numbers.parse(v.get(i)));
                n[i] = x == null ? 0 : x;
            }
            afterNatural += n[1] == n[2] + n[3] + n[4] + n[5] + n[6] ? 1 : 0;
            beforeTotal += n[6] == n[1] + n[2] + n[3] + n[4] + n[5] ? 1 : 0;
        }
        List<Template.LabelSpec> out = new ArrayList<>(spec.columns());
        out.add(afterNatural > beforeTotal ? 1 : 6, subtotal);
        return out;
    }

    private static List<Cell> place(Segment seg, Template.LabelSpec row, int rowIndex,
                                    List<Template.LabelSpec> columns, String section) {
        int n = columns.size();
        List<String> values = seg.valuesFor(n);
        List<Cell> out = new ArrayList<>();
        if (values.isEmpty()) {
            for (int c = 0; c < n; c++) {
                out.add(CellFactory.missing(T, section, row, rowIndex, row.group() == null ? "" : row.group(), columns.get(c), c));
            }
            return out;
        }
        String group = row.group() == null ? "" : row.group();
        if (values.size() == n) {
            for (int c = 0; c < n; c++) {
                out.add(CellFactory.placed(T, section, row, rowIndex, group, columns.get(c), c, values.get(c), Cell.READ));
            }
            return out;
        }
        boolean lastFilled = !values.isEmpty() && !Texts.noSpace(values.get(values.size() - 1)).isEmpty();
        int offset = n - values.size();
        for (int c = 0; c < n; c++) {
            if (values.size() < n && lastFilled && c >= offset) {
                out.add(CellFactory.placed(T, section, row, rowIndex, group, columns.get(c), c, values.get(c - offset), Cell.INFERRED));
            } else {
                out.add(CellFactory.missing(T, section, row, rowIndex, group, columns.get(c), c));
            }
        }
        return out;
    }

    record RowMatch(Template.LabelSpec spec, String how, String written, int labelCells) {
    }

    /**
     * Finds the template row a row's labels name. The row's own label is the last label cell; cells
     * before it are merged group labels (三、本年度办理结果, （三）不予公开) or, in text, header words.
     * A label split off its ordinal ("一、" | "本年新收…") is joined back first.
     */
    static RowMatch matchRow(List<String> labels, List<Template.LabelSpec> rows, int from) {
        if (labels.isEmpty()) {
            return null;
        }
        int n = labels.size();
        String last = labels.get(n - 1);
        String lastTwo = n >= 2 ? labels.get(n - 2) + labels.get(n - 1) : last;
        for (int k = 1; k <= Math.min(2, n); k++) {
            String candidate = k == 1 ? last : lastTwo;
            LabelMatcher.Match m = LabelMatcher.exact(candidate, rows);
            if (m != null) {
                return new RowMatch(m.spec(), m.how() == LabelMatcher.How.EXACT ? "exact" : "variant", candidate, k);
            }
        }
        String all = Texts.compact(String.join("", labels));
        for (Template.LabelSpec row : rows) {
            if (all.endsWith(Texts.compact(row.label()))) {
                return new RowMatch(row, "exact", row.label(), 1);
            }
        }
        boolean ordinalOnly = n >= 2 && Texts.compact(labels.get(n - 2)).matches("^[一二三四五六七八九十]+、$");
        String written = ordinalOnly ? lastTwo : last;
        for (int i = from; i < rows.size(); i++) {
            if (LabelMatcher.hasKeywords(last, rows.get(i).keywords())) {
                return new RowMatch(rows.get(i), "keywords", written, ordinalOnly ? 2 : 1);
            }
        }
        return null;
    }

    /**
     * Converters that split a table into one small table per row put the full row name in a heading
     * line above it ("### （一）予以公开" over "| 予以公开 | 290 | …"): when such a line names the row
     * exactly, the row's label is the template's own.
     */
    private static RowMatch withHeadingLabel(RowMatch match, List<String> pending) {
        if (match == null || match.how().equals("exact")) {
            return match;
        }
        for (String p : pending) {
            if (LabelMatcher.same(p.replaceAll("^[#\\s]+", ""), match.spec().label())) {
                return new RowMatch(match.spec(), "exact", match.spec().label(), match.labelCells());
            }
        }
        return match;
    }

    private static List<Label> columnLabels(List<String> headerTokens, Template.Table3 spec, String section) {
        Set<String> known = new HashSet<>();
        spec.columns().forEach(c -> known.add(Texts.compact(c.label())));
        spec.headerWords().forEach(w -> known.add(Texts.compact(w)));
        spec.groupLabels().forEach(w -> known.add(Texts.compact(w)));
        spec.rows().forEach(r -> known.add(Texts.compact(r.label())));
        List<Label> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String token : headerTokens) {
            String c = Texts.compact(token);
            if (c.isEmpty() || known.contains(c) || c.contains("勾稽") || !seen.add(c)) {
                continue;
            }
            // "申请人情况（自然人）": a converter's heading that names the group and a column, not a label variant.
            if (spec.headerWords().stream().map(Texts::compact).anyMatch(w -> !w.isEmpty() && c.contains(w))) {
                continue;
            }
            for (int i = 0; i < spec.columns().size(); i++) {
                Template.LabelSpec col = spec.columns().get(i);
                if (c.length() <= 12 && LabelMatcher.hasKeywords(c, col.keywords())) {
                    out.add(new Label(T, section, "column", col.key(), col.label(), Texts.noSpace(token), "keywords", -1));
                    break;
                }
            }
        }
        return out;
    }
}
