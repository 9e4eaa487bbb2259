package nianbao.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A page's glyphs as lines of chunks: runs of characters without a wide gap.
 *
 * <p>A table drawn without ruling lines still shows its cells as white space: inside a cell the
 * characters of Chinese text touch, and a space between a number and its unit ("2020 年") is a fifth
 * of an em, while neighbouring cells are separated by their padding, more than half an em. So a gap
 * wider than half the font size ends a chunk, and a chunk is the text of one cell on one line. This is the
 * word-merging step of tabula's stream mode and pdfplumber's text strategy, with the threshold set for
 * Chinese text, which has no spaces between words.
 */
final class PdfChunks {
    private static final float CELL_GAP = 0.5f;

    private PdfChunks() {
    }

    /** The text of one cell on one line, with its extent. */
    record Chunk(String text, float x, float right, float baseline, float size, List<PdfGlyph> glyphs) {
        float centre() {
            return (x + right) / 2;
        }

        float width() {
            return right - x;
        }
    }

    /** One line of chunks, left to right. */
    record Line(List<Chunk> chunks, float baseline, float size) {
        float left() {
            return chunks.get(0).x();
        }

        float right() {
            return chunks.get(chunks.size() - 1).right();
        }
    }

    /** The same line moved down by {@code dy} (to lay out a table's parts from two pages as one). */
    static Line shifted(Line l, float dy) {
        List<Chunk> chunks = new ArrayList<>();
        for (Chunk c : l.chunks()) {
            chunks.add(new Chunk(c.text(), c.x(), c.right(), c.baseline() + dy, c.size(), c.glyphs()));
        }
        return new Line(chunks, l.baseline() + dy, l.size());
    }

    static List<Line> lines(List<PdfGlyph> glyphs) {
        List<PdfGlyph> sorted = new ArrayList<>(glyphs);
        sorted.removeIf(g -> g.text().isBlank());
        sorted.sort(Comparator.comparingDouble(PdfGlyph::baseline).thenComparingDouble(PdfGlyph::x));
        List<List<PdfGlyph>> groups = new ArrayList<>();
        float base = 0;
        float size = 0;
        for (PdfGlyph g : sorted) {
            List<PdfGlyph> last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (last != null && Math.abs(g.baseline() - base) <= 0.4f * Math.max(size, g.size())) {
                last.add(g);
                size = Math.max(size, g.size());
            } else {
                List<PdfGlyph> group = new ArrayList<>();
                group.add(g);
                groups.add(group);
                base = g.baseline();
                size = g.size();
            }
        }
        List<Line> lines = new ArrayList<>();
        for (List<PdfGlyph> group : groups) {
            lines.add(line(group));
        }
        return lines;
    }

    private static Line line(List<PdfGlyph> glyphs) {
        glyphs.sort(Comparator.comparingDouble(PdfGlyph::x));
        List<Chunk> chunks = new ArrayList<>();
        List<PdfGlyph> run = new ArrayList<>();
        float size = 0;
        float baseSum = 0;
        for (PdfGlyph g : glyphs) {
            PdfGlyph prev = run.isEmpty() ? null : run.get(run.size() - 1);
            if (prev != null && g.x() - prev.right() > CELL_GAP * Math.max(g.size(), prev.size())) {
                chunks.add(chunk(run));
                run = new ArrayList<>();
            }
            run.add(g);
            size = Math.max(size, g.size());
            baseSum += g.baseline();
        }
        chunks.add(chunk(run));
        return new Line(chunks, baseSum / glyphs.size(), size);
    }

    private static Chunk chunk(List<PdfGlyph> run) {
        float x = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        float size = 0;
        float base = 0;
        for (PdfGlyph g : run) {
            x = Math.min(x, g.x());
            right = Math.max(right, g.right());
            size = Math.max(size, g.size());
            base += g.baseline();
        }
        return new Chunk(PdfText.cellText(run), x, right, base / run.size(), size, List.copyOf(run));
    }
}
