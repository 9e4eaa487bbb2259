package nianbao.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The label columns of a borderless table (the columns left of its values): separated where a line
 * shows two label chunks with a gap between them (三、本 | （一）予以公开 | 1.属于…), or where no label
 * text at all crosses a vertical strip (the header of columns blank in every row).
 */
final class LabelColumns {
    private LabelColumns() {
    }

    /** Table left, the gaps between label chunks seen on one line, and the start of the values. */
    static List<Float> edges(List<PdfChunks.Line> lines, float valueLeft, float size) {
        float left = Float.MAX_VALUE;
        List<float[]> gaps = new ArrayList<>();
        for (PdfChunks.Line l : lines) {
            PdfChunks.Chunk prev = null;
            for (PdfChunks.Chunk c : l.chunks()) {
                if (c.x() >= valueLeft) {
                    break;
                }
                left = Math.min(left, c.x());
                if (prev != null && c.right() <= valueLeft + size) {
                    gaps.add(new float[] {prev.right(), c.x()});
                }
                prev = c;
            }
        }
        List<Float> edges = new ArrayList<>();
        if (left == Float.MAX_VALUE) {
            edges.add(valueLeft);
            return edges;
        }
        edges.add(Math.min(left - 1, valueLeft));
        gaps.addAll(projectionGaps(lines, valueLeft, size));
        gaps.sort(Comparator.comparingDouble(g -> g[0]));
        float[] open = null;
        for (float[] g : gaps) {
            if (open != null && g[0] <= open[1] && g[1] >= open[0]) {
                open[0] = Math.max(open[0], g[0]);
                open[1] = Math.min(open[1], g[1]);
            } else {
                if (open != null) {
                    edges.add((open[0] + open[1]) / 2);
                }
                open = new float[] {g[0], g[1]};
            }
        }
        if (open != null) {
            edges.add((open[0] + open[1]) / 2);
        }
        edges.add(valueLeft);
        return edges;
    }

    /**
     * The white columns of the label area: x ranges no label chunk covers. Header cells of columns that
     * are blank in every row (the 行政复议 half of a table 四 without cases) show only here.
     */
    private static List<float[]> projectionGaps(List<PdfChunks.Line> lines, float valueLeft, float size) {
        List<float[]> spans = new ArrayList<>();
        for (PdfChunks.Line l : lines) {
            for (PdfChunks.Chunk c : l.chunks()) {
                if (c.right() <= valueLeft) {
                    spans.add(new float[] {c.x(), c.right()});
                }
            }
        }
        spans.sort(Comparator.comparingDouble(g -> g[0]));
        List<float[]> gaps = new ArrayList<>();
        float reach = -Float.MAX_VALUE;
        for (float[] sp : spans) {
            if (reach > -Float.MAX_VALUE && sp[0] - reach > 0.5f * size) {
                gaps.add(new float[] {reach, sp[0]});
            }
            reach = Math.max(reach, sp[1]);
        }
        return gaps;
    }

}
