package nianbao.read;

import java.util.ArrayList;
import java.util.List;
import nianbao.document.Table;
import nianbao.document.Texts;

/**
 * Finds tables drawn without ruling lines on a page and lays them out by the text's own columns (the
 * "stream" method).
 *
 * <p>What marks such a table is its numbers: a statistics table has lines with two or more numbers set
 * apart by wide gaps (a value line). Consecutive value lines, with the lines around them that belong to
 * the same block of small text, form a table; a line of running text (one chunk over most of the
 * table's width), a change of font size or a large vertical gap ends it.
 *
 * <p>Columns come from the text, as in pdfplumber's text strategy: the value columns are the clusters of
 * the numbers' centres (numbers are centred or aligned in their cells, so a column's numbers share a
 * centre); a cluster much sparser than its neighbours that sits half-way between two of them is a cell
 * spanning both, not a column. Left of the values lie the row labels, whose columns are separated where
 * some line has two label chunks with a gap between them (三、本 | （一）予以公开). Each value line is one
 * table row; a label line without numbers (a label wrapped in its cell) belongs to the nearest value line,
 * and a line with text over the value columns but no numbers (a header, a sub-table title) is a header
 * row of its own, consecutive header lines being one header band whose wrapped cells are joined.
 */
final class PdfStreamTable {
    private static final float SIZE_TOLERANCE = 1.5f;

    private PdfStreamTable() {
    }

    /**
     * A table found on a page (or joined over several pages): its lines and value columns. The grid is
     * laid out when first asked for, so that the parts of a table continued over a page break are laid
     * out together, on label columns seen on either page.
     */
    static final class Found {
        private final List<PdfChunks.Line> lines;
        private final List<Float> centres;
        private final float size;
        private Table table;

        Found(List<PdfChunks.Line> lines, List<Float> centres, float size) {
            this.lines = lines;
            this.centres = centres;
            this.size = size;
        }

        float top() {
            return lines.get(0).baseline() - lines.get(0).size();
        }

        List<Float> valueCentres() {
            return centres;
        }

        /** Lines at the end of a page that may head a table on the next (see {@link #trailingHead}). */
        boolean headOnly() {
            return centres.isEmpty();
        }

        float bottom() {
            return lines.get(lines.size() - 1).baseline();
        }

        /** The lines as plain text lines, for a head that turned out not to be one. */
        List<PdfText.Line> textLines() {
            return PdfText.lines(glyphs());
        }

        List<PdfGlyph> glyphs() {
            List<PdfGlyph> out = new ArrayList<>();
            lines.forEach(l -> l.chunks().forEach(c -> out.addAll(c.glyphs())));
            return out;
        }

        Table table() {
            if (table == null) {
                table = new StreamGrid(lines, centres, ValueColumns.left(centres, size), size).build();
            }
            return table;
        }
    }

    static List<Found> find(List<PdfGlyph> glyphs, Headings headings) {
        List<PdfChunks.Line> lines = PdfChunks.lines(glyphs);
        List<Found> out = new ArrayList<>();
        int i = 0;
        int free = 0;
        while (i < lines.size()) {
            if (!isStrongValueLine(lines.get(i))) {
                i++;
                continue;
            }
            Region region = region(lines, i, headings);
            if (region != null) {
                out.addAll(headersOnly(lines.subList(free, lines.indexOf(region.lines().get(0)))));
                out.add(region.build());
                i = region.end;
                free = i;
            } else {
                i++;
            }
        }
        out.addAll(headersOnly(lines.subList(free, lines.size())));
        return out;
    }

    /**
     * A table with a header and no numbers at all (table 四 of an office without cases, 004): a block
     * of three or more close lines in a type smaller than the lines before and after it, two of them
     * with three or more cells. Its columns are its narrowest cells that do not overlap.
     */
    private static List<Found> headersOnly(List<PdfChunks.Line> lines) {
        List<Found> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            float size = lines.get(i).size();
            int j = i + 1;
            while (j < lines.size() && Math.abs(lines.get(j).size() - size) <= 0.5f
                    && lines.get(j).baseline() - lines.get(j - 1).baseline() <= 2 * size) {
                j++;
            }
            boolean smaller = i > 0 && lines.get(i - 1).size() > size + SIZE_TOLERANCE
                    && j < lines.size() && lines.get(j).size() > size + SIZE_TOLERANCE;
            long cells = lines.subList(i, j).stream().filter(l -> l.chunks().size() >= 3).count();
            if (j - i >= 3 && smaller && cells >= 2) {
                List<Float> centres = ValueColumns.fromHeader(lines.subList(i, j));
                out.add(new Found(new ArrayList<>(lines.subList(i, j)), centres, size));
            }
            i = j;
        }
        return out;
    }

    /**
     * The lines that end a page and may be the head of a table whose numbers start on the next page
     * (001: table 三's header cut by the page break): two or more lines in one type size, different
     * from the line before them, close together, one of them with several cells. Whether they are a
     * table head is decided with the next page ({@link #heads}); otherwise they are read as text.
     */
    static Found trailingHead(List<PdfGlyph> glyphs) {
        List<PdfChunks.Line> lines = PdfChunks.lines(glyphs);
        int end = lines.size();
        // A page number or footer in another type size may follow.
        if (end >= 2 && Math.abs(lines.get(end - 1).size() - lines.get(end - 2).size()) > SIZE_TOLERANCE) {
            end--;
        }
        if (end < 2) {
            return null;
        }
        float size = lines.get(end - 1).size();
        int start = end - 1;
        while (start > 0 && Math.abs(lines.get(start - 1).size() - size) <= 0.5f
                && lines.get(start).baseline() - lines.get(start - 1).baseline() <= 2 * size) {
            start--;
        }
        boolean after = start > 0 && Math.abs(lines.get(start - 1).size() - size) > SIZE_TOLERANCE;
        List<PdfChunks.Line> run = new ArrayList<>(lines.subList(start, end));
        boolean cells = run.stream().anyMatch(l -> l.chunks().size() >= 2);
        return run.size() >= 2 && after && cells ? new Found(run, List.of(), size) : null;
    }

    /** Whether a trailing head belongs to the table that starts the next page: same type, text over its values. */
    static boolean heads(Found head, Found table) {
        if (Math.abs(head.size - table.size) > 0.5f || table.centres.isEmpty()) {
            return false;
        }
        float valueLeft = ValueColumns.left(table.centres, table.size);
        return head.lines.stream().anyMatch(l -> l.chunks().stream().anyMatch(c -> c.x() >= valueLeft));
    }

    /** The head's lines above the table's, laid out on the table's columns. */
    static Found withHead(Found head, Found table) {
        List<PdfChunks.Line> lines = new ArrayList<>(head.lines);
        // One em below: a header cell cut by the page break (自 / 然人) is joined again as wrapped text.
        float shift = head.lines.get(head.lines.size() - 1).baseline() + head.size - table.lines.get(0).baseline();
        table.lines.forEach(l -> lines.add(PdfChunks.shifted(l, shift)));
        return new Found(lines, table.centres, table.size);
    }

    /** A table at the top of a page continues one that ended the page before: same value columns. */
    static boolean continues(Found previous, Found next) {
        List<Float> a = previous.centres;
        List<Float> b = next.centres;
        if (a.size() != b.size() || Math.abs(previous.size - next.size) > SIZE_TOLERANCE) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (Math.abs(a.get(i) - b.get(i)) > PdfLattice.TOL) {
                return false;
            }
        }
        return true;
    }

    /**
     * Both parts as one table: the second page's lines are moved to just below the first page's, and a
     * header repeated at the top of the second page (the same lines before its first numbers) is dropped.
     */
    static Found join(Found previous, Found next) {
        List<PdfChunks.Line> more = new ArrayList<>(next.lines);
        int repeated = 0;
        while (repeated < more.size() && repeated < previous.lines.size() && !isValueLine(more.get(repeated))
                && texts(more.get(repeated)).equals(texts(previous.lines.get(repeated)))) {
            repeated++;
        }
        more = more.subList(repeated, more.size());
        List<PdfChunks.Line> lines = new ArrayList<>(previous.lines);
        if (!more.isEmpty()) {
            float shift = previous.lines.get(previous.lines.size() - 1).baseline() + 2 * previous.size
                    - more.get(0).baseline();
            more.forEach(l -> lines.add(PdfChunks.shifted(l, shift)));
        }
        return new Found(lines, previous.centres, previous.size);
    }

    private static List<String> texts(PdfChunks.Line l) {
        return l.chunks().stream().map(PdfChunks.Chunk::text).toList();
    }

    private static boolean isValueLine(PdfChunks.Line l) {
        return l.chunks().stream().anyMatch(PdfStreamTable::isNumber);
    }

    static boolean isNumber(PdfChunks.Chunk c) {
        return Texts.isNumber(c.text());
    }

    static boolean isValueText(PdfChunks.Chunk c) {
        return Texts.isNumber(c.text()) || Texts.isBlankMark(c.text());
    }

    /** A line of two or more numbers after its label chunks. */
    private static boolean isStrongValueLine(PdfChunks.Line line) {
        List<PdfChunks.Chunk> chunks = line.chunks();
        int numbers = 0;
        boolean inValues = false;
        for (PdfChunks.Chunk c : chunks) {
            if (isValueText(c)) {
                inValues = true;
                numbers += isNumber(c) ? 1 : 0;
            } else if (inValues) {
                return false;
            }
        }
        return numbers >= 2;
    }

    /** Inside a table, a label followed by a single number is a row too (a part with one value column). */
    private static boolean isRowOfValues(PdfChunks.Line line) {
        List<PdfChunks.Chunk> chunks = line.chunks();
        return chunks.size() >= 2 && isNumber(chunks.get(chunks.size() - 1)) && !isValueText(chunks.get(0));
    }

    /** Grows a region from its first value line up over its header and down over its rows. */
    private static Region region(List<PdfChunks.Line> lines, int first, Headings headings) {
        PdfChunks.Line seed = lines.get(first);
        float size = seed.size();
        float left = seed.left();
        float right = seed.right();
        int last = first;
        for (int k = first + 1; k < lines.size(); k++) {
            PdfChunks.Line l = lines.get(k);
            if (breaks(l, lines.get(k - 1), size, left, right, headings)) {
                break;
            }
            if (isStrongValueLine(l) || isRowOfValues(l)) {
                last = k;
                left = Math.min(left, l.left());
                right = Math.max(right, l.right());
            }
        }
        List<Float> centres = ValueColumns.centres(lines.subList(first, last + 1), size);
        if (centres.isEmpty()) {
            return null;
        }
        float valueLeft = ValueColumns.left(centres, size);
        // Lines after the last value line that only continue a label.
        int end = last + 1;
        while (end < lines.size() && !breaks(lines.get(end), lines.get(end - 1), size, left, right, headings)
                && lines.get(end).right() < valueLeft && lines.get(end).baseline() - lines.get(end - 1).baseline() < 1.6f * size) {
            end++;
        }
        int start = first;
        // Header lines above the first numbers: those over the value columns, and close lines beside
        // them (the header of columns left blank, a label wrapped from the page before).
        while (start > 0 && !breaks(lines.get(start - 1), lines.get(start), size, left, right, headings)
                && (lines.get(start - 1).right() > valueLeft
                || lines.get(start).baseline() - lines.get(start - 1).baseline() < 1.6f * size)) {
            start--;
        }
        return new Region(new ArrayList<>(lines.subList(start, end)), centres, size, end);
    }

    /** Whether {@code line} cannot belong to the same table as its neighbour {@code other}. */
    private static boolean breaks(PdfChunks.Line line, PdfChunks.Line other, float size, float left, float right,
                                  Headings headings) {
        if (Math.abs(line.size() - size) > SIZE_TOLERANCE) {
            return true;
        }
        if (Math.abs(line.baseline() - other.baseline()) > 3.5f * size) {
            return true;
        }
        // Running text (one chunk over most of the width) and a section heading are never table lines.
        return line.chunks().size() == 1 && (line.chunks().get(0).width() > 0.6f * (right - left)
                || headings.isSectionHeading(line.chunks().get(0).text()));
    }

    /** The lines of one table with its value columns; {@code end} is the index after its last line. */
    private record Region(List<PdfChunks.Line> lines, List<Float> centres, float size, int end) {
        Found build() {
            return new Found(lines, centres, size);
        }
    }
}
