package nianbao.read;

import java.util.ArrayList;
import java.util.List;

/**
 * The value columns of a borderless table: clusters of the centres of its numbers.
 *
 * <p>pdfplumber's text strategy finds a column where at least three words share a left edge, right edge
 * or centre; statistics tables centre their numbers, so here the centres of the numbers on the value
 * lines are clustered (neighbours closer than 0.8 em are one column). A cluster no denser than its
 * neighbours that lies half-way between them, where they are no further apart than about one ordinary
 * column, is a cell spanning both columns (a sub-table with fewer columns, as the （八）/（九） parts of
 * table 二), not a column of its own; in evenly spaced columns the neighbours are two columns apart.
 */
final class ValueColumns {
    private ValueColumns() {
    }

    static List<Float> centres(List<PdfChunks.Line> lines, float size) {
        List<Float> xs = new ArrayList<>();
        int valueLines = 0;
        for (PdfChunks.Line l : lines) {
            boolean any = false;
            for (PdfChunks.Chunk c : l.chunks()) {
                if (PdfStreamTable.isNumber(c)) {
                    xs.add(c.centre());
                    any = true;
                }
            }
            valueLines += any ? 1 : 0;
        }
        xs.sort(null);
        List<float[]> clusters = new ArrayList<>(); // {sum, count, last}
        for (float x : xs) {
            float[] last = clusters.isEmpty() ? null : clusters.get(clusters.size() - 1);
            if (last != null && x - last[2] <= 0.8f * size) {
                last[0] += x;
                last[1]++;
                last[2] = x;
            } else {
                clusters.add(new float[] {x, 1, x});
            }
        }
        float widest = 0;
        for (int i = 0; i + 1 < clusters.size(); i++) {
            widest = Math.max(widest, mean(clusters.get(i + 1)) - mean(clusters.get(i)));
        }
        List<Float> out = new ArrayList<>();
        for (int i = 0; i < clusters.size(); i++) {
            float[] c = clusters.get(i);
            float centre = mean(c);
            if (i > 0 && i + 1 < clusters.size()) {
                float[] a = clusters.get(i - 1);
                float[] b = clusters.get(i + 1);
                boolean halfway = Math.abs(centre - (mean(a) + mean(b)) / 2) < 0.2f * (mean(b) - mean(a));
                boolean narrow = mean(b) - mean(a) < 1.4f * widest;
                if (halfway && narrow && c[1] <= Math.min(a[1], b[1])) {
                    continue;
                }
            }
            out.add(centre);
        }
        return valueLines == 0 ? List.of() : out;
    }

    /**
     * The columns of a table that has only a header: its narrowest cells taken first, each that overlaps
     * none taken already being a column (so 行政复议, over five of them, is not one).
     */
    static List<Float> fromHeader(List<PdfChunks.Line> lines) {
        List<PdfChunks.Chunk> chunks = new ArrayList<>();
        lines.forEach(l -> chunks.addAll(l.chunks()));
        chunks.sort((a, b) -> Float.compare(a.width(), b.width()));
        List<float[]> columns = new ArrayList<>();
        for (PdfChunks.Chunk c : chunks) {
            if (columns.stream().noneMatch(k -> c.x() < k[1] && k[0] < c.right())) {
                columns.add(new float[] {c.x(), c.right()});
            }
        }
        List<Float> out = new ArrayList<>();
        columns.forEach(k -> out.add((k[0] + k[1]) / 2));
        out.sort(null);
        return out;
    }

    private static float mean(float[] cluster) {
        return cluster[0] / cluster[1];
    }

    /** The left edge of the first value column: half a column before its centre. */
    static float left(List<Float> centres, float size) {
        if (centres.size() < 2) {
            return centres.get(0) - 3 * size;
        }
        return centres.get(0) - (centres.get(1) - centres.get(0)) / 2;
    }

    /** Edges between the value columns (midpoints), from {@code left} to one half-column past the last. */
    static List<Float> edges(List<Float> centres, float left) {
        List<Float> edges = new ArrayList<>();
        edges.add(left);
        for (int i = 0; i + 1 < centres.size(); i++) {
            edges.add((centres.get(i) + centres.get(i + 1)) / 2);
        }
        float last = centres.get(centres.size() - 1);
        edges.add(last + (last - edges.get(edges.size() - 1)));
        return edges;
    }
}
