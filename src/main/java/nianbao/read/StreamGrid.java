package nianbao.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nianbao.document.Table;

/**
 * Lays out the lines of one borderless table on a grid (see {@link PdfStreamTable}).
 *
 * <p>Columns: the label columns ({@link LabelColumns}), then the value columns ({@link ValueColumns}).
 * Rows: every value line is a data row; a label chunk on a line without numbers joins the nearest row
 * when it starts an item, else the row of the text above it in its column (a label wrapped above and below
 * its numbers, or onto the next page); lines above the first numbers, and lines with words over the value
 * columns, form header bands, and a line centred on the whole table titles the rows below it (第二十条第
 * （一）项). A chunk that runs across a column edge spans those columns. In a header band, wrapped cell
 * text (商业企 / 业) is joined when its lines cover the same columns, and the band's nesting is worked out
 * by {@link HeaderBand}; the merged group labels of the data rows by {@link LabelSpans}.
 */
final class StreamGrid {
    private final List<PdfChunks.Line> lines;
    private final List<Float> centres;
    private final float valueLeft;
    private final float size;
    private final List<Float> labelEdges;
    private final List<Float> valueEdges;
    /** The value-side cells in the last row of the last header band, as [first, last] columns. */
    private final List<int[]> headerSpans = new ArrayList<>();

    StreamGrid(List<PdfChunks.Line> lines, List<Float> centres, float valueLeft, float size) {
        this.lines = lines;
        this.centres = centres;
        this.valueLeft = valueLeft;
        this.size = size;
        this.labelEdges = LabelColumns.edges(lines, valueLeft, size);
        this.valueEdges = ValueColumns.edges(centres, valueLeft);
    }

    private int labelColumns() {
        return labelEdges.size() - 1;
    }

    private enum Kind { VALUES, HEADER, TITLE, LABEL }

    private Kind kind(PdfChunks.Line l) {
        boolean values = false;
        for (PdfChunks.Chunk c : l.chunks()) {
            boolean inValues = c.right() > valueLeft + 0.5f * size;
            if (inValues && !PdfStreamTable.isValueText(c)) {
                return Kind.HEADER;
            }
            values |= inValues && PdfStreamTable.isNumber(c);
        }
        return values ? Kind.VALUES : Kind.LABEL;
    }

    /**
     * A header line of one chunk centred on the whole table (labels and values) rather than on its value
     * columns titles the rows below it
     * (第二十条第（一）项 over a part of table 二): a row of its own, one cell across the table.
     */
    private boolean isTitle(PdfChunks.Line l) {
        if (l.chunks().size() != 1 || labelColumns() == 0) {
            return false;
        }
        float right = valueEdges.get(valueEdges.size() - 1);
        float centre = l.chunks().get(0).centre();
        // Over the value columns but nearer the middle of the whole table than of the value columns
        // (申请人情况 heads the values; a caption in the label columns is the labels' header).
        return centre > valueLeft
                && Math.abs(centre - (labelEdges.get(0) + right) / 2) < Math.abs(centre - (valueLeft + right) / 2);
    }

    /** A group of lines that becomes one data row or one header band. */
    private record Slot(boolean header, boolean title, List<PdfChunks.Line> lines, PdfChunks.Line own) {
    }

    Table build() {
        List<Slot> slots = new ArrayList<>();
        List<PdfChunks.Line> loose = new ArrayList<>();
        List<Kind> kinds = new ArrayList<>();
        boolean seenValues = false;
        for (PdfChunks.Line l : lines) {
            Kind k = kind(l);
            seenValues |= k == Kind.VALUES;
            // Above the first numbers every line is header, also one beside the value columns only
            // (the header of columns that are blank in every row).
            k = k == Kind.LABEL && !seenValues ? Kind.HEADER : k;
            kinds.add(k == Kind.HEADER && isTitle(l) ? Kind.TITLE : k);
        }
        for (int i = 0; i < lines.size(); i++) {
            PdfChunks.Line l = lines.get(i);
            Kind k = kinds.get(i);
            if (k == Kind.LABEL) {
                loose.add(l);
            } else if (k == Kind.HEADER && !slots.isEmpty() && slots.get(slots.size() - 1).header()
                    && kinds.get(i - 1) == Kind.HEADER) {
                slots.get(slots.size() - 1).lines().add(l);
            } else {
                List<PdfChunks.Line> own = new ArrayList<>();
                own.add(l);
                slots.add(new Slot(k == Kind.HEADER, k == Kind.TITLE, own, l));
            }
        }
        assignLoose(slots, loose);
        GridBuilder grid = new GridBuilder();
        int row = 0;
        for (Slot s : slots) {
            s.lines().sort(Comparator.comparingDouble(PdfChunks.Line::baseline));
        }
        List<LabelSpans.Row> run = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            Slot s = slots.get(i);
            if (!s.header() && !s.title()) {
                run.add(data(s.lines(), s.own()));
                continue;
            }
            row += flush(grid, row, run);
            Float below = i + 1 < slots.size() ? slots.get(i + 1).lines().get(0).baseline() : null;
            if (s.title()) {
                grid.put(row, 0, 1, labelColumns() + centres.size(), s.lines().get(0).chunks().get(0).text());
                row++;
            } else {
                row += header(grid, row, s.lines(), below);
            }
        }
        flush(grid, row, run);
        return grid.build();
    }

    /**
     * Label chunks on lines without numbers: a chunk that starts a new item (（三）不予, 2.其他…) belongs
     * to the nearest row; any other chunk continues the text above it in its column (公开 under （三）不予,
     * the rest of a label wrapped onto the next page), so it joins that chunk's row.
     */
    private void assignLoose(List<Slot> slots, List<PdfChunks.Line> loose) {
        java.util.Map<Integer, Slot> lastInColumn = new java.util.HashMap<>();
        java.util.Set<PdfChunks.Line> isLoose = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        isLoose.addAll(loose);
        List<PdfChunks.Line> ordered = new ArrayList<>(lines);
        for (PdfChunks.Line l : ordered) {
            if (!isLoose.contains(l)) {
                Slot own = slotOf(slots, l);
                for (PdfChunks.Chunk c : l.chunks()) {
                    lastInColumn.put(cover(c)[0], own);
                }
                continue;
            }
            for (PdfChunks.Chunk c : l.chunks()) {
                int column = cover(c)[0];
                Slot above = lastInColumn.get(column);
                boolean newItem = PdfTableStitcher.ITEM.matcher(c.text()).find();
                Slot target = above == null || above.header() || newItem ? nearest(slots, l) : above;
                target.lines().add(new PdfChunks.Line(List.of(c), l.baseline(), l.size()));
                lastInColumn.put(column, target);
            }
        }
    }

    private static Slot slotOf(List<Slot> slots, PdfChunks.Line l) {
        for (Slot s : slots) {
            if (s.lines().contains(l)) {
                return s;
            }
        }
        return slots.get(0);
    }

    private static Slot nearest(List<Slot> slots, PdfChunks.Line l) {
        Slot best = slots.get(0);
        float dist = Float.MAX_VALUE;
        for (Slot s : slots) {
            for (PdfChunks.Line o : s.lines()) {
                float d = Math.abs(o.baseline() - l.baseline());
                // Only the line that gave the slot its kind counts: a label joins numbers or a header.
                if (o == s.lines().get(0) && !s.title() && d < dist) {
                    dist = d;
                    best = s;
                }
            }
        }
        return best;
    }

    /** The columns [first, last] a chunk covers. */
    private int[] cover(PdfChunks.Chunk c) {
        int labels = labelColumns();
        float tol = 0.5f * size;
        if (c.x() < valueLeft - tol && labels > 0) {
            int first = index(labelEdges, c.x() + tol);
            int last = first;
            while (last + 1 < labels && c.right() > labelEdges.get(last + 1) + tol) {
                last++;
            }
            if (last == labels - 1 && c.right() > valueLeft + tol) {
                last = labels + valueColumn(c.right() - tol);
            }
            return new int[] {first, last};
        }
        if (PdfStreamTable.isValueText(c)) {
            int nearest = valueColumn(c.centre());
            float spacing = centres.size() > 1 ? centres.get(1) - centres.get(0) : 2 * size;
            float off = c.centre() - centres.get(nearest);
            // A number centred between two columns fills a cell that spans both.
            if (Math.abs(off) > 0.3f * spacing) {
                int other = off > 0 ? nearest + 1 : nearest - 1;
                if (other >= 0 && other < centres.size()) {
                    return new int[] {labels + Math.min(nearest, other), labels + Math.max(nearest, other)};
                }
            }
            return new int[] {labels + nearest, labels + nearest};
        }
        float spacing = centres.size() > 1 ? centres.get(1) - centres.get(0) : 2 * size;
        int first = -1;
        int last = -1;
        for (int i = 0; i < centres.size(); i++) {
            float x = centres.get(i);
            if (x >= c.x() - 0.3f * spacing && x <= c.right() + 0.3f * spacing) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            first = valueColumn(c.centre());
            last = first;
        }
        return new int[] {labels + first, labels + last};
    }

    private int valueColumn(float x) {
        int best = 0;
        for (int i = 1; i < centres.size(); i++) {
            if (Math.abs(centres.get(i) - x) < Math.abs(centres.get(best) - x)) {
                best = i;
            }
        }
        return best;
    }

    private static int index(List<Float> edges, float x) {
        for (int i = 1; i < edges.size(); i++) {
            if (x < edges.get(i)) {
                return i - 1;
            }
        }
        return edges.size() - 2;
    }

    /** A cell being built: its columns, text and the baseline of its last line. */
    private static final class Cell {
        final int first;
        final int last;
        final float top;
        String text;
        float bottom;

        Cell(int[] cover, PdfChunks.Chunk c) {
            first = cover[0];
            last = cover[1];
            top = c.baseline();
            bottom = c.baseline();
            text = c.text();
        }

        boolean overlaps(Cell o) {
            return first <= o.last && o.first <= last;
        }
    }

    /** One data row: each chunk in the cell of its columns, wrapped label lines joined. */
    private LabelSpans.Row data(List<PdfChunks.Line> rowLines, PdfChunks.Line values) {
        List<Cell> cells = new ArrayList<>();
        for (PdfChunks.Line l : rowLines) {
            for (PdfChunks.Chunk c : l.chunks()) {
                int[] cover = cover(c);
                Cell owner = null;
                for (Cell e : cells) {
                    if (cover[0] >= e.first && cover[0] <= e.last) {
                        owner = e;
                    }
                }
                if (owner == null) {
                    cells.add(new Cell(cover, c));
                } else {
                    owner.text = PdfText.joinCellLines(owner.text, c.text());
                    owner.bottom = c.baseline();
                }
            }
        }
        List<LabelSpans.Cell> out = new ArrayList<>();
        for (Cell c : cells) {
            int[] span = valueSpan(c, cells);
            out.add(new LabelSpans.Cell(c.text, span[0], span[1], (c.top + c.bottom) / 2));
        }
        return new LabelSpans.Row(out, values.baseline());
    }

    /**
     * A number under a header cell that spans several columns, alone under it in its row, spans them too:
     * the value of a part with fewer columns than the table (本年处理决定数量 over three).
     */
    private int[] valueSpan(Cell c, List<Cell> row) {
        if (c.first < labelColumns()) {
            return new int[] {c.first, c.last};
        }
        for (int[] h : headerSpans) {
            boolean under = h[0] <= c.first && c.last <= h[1] && h[1] > h[0];
            if (under && row.stream().noneMatch(o -> o != c && o.first <= h[1] && h[0] <= o.last)) {
                return h;
            }
        }
        return new int[] {c.first, c.last};
    }

    /** Writes the data rows gathered since the last header, with their merged label cells; clears them. */
    private int flush(GridBuilder grid, int row, List<LabelSpans.Row> run) {
        if (run.isEmpty()) {
            return 0;
        }
        LabelSpans.apply(run, labelColumns(), size);
        grid.ensureRows(row + run.size());
        for (LabelSpans.Row r : run) {
            List<LabelSpans.Cell> cells = new ArrayList<>(r.cells());
            cells.sort(Comparator.comparingInt(c -> c.first));
            for (LabelSpans.Cell c : cells) {
                grid.put(row + c.row, c.first, c.rowspan, c.last - c.first + 1, c.text);
            }
        }
        fill(grid, row, run.size());
        int n = run.size();
        run.clear();
        return n;
    }

    /** A header band: cells joined over wrapped lines, stacked by what lies above them. */
    private int header(GridBuilder grid, int row, List<PdfChunks.Line> band, Float below) {
        List<Cell> cells = new ArrayList<>();
        for (PdfChunks.Line l : band) {
            for (PdfChunks.Chunk c : l.chunks()) {
                int[] cover = cover(c);
                Cell open = null;
                for (Cell e : cells) {
                    // A wrapped cell covers the same columns on each line; a label-side caption may be
                    // centred, so its shorter second line may start a column further right.
                    boolean same = e.first == cover[0] && e.last == cover[1]
                            || c.right() < valueLeft && e.first <= cover[0] && cover[1] <= e.last;
                    if (same && c.baseline() - e.bottom < 1.8f * size) {
                        open = e;
                    }
                }
                if (open != null) {
                    open.text = PdfText.joinCellLines(open.text, c.text());
                    open.bottom = c.baseline();
                } else {
                    cells.add(new Cell(cover, c));
                }
            }
        }
        List<HeaderBand.Cell> placed = new ArrayList<>();
        for (Cell c : cells) {
            placed.add(new HeaderBand.Cell(c.text, c.first, c.last, (c.top + c.bottom) / 2 - 0.35f * size));
        }
        float last = band.get(band.size() - 1).baseline();
        float bottom = below == null ? last + 0.5f * size : (last + below - size) / 2;
        int rows = HeaderBand.layout(placed, labelColumns(), labelColumns() + centres.size(), bottom, size);
        grid.ensureRows(row + rows);
        placed.sort(Comparator.comparingInt((HeaderBand.Cell c) -> c.row).thenComparingInt(c -> c.first));
        headerSpans.clear();
        // Only the cells reaching the band's bottom stand over the numbers (not 申请人情况 over its group).
        placed.stream().filter(c -> c.first >= labelColumns() && c.row + c.rowspan == rows)
                .forEach(c -> headerSpans.add(new int[] {c.first, c.last}));
        for (HeaderBand.Cell c : placed) {
            grid.put(row + c.row, c.first, c.rowspan, c.last - c.first + 1, c.text);
        }
        fill(grid, row, rows);
        return rows;
    }

    /** Every column of the table exists in every row, blank where no text fell. */
    private void fill(GridBuilder grid, int row, int rows) {
        int width = labelColumns() + centres.size();
        for (int r = row; r < row + rows; r++) {
            for (int c = 0; c < width; c++) {
                if (!grid.occupied(r, c)) {
                    grid.put(r, c, 1, 1, "");
                }
            }
        }
    }
}
