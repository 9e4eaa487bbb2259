package nianbao.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Groups positioned glyphs into text lines.
 *
 * <p>Glyphs whose baselines lie within 0.4 em of each other form a line; inside a line they are ordered by
 * x and a space is put where the gap is wider than 0.2 em, which is how a space shows in a PDF that has no
 * space glyphs. A glyph drawn twice at nearly the same place (fake bold) is kept once.
 */
final class PdfText {
    private PdfText() {
    }

    /** One line of text with its extent. */
    record Line(String text, float x, float right, float baseline, float size) {
        float top() {
            return baseline - 0.9f * size;
        }
    }

    static List<Line> lines(List<PdfGlyph> glyphs) {
        return lines(glyphs, false);
    }

    /**
     * Lines whose wide gaps (more than one and a half characters) are written as tabs: the columns of a
     * table drawn without ruling lines, so the text reader can recover it as a tab-separated table.
     */
    static List<Line> columnLines(List<PdfGlyph> glyphs) {
        return lines(glyphs, true);
    }

    private static List<Line> lines(List<PdfGlyph> glyphs, boolean tabs) {
        List<PdfGlyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(PdfGlyph::baseline).thenComparingDouble(PdfGlyph::x));
        List<List<PdfGlyph>> groups = new ArrayList<>();
        List<PdfGlyph> group = null;
        float base = 0;
        float size = 0;
        for (PdfGlyph g : sorted) {
            if (group != null && Math.abs(g.baseline() - base) <= 0.4f * Math.max(size, g.size())) {
                group.add(g);
                size = Math.max(size, g.size());
            } else {
                group = new ArrayList<>();
                group.add(g);
                groups.add(group);
                base = g.baseline();
                size = g.size();
            }
        }
        List<Line> lines = new ArrayList<>();
        for (List<PdfGlyph> g : groups) {
            Line line = line(g, tabs);
            if (line != null) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static Line line(List<PdfGlyph> glyphs, boolean tabs) {
        glyphs.sort(Comparator.comparingDouble(PdfGlyph::x));
        StringBuilder sb = new StringBuilder();
        PdfGlyph prev = null;
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        float size = 0;
        float baseSum = 0;
        int n = 0;
        for (PdfGlyph g : glyphs) {
            boolean blank = g.text().isBlank();
            if (prev != null && g.text().equals(prev.text()) && Math.abs(g.x() - prev.x()) < 0.2f * g.size()) {
                continue;
            }
            float gap = prev == null ? 0 : g.x() - prev.right();
            if (tabs && prev != null && gap > 1.5f * Math.max(g.size(), prev.size()) && !blank) {
                while (sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ') {
                    sb.setLength(sb.length() - 1);
                }
                sb.append('\t');
            } else if (prev != null && gap > 0.2f * Math.max(g.size(), prev.size())
                    && sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ' && sb.charAt(sb.length() - 1) != '\t') {
                sb.append(' ');
            }
            if (blank) {
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ' && sb.charAt(sb.length() - 1) != '\t') {
                    sb.append(' ');
                }
            } else {
                sb.append(g.text());
                left = Math.min(left, g.x());
                right = Math.max(right, g.right());
                size = Math.max(size, g.size());
                baseSum += g.baseline();
                n++;
            }
            prev = g;
        }
        String text = sb.toString().strip();
        if (n == 0 || text.isEmpty()) {
            return null;
        }
        return new Line(text, left, right, baseSum / n, size);
    }

    /** Text of a table cell: its lines, tidied, wrapped lines of Chinese joined without a break. */
    static String cellText(List<PdfGlyph> glyphs) {
        String out = "";
        for (Line line : lines(glyphs)) {
            out = joinCellLines(out, LayoutSpaces.tidy(line.text()));
        }
        return out;
    }

    /** Joins two lines of one cell: directly when either side is Chinese, else with a line break. */
    static String joinCellLines(String a, String b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        if (LayoutSpaces.isCjk(a.codePointBefore(a.length())) || LayoutSpaces.isCjk(b.codePointAt(0))) {
            return a + b;
        }
        return a + "\n" + b;
    }
}
