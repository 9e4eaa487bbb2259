package nianbao.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Recovers table grids from the ruling lines of a page (the "lattice" method).
 *
 * <p>Collinear pieces of a border are merged first (producers draw each cell's border separately, and
 * double borders are two lines a point apart). Horizontal and vertical rulings that touch form one frame;
 * a frame with at least two rulings each way and at least two cells is a table. Its column edges are the
 * x positions of its vertical rulings and its row edges the y positions of its horizontal ones (positions
 * closer than 3 pt are one edge). Two neighbouring grid cells belong to the same merged cell when less
 * than half of the border between them is drawn: that is how rowspan and colspan show on paper. Glyphs
 * are placed by their centre point, so text that touches a border still lands in its own cell.
 *
 * <p>The column edges can be supplied from outside, so that the parts of a table continued over a page
 * break are laid out on one common set of columns.
 */
final class PdfLattice {
    static final float TOL = 3f;
    private static final float MERGE_GAP = 2f;

    private PdfLattice() {
    }

    /** The rulings of one table on one page. */
    record Frame(List<PdfRuling> horizontals, List<PdfRuling> verticals, float left, float top, float right,
                 float bottom) {
        List<Float> xEdges() {
            List<Float> xs = new ArrayList<>();
            verticals.forEach(v -> xs.add(v.pos()));
            xs.add(left);
            xs.add(right);
            return cluster(xs);
        }

        List<Float> yEdges() {
            List<Float> ys = new ArrayList<>();
            horizontals.forEach(h -> ys.add(h.pos()));
            ys.add(top);
            ys.add(bottom);
            return cluster(ys);
        }

        boolean contains(PdfGlyph g) {
            return g.cx() >= left && g.cx() <= right && g.cy() >= top && g.cy() <= bottom;
        }
    }

    /** A cell of the laid-out grid: its top-left position, spans and text. */
    record Region(int row, int col, int rowspan, int colspan, String text) {
    }

    /** A frame laid out on a grid: the edges used and the merged cells, in row-major order. */
    record Layout(List<Float> xs, List<Float> ys, List<Region> regions) {
        int rows() {
            return ys.size() - 1;
        }

        int cols() {
            return xs.size() - 1;
        }
    }

    /** The table frames among a page's rulings, top to bottom. */
    static List<Frame> frames(List<PdfRuling> rulings) {
        List<PdfRuling> hs = merge(rulings.stream().filter(PdfRuling::horizontal).toList());
        List<PdfRuling> vs = merge(rulings.stream().filter(r -> !r.horizontal()).toList());
        int n = hs.size() + vs.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < hs.size(); i++) {
            for (int j = 0; j < vs.size(); j++) {
                if (touch(hs.get(i), vs.get(j))) {
                    union(parent, i, hs.size() + j);
                }
            }
        }
        List<Frame> frames = new ArrayList<>();
        boolean[] done = new boolean[n];
        for (int i = 0; i < n; i++) {
            int root = find(parent, i);
            if (done[root]) {
                continue;
            }
            done[root] = true;
            List<PdfRuling> h = new ArrayList<>();
            List<PdfRuling> v = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                if (find(parent, k) == root) {
                    if (k < hs.size()) {
                        h.add(hs.get(k));
                    } else {
                        v.add(vs.get(k - hs.size()));
                    }
                }
            }
            if (h.size() < 2 || v.size() < 2) {
                continue;
            }
            float left = Float.MAX_VALUE;
            float right = -Float.MAX_VALUE;
            float top = Float.MAX_VALUE;
            float bottom = -Float.MAX_VALUE;
            for (PdfRuling r : h) {
                left = Math.min(left, r.from());
                right = Math.max(right, r.to());
                top = Math.min(top, r.pos());
                bottom = Math.max(bottom, r.pos());
            }
            for (PdfRuling r : v) {
                left = Math.min(left, r.pos());
                right = Math.max(right, r.pos());
                top = Math.min(top, r.from());
                bottom = Math.max(bottom, r.to());
            }
            Frame f = new Frame(h, v, left, top, right, bottom);
            if (right - left > 10 && bottom - top > 5 && (f.xEdges().size() - 1) * (f.yEdges().size() - 1) >= 2) {
                frames.add(f);
            }
        }
        frames.sort(Comparator.comparingDouble(Frame::top));
        return frames;
    }

    /** Lays out a frame on the given column edges (its own row edges) and fills the cells with its glyphs. */
    static Layout layout(Frame f, List<Float> xs, List<PdfGlyph> glyphs) {
        List<Float> ys = f.yEdges();
        int rows = ys.size() - 1;
        int cols = xs.size() - 1;
        int[] parent = new int[rows * cols];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (c + 1 < cols && coverage(f.verticals(), xs.get(c + 1), ys.get(r), ys.get(r + 1)) < 0.5f) {
                    union(parent, r * cols + c, r * cols + c + 1);
                }
                if (r + 1 < rows && coverage(f.horizontals(), ys.get(r + 1), xs.get(c), xs.get(c + 1)) < 0.5f) {
                    union(parent, r * cols + c, (r + 1) * cols + c);
                }
            }
        }
        List<List<PdfGlyph>> byRoot = new ArrayList<>();
        for (int i = 0; i < parent.length; i++) {
            byRoot.add(new ArrayList<>());
        }
        for (PdfGlyph g : glyphs) {
            int r = index(ys, g.cy());
            int c = index(xs, g.cx());
            if (r >= 0 && c >= 0) {
                byRoot.get(find(parent, r * cols + c)).add(g);
            }
        }
        List<Region> regions = new ArrayList<>();
        boolean[] seen = new boolean[parent.length];
        for (int i = 0; i < parent.length; i++) {
            int root = find(parent, i);
            if (seen[root]) {
                continue;
            }
            seen[root] = true;
            int r0 = Integer.MAX_VALUE;
            int c0 = Integer.MAX_VALUE;
            int r1 = -1;
            int c1 = -1;
            for (int k = i; k < parent.length; k++) {
                if (find(parent, k) == root) {
                    r0 = Math.min(r0, k / cols);
                    c0 = Math.min(c0, k % cols);
                    r1 = Math.max(r1, k / cols);
                    c1 = Math.max(c1, k % cols);
                }
            }
            regions.add(new Region(r0, c0, r1 - r0 + 1, c1 - c0 + 1, PdfText.cellText(byRoot.get(root))));
        }
        regions.sort(Comparator.comparingInt(Region::row).thenComparingInt(Region::col));
        return new Layout(xs, ys, regions);
    }

    /** The cell index of a coordinate among sorted edges, or -1 outside. */
    private static int index(List<Float> edges, float v) {
        if (v < edges.get(0) || v > edges.get(edges.size() - 1)) {
            return -1;
        }
        for (int i = 0; i + 1 < edges.size(); i++) {
            if (v < edges.get(i + 1)) {
                return i;
            }
        }
        return edges.size() - 2;
    }

    /** How much of the stretch [a, b] along position {@code pos} is drawn, from 0 to 1. */
    static float coverage(List<PdfRuling> lines, float pos, float a, float b) {
        float drawn = 0;
        for (PdfRuling l : lines) {
            if (Math.abs(l.pos() - pos) <= TOL) {
                drawn += Math.max(0, Math.min(b, l.to()) - Math.max(a, l.from()));
            }
        }
        return b - a <= 0 ? 1 : Math.min(1, drawn / (b - a));
    }

    /** Sorted values with those closer than {@link #TOL} to their neighbour replaced by their mean. */
    static List<Float> cluster(List<Float> values) {
        List<Float> sorted = new ArrayList<>(values);
        sorted.sort(null);
        List<Float> out = new ArrayList<>();
        float sum = 0;
        int n = 0;
        float last = 0;
        for (float v : sorted) {
            if (n > 0 && v - last > TOL) {
                out.add(sum / n);
                sum = 0;
                n = 0;
            }
            sum += v;
            n++;
            last = v;
        }
        if (n > 0) {
            out.add(sum / n);
        }
        return out;
    }

    /** Joins pieces of the same line: same position (within 1.5 pt) and touching or overlapping. */
    private static List<PdfRuling> merge(List<PdfRuling> in) {
        List<PdfRuling> sorted = new ArrayList<>(in);
        sorted.sort(Comparator.comparingDouble(PdfRuling::pos));
        List<List<PdfRuling>> rows = new ArrayList<>();
        for (PdfRuling r : sorted) {
            List<PdfRuling> last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
            if (last != null && r.pos() - last.get(last.size() - 1).pos() <= 1.5f) {
                last.add(r);
            } else {
                List<PdfRuling> row = new ArrayList<>();
                row.add(r);
                rows.add(row);
            }
        }
        List<PdfRuling> out = new ArrayList<>();
        for (List<PdfRuling> row : rows) {
            float pos = (float) row.stream().mapToDouble(PdfRuling::pos).average().orElse(0);
            row.sort(Comparator.comparingDouble(PdfRuling::from));
            float from = row.get(0).from();
            float to = row.get(0).to();
            for (PdfRuling r : row.subList(1, row.size())) {
                if (r.from() <= to + MERGE_GAP) {
                    to = Math.max(to, r.to());
                } else {
                    out.add(new PdfRuling(row.get(0).horizontal(), pos, from, to));
                    from = r.from();
                    to = r.to();
                }
            }
            out.add(new PdfRuling(row.get(0).horizontal(), pos, from, to));
        }
        return out;
    }

    private static boolean touch(PdfRuling h, PdfRuling v) {
        return v.pos() >= h.from() - TOL && v.pos() <= h.to() + TOL
                && h.pos() >= v.from() - TOL && h.pos() <= v.to() + TOL;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
