package nianbao.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Lays out the header of a borderless table: which rows and columns each header cell covers.
 *
 * <p>Without borders, a header cell shows only as text centred in its cell, so its extent is inferred
 * from the cells around it. Its bottom is the top of the highest cell below it in its columns (or the
 * band's bottom when nothing is below), and, being centred, its top lies as far above its text's centre.
 * A cell with cells below it (申请人情况 over 法人或其他组织, 法人或其他组织 over 商业企业 …) grows
 * sideways, one column each way at a time around its centre, over the columns whose cells all lie below
 * it; it stops at a column holding a cell that reaches up beside it (自然人, centred over two rows, is a
 * neighbour of 法人或其他组织, not a child) or at a cell of its own level. Columns no cell covers, on both
 * sides of a cell, are that cell's too. The rows are then the distinct tops of the cells.
 */
final class HeaderBand {
    /** One header cell: its text, columns and the vertical centre of its lines. */
    static final class Cell {
        final String text;
        int first;
        int last;
        final float centre;
        float top;
        float bottom;
        int row;
        int rowspan;

        Cell(String text, int first, int last, float centre) {
            this.text = text;
            this.first = first;
            this.last = last;
            this.centre = centre;
        }

        boolean covers(int col) {
            return first <= col && col <= last;
        }

        boolean overlaps(Cell o) {
            return first <= o.last && o.first <= last;
        }
    }

    private HeaderBand() {
    }

    /**
     * Places the cells of a band {@code width} columns wide whose values start at column
     * {@code firstValue}; returns the number of header rows.
     */
    static int layout(List<Cell> cells, int firstValue, int width, float bottom, float size) {
        List<Cell> done = new ArrayList<>();
        List<Cell> order = new ArrayList<>(cells);
        order.sort(Comparator.comparingDouble((Cell c) -> c.centre).reversed());
        for (Cell x : order) {
            if (done.stream().anyMatch(d -> d.overlaps(x) && d.centre > x.centre + 0.3f * size)) {
                while (x.first - 1 >= 0 && x.last + 1 < width
                        && free(x, x.first - 1, done, cells, size) && free(x, x.last + 1, done, cells, size)) {
                    x.first--;
                    x.last++;
                }
            }
            x.bottom = bottom;
            for (Cell d : done) {
                if (d.overlaps(x) && d.centre > x.centre + 0.3f * size) {
                    x.bottom = Math.min(x.bottom, d.top);
                }
            }
            x.top = 2 * x.centre - x.bottom;
            done.add(x);
        }
        fillGaps(cells, width);
        // Rows are set by the cells over the values; a label-side caption, cut by a page break or not,
        // takes the row nearest its top.
        List<Float> tops = new ArrayList<>();
        cells.stream().filter(c -> c.first >= firstValue).forEach(c -> tops.add(c.top));
        if (tops.isEmpty()) {
            cells.forEach(c -> tops.add(c.top));
        }
        tops.sort(null);
        List<Float> rows = new ArrayList<>();
        float last = -Float.MAX_VALUE;
        for (float t : tops) {
            if (t - last > 0.6f * size) {
                rows.add(t);
            }
            last = t;
        }
        for (Cell c : cells) {
            c.row = nearest(rows, c.top);
            int end = c.row + 1;
            while (end < rows.size() && rows.get(end) < c.bottom - 0.6f * size) {
                end++;
            }
            c.rowspan = end - c.row;
        }
        // A cell lies below every cell that spans over it, even where a page break bent its position.
        order.sort(Comparator.comparingDouble((Cell c) -> c.centre));
        for (Cell x : order) {
            for (Cell y : order) {
                if (y != x && y.centre < x.centre && y.overlaps(x) && x.row <= y.row && y.row + 1 < rows.size()) {
                    int end = x.row + x.rowspan;
                    x.row = y.row + 1;
                    x.rowspan = Math.max(1, end - x.row);
                }
            }
        }
        return rows.size();
    }

    /**
     * A header covers every column: columns no cell covers, on both sides of a cell, belong to it (a
     * part of table 二 with one value column, 本年处理决定数量 centred over all three).
     */
    private static void fillGaps(List<Cell> cells, int width) {
        for (Cell x : cells) {
            while (x.first - 1 >= 0 && x.last + 1 < width && uncovered(cells, x.first - 1) && uncovered(cells, x.last + 1)) {
                x.first--;
                x.last++;
            }
        }
    }

    private static boolean uncovered(List<Cell> cells, int col) {
        return cells.stream().noneMatch(c -> c.covers(col));
    }

    /** Whether {@code x} may grow over {@code col}: every cell there lies below it, none beside it. */
    private static boolean free(Cell x, int col, List<Cell> done, List<Cell> all, float size) {
        for (Cell d : done) {
            if (d.covers(col) && d.top < x.centre) {
                return false;
            }
        }
        for (Cell o : all) {
            if (o != x && o.covers(col) && Math.abs(o.centre - x.centre) < 0.5f * size) {
                return false;
            }
        }
        return true;
    }

    private static int nearest(List<Float> rows, float top) {
        int best = 0;
        for (int i = 1; i < rows.size(); i++) {
            if (Math.abs(rows.get(i) - top) < Math.abs(rows.get(best) - top)) {
                best = i;
            }
        }
        return best;
    }
}
