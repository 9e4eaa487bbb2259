package nianbao.read;

import java.util.ArrayList;
import java.util.List;

/**
 * Works out the merged label cells of a borderless table's data rows.
 *
 * <p>A group label (三、本年度办理结果, （三）不予公开) stands in a cell that spans the rows of its
 * items, but without borders only its text shows, somewhere beside them: centred on its rows, or at their
 * top. So, column by column from the left (all label columns but the last, which holds the rows' own
 * labels), and label by label from the top, a label takes the widest run of blank rows around it whose
 * middle is the middle of its text; rows still blank in that column then join the label above them (a
 * label set at the top of its cell), or else the one below. A label can only take a row where its columns are blank.
 * A piece of text in a group column that does not start an item (理结果 under 三、本年度办), in a row with
 * no text of its own further left, is the rest of the label above it. Last, a label with a blank cell to its right in its own row spans it ((七)总计
 * over the item column).
 */
final class LabelSpans {
    private LabelSpans() {
    }

    /** A cell of a data row: text, columns and the middle of its text's lines. */
    static final class Cell {
        String text;
        final int first;
        int last;
        float y;
        int row;
        int rowspan = 1;

        Cell(String text, int first, int last, float y) {
            this.text = text;
            this.first = first;
            this.last = last;
            this.y = y;
        }
    }

    /** A data row: its cells and the baseline of its numbers. */
    record Row(List<Cell> cells, float y) {
    }

    static void apply(List<Row> rows, int labelColumns, float size) {
        for (int r = 0; r < rows.size(); r++) {
            for (Cell c : rows.get(r).cells()) {
                c.row = r;
            }
        }
        for (int g = 0; g + 1 < labelColumns; g++) {
            joinContinuations(rows, g);
            spread(rows, g, size);
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 1; c < labelColumns; c++) {
                Cell left = covering(rows, r, c - 1);
                if (covering(rows, r, c) == null && left != null && left.row == r && left.last == c - 1 && left.rowspan == 1) {
                    left.last = c;
                }
            }
        }
    }

    private static void joinContinuations(List<Row> rows, int g) {
        for (int r = 1; r < rows.size(); r++) {
            Cell a = startingAt(rows.get(r), g);
            Cell above = startingAt(rows.get(r - 1), g);
            boolean ownLeft = rows.get(r).cells().stream().anyMatch(c -> c.first < g && !c.text.isEmpty());
            if (a != null && above != null && a.last == above.last && !ownLeft
                    && !PdfTableStitcher.ITEM.matcher(a.text).find()) {
                above.text = PdfText.joinCellLines(above.text, a.text);
                above.y = (above.y + a.y) / 2;
                rows.get(r).cells().remove(a);
            }
        }
    }

    private static void spread(List<Row> rows, int g, float size) {
        List<Cell> anchors = new ArrayList<>();
        for (Row row : rows) {
            Cell a = startingAt(row, g);
            if (a != null && !a.text.isEmpty()) {
                anchors.add(a);
            }
        }
        int[] start = new int[anchors.size()];
        int[] end = new int[anchors.size()];
        boolean[] claimed = new boolean[rows.size()];
        for (int i = 0; i < anchors.size(); i++) {
            Cell a = anchors.get(i);
            int lo = a.row;
            int hi = a.row;
            while (lo > 0 && !claimed[lo - 1] && free(rows, lo - 1, a)) {
                lo--;
            }
            while (hi + 1 < rows.size() && !claimed[hi + 1] && free(rows, hi + 1, a)) {
                hi++;
            }
            // The widest run of rows centred on the text (within half an em), else the best centred one.
            int bestS = a.row;
            int bestE = a.row;
            float bestOff = Float.MAX_VALUE;
            for (int s0 = lo; s0 <= a.row; s0++) {
                for (int e0 = a.row; e0 <= hi; e0++) {
                    float off = Math.abs(middle(rows, s0, e0) - a.y);
                    boolean centred = off < 0.5f * size;
                    boolean wider = e0 - s0 > bestE - bestS;
                    if (centred && (bestOff >= 0.5f * size || wider) || !centred && bestOff >= 0.5f * size && off < bestOff) {
                        bestS = s0;
                        bestE = e0;
                        bestOff = off;
                    }
                }
            }
            for (int r = bestS; r <= bestE; r++) {
                claimed[r] = true;
            }
            start[i] = bestS;
            end[i] = bestE;
        }
        // Blank rows left over go to the label above (set at the top of its cell), else to the one below.
        for (int i = 0; i < anchors.size(); i++) {
            while (end[i] + 1 < rows.size() && !claimed[end[i] + 1] && free(rows, end[i] + 1, anchors.get(i))) {
                claimed[++end[i]] = true;
            }
        }
        for (int i = 0; i < anchors.size(); i++) {
            while (start[i] > 0 && !claimed[start[i] - 1] && free(rows, start[i] - 1, anchors.get(i))) {
                claimed[--start[i]] = true;
            }
        }
        for (int i = 0; i < anchors.size(); i++) {
            Cell a = anchors.get(i);
            if (start[i] != a.row) {
                rows.get(a.row).cells().remove(a);
                rows.get(start[i]).cells().add(a);
                a.row = start[i];
            }
            a.rowspan = end[i] - start[i] + 1;
        }
    }

    /** Whether row {@code r} is blank in every column of {@code a}. */
    private static boolean free(List<Row> rows, int r, Cell a) {
        for (int c = a.first; c <= a.last; c++) {
            if (covering(rows, r, c) != null) {
                return false;
            }
        }
        return true;
    }

    private static Cell startingAt(Row row, int col) {
        for (Cell c : row.cells()) {
            if (c.first == col) {
                return c;
            }
        }
        return null;
    }

    /** The cell that covers (r, col), from its own row or from a row above by its rowspan. */
    static Cell covering(List<Row> rows, int r, int col) {
        for (int k = 0; k <= r; k++) {
            for (Cell c : rows.get(k).cells()) {
                if (c.first <= col && col <= c.last && c.row <= r && r < c.row + c.rowspan) {
                    return c;
                }
            }
        }
        return null;
    }

    /** The middle of rows s..e, their edges half-way between neighbouring rows' numbers. */
    private static float middle(List<Row> rows, int s, int e) {
        return (edge(rows, s) + edge(rows, e + 1)) / 2;
    }

    /** The edge above row {@code r} (below the last row for r == size). */
    private static float edge(List<Row> rows, int r) {
        int n = rows.size();
        if (n == 1) {
            return rows.get(0).y() + (r == 0 ? -10 : 10);
        }
        if (r == 0) {
            return rows.get(0).y() - (rows.get(1).y() - rows.get(0).y()) / 2;
        }
        if (r == n) {
            return rows.get(n - 1).y() + (rows.get(n - 1).y() - rows.get(n - 2).y()) / 2;
        }
        return (rows.get(r - 1).y() + rows.get(r).y()) / 2;
    }
}
