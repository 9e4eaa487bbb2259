package nianbao.read;

import java.util.ArrayList;
import java.util.List;
import nianbao.document.Table;

/**
 * Builds a {@link Table} grid from cells that carry their own row and column spans.
 *
 * <p>Every format describes merged cells differently (Word's gridSpan and vMerge, HTML's rowspan and
 * colspan, HWPF's cell edges, a PDF's missing borders), but all of them end up as "a cell of this text
 * starting here and covering so many rows and columns". This class is the one place that turns that into
 * the model's grid: the text at the top-left position, {@code null} at every other covered position, and
 * {@code ""} where no cell exists at all (a short row), so that every row has the same width. A position
 * claimed twice keeps its first owner, because a broken file must still give a rectangular grid.
 *
 * <p>Every format's table goes through here, so this is where the table budget is enforced
 * ({@link ReadGuard#cells}): a damaged or hostile span cannot build a grid of gigabytes.
 */
final class GridBuilder {
    /** Marks a position covered by a merged cell that starts elsewhere; becomes {@code null} in the table. */
    private static final String COVERED = new String("\u0000covered");

    private final List<List<String>> rows = new ArrayList<>();
    private int width;
    /** Grid positions allocated so far: what the table costs in memory, checked against the budget. */
    private long positions;

    /** Whether the position already belongs to a cell (its own or a merged one). */
    boolean occupied(int row, int col) {
        return row < rows.size() && col < rows.get(row).size() && rows.get(row).get(col) != null;
    }

    /** The first column at or after {@code col} in {@code row} that no cell has claimed yet. */
    int nextFree(int row, int col) {
        int c = col;
        while (occupied(row, c)) {
            c++;
        }
        return c;
    }

    /** Places a cell; positions already taken are left to their first owner. */
    void put(int row, int col, int rowspan, int colspan, String text) {
        int rs = Math.max(1, rowspan);
        int cs = Math.max(1, colspan);
        // A span of 65535 × 1000 would loop and allocate for minutes before the grid is ever built.
        ReadGuard.cells((long) rs * cs);
        ReadGuard.tick();
        for (int r = row; r < row + rs; r++) {
            for (int c = col; c < col + cs; c++) {
                if (!occupied(r, c)) {
                    set(r, c, r == row && c == col ? (text == null ? "" : text) : COVERED);
                }
            }
        }
    }

    /** Marks one position as covered by a merged cell that starts above or to the left. */
    void cover(int row, int col) {
        if (!occupied(row, col)) {
            set(row, col, COVERED);
        }
    }

    /** Makes sure the table has at least this many rows (a row may consist only of covered cells). */
    void ensureRows(int count) {
        while (rows.size() < count) {
            rows.add(new ArrayList<>());
        }
    }

    int rowCount() {
        return rows.size();
    }

    private void set(int row, int col, String value) {
        ensureRows(row + 1);
        List<String> line = rows.get(row);
        if (line.size() <= col) {
            positions += col + 1 - line.size();
            ReadGuard.cells(positions);
        }
        while (line.size() <= col) {
            line.add(null);
        }
        line.set(col, value);
        width = Math.max(width, col + 1);
    }

    /** The finished grid: rows padded to the widest row, unclaimed positions blank, covered ones null. */
    Table build() {
        // Padding every row to the widest one is where a single wide row multiplies by the row count.
        ReadGuard.cells((long) rows.size() * width);
        List<List<String>> out = new ArrayList<>();
        for (List<String> line : rows) {
            List<String> row = new ArrayList<>(width);
            for (int c = 0; c < width; c++) {
                String v = c < line.size() ? line.get(c) : null;
                if (v == null) {
                    row.add("");
                } else if (v == COVERED) {
                    row.add(null);
                } else {
                    row.add(v);
                }
            }
            out.add(row);
        }
        return new Table(out, true);
    }
}
