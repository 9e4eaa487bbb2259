package nianbao.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nianbao.document.Table;

/**
 * Turns the page parts of one table into one grid.
 *
 * <p>A long table (table 三 has 26–28 rows) is often cut by a page break. The parts are recognised by
 * position: the table ends one page and the next page starts with a table of the same outer width. Both
 * parts are then laid out on the union of their column edges, so a part whose rows happen to merge some
 * columns still lands in the right columns. At the seam three things are repaired:
 * <ul>
 *   <li>header rows repeated on the new page (the same cells and texts as the table's first rows) are
 *       dropped;</li>
 *   <li>a merged cell cut by the break (三、本年度办理结果 spanning twenty rows) shows as a cell on each page,
 *       with its text in one of them or cut in two ("（四）无" / "法提供"); two cells with the same columns
 *       on either side of the seam are joined when one of them spans several rows and either one is empty
 *       or the lower one's text runs on (it is not a number and does not start a new item such as
 *       "（五）" or "2.");</li>
 *   <li>a row split by the break (a long label wrapping onto the next page) shows as a first row on the new
 *       page whose filled cells all run on from the cells above (no numbers on both sides, no new item);
 *       then every cell of that row is joined to the one above, and if nothing of the row is left the
 *       row itself disappears. This also rejoins the cut header cells of 001 ("自" / "然人").</li>
 * </ul>
 */
final class PdfTableStitcher {
    private static final Pattern NUMBER = Pattern.compile("[+\\-−]?[\\d,，.]+(%|万元|元|件|个|条|项)?");
    /** The ordinal that starts a new item in a label column: （五） 三、 2. */
    static final Pattern ITEM = Pattern.compile(
            "^([（(][一二三四五六七八九十\\d]+[)）]|[一二三四五六七八九十]+、|\\d+[.．、])");

    private PdfTableStitcher() {
    }

    /** A table's frame on one page with the glyphs inside it. */
    record Part(int page, PdfLattice.Frame frame, List<PdfGlyph> glyphs) {
    }

    /** Whether {@code next} (top of a page) continues {@code previous} (bottom of the page before). */
    static boolean continues(Part previous, Part next) {
        PdfLattice.Frame a = previous.frame();
        PdfLattice.Frame b = next.frame();
        if (Math.abs(a.left() - b.left()) > PdfLattice.TOL || Math.abs(a.right() - b.right()) > PdfLattice.TOL) {
            return false;
        }
        List<Float> xa = a.xEdges();
        List<Float> xb = b.xEdges();
        int shared = 0;
        for (float x : xb) {
            if (xa.stream().anyMatch(y -> Math.abs(x - y) <= PdfLattice.TOL)) {
                shared++;
            }
        }
        return shared * 2 >= Math.min(xa.size(), xb.size()) + 1 || shared == Math.min(xa.size(), xb.size());
    }

    /** A mutable cell while the parts are put together. */
    private static final class Cell {
        int row;
        final int col;
        int rowspan;
        final int colspan;
        String text;

        Cell(PdfLattice.Region r, int rowOffset) {
            row = r.row() + rowOffset;
            col = r.col();
            rowspan = r.rowspan();
            colspan = r.colspan();
            text = r.text();
        }

        int end() {
            return row + rowspan;
        }
    }

    static Table build(List<Part> parts) {
        List<Float> all = new ArrayList<>();
        for (Part p : parts) {
            all.addAll(p.frame().xEdges());
        }
        List<Float> xs = PdfLattice.cluster(all);
        List<Cell> cells = new ArrayList<>();
        int rows = 0;
        for (Part part : parts) {
            PdfLattice.Layout layout = PdfLattice.layout(part.frame(), xs, part.glyphs());
            List<PdfLattice.Region> regions = new ArrayList<>(layout.regions());
            int partRows = layout.rows();
            if (rows > 0) {
                int repeated = repeatedHeaderRows(cells, regions, partRows);
                if (repeated > 0) {
                    regions = shiftUp(regions, repeated);
                    partRows -= repeated;
                }
                if (joinAtSeam(cells, regions, rows)) {
                    // The part's first row only finished the last row: fold it into that row.
                    for (Cell c : cells) {
                        if (c.row < rows && c.end() > rows) {
                            c.rowspan--;
                        }
                    }
                    regions = shiftUp(regions.stream().filter(r -> r != null).toList(), 1);
                    partRows--;
                }
            }
            for (PdfLattice.Region r : regions) {
                if (r != null) {
                    cells.add(new Cell(r, rows));
                }
            }
            rows += partRows;
        }
        GridBuilder grid = new GridBuilder();
        grid.ensureRows(rows);
        cells.sort((p, q) -> p.row != q.row ? Integer.compare(p.row, q.row) : Integer.compare(p.col, q.col));
        for (Cell c : cells) {
            grid.put(c.row, c.col, c.rowspan, c.colspan, c.text);
        }
        return grid.build();
    }

    /** How many first rows of the new part repeat the table's first rows exactly (0 if none). */
    private static int repeatedHeaderRows(List<Cell> table, List<PdfLattice.Region> part, int partRows) {
        for (int k = Math.min(6, partRows - 1); k >= 1; k--) {
            if (sameRows(table, part, k)) {
                return k;
            }
        }
        return 0;
    }

    private static boolean sameRows(List<Cell> table, List<PdfLattice.Region> part, int k) {
        List<String> a = new ArrayList<>();
        for (Cell c : table) {
            if (c.row < k) {
                if (c.end() > k) {
                    return false;
                }
                a.add(c.row + "," + c.col + "," + c.rowspan + "," + c.colspan + "," + squeeze(c.text));
            }
        }
        List<String> b = new ArrayList<>();
        for (PdfLattice.Region r : part) {
            if (r.row() < k) {
                if (r.row() + r.rowspan() > k) {
                    return false;
                }
                b.add(r.row() + "," + r.col() + "," + r.rowspan() + "," + r.colspan() + "," + squeeze(r.text()));
            }
        }
        a.sort(null);
        b.sort(null);
        return !a.isEmpty() && a.equals(b) && a.stream().anyMatch(s -> !s.endsWith(","));
    }

    private static List<PdfLattice.Region> shiftUp(List<PdfLattice.Region> regions, int k) {
        List<PdfLattice.Region> out = new ArrayList<>();
        for (PdfLattice.Region r : regions) {
            if (r.row() >= k) {
                out.add(new PdfLattice.Region(r.row() - k, r.col(), r.rowspan(), r.colspan(), r.text()));
            }
        }
        return out;
    }

    /**
     * Repairs the seam between the table so far ({@code rows} rows) and the new part's regions, whose
     * first row follows directly. Joined regions of the part are replaced by null. Returns true when the
     * part's first row was only the rest of the table's last row (a row split by the page break), so
     * that it must be removed.
     */
    private static boolean joinAtSeam(List<Cell> table, List<PdfLattice.Region> part, int rows) {
        List<Integer> first = new ArrayList<>();
        List<Cell> above = new ArrayList<>();
        List<Boolean> runsOn = new ArrayList<>();
        int both = 0;
        int continuing = 0;
        for (int i = 0; i < part.size(); i++) {
            PdfLattice.Region r = part.get(i);
            if (r == null || r.row() != 0) {
                continue;
            }
            Cell a = cellEndingAt(table, rows, r.col(), r.colspan());
            if (a == null) {
                continue;
            }
            first.add(i);
            above.add(a);
            boolean runs = false;
            if (!r.text().isEmpty() && !a.text.isEmpty()) {
                both++;
                runs = !NUMBER.matcher(squeeze(r.text())).matches() && !NUMBER.matcher(squeeze(a.text)).matches()
                        && !ITEM.matcher(squeeze(r.text())).find();
                if (runs) {
                    continuing++;
                }
            }
            runsOn.add(runs);
        }
        // Cut text: every cell filled on both sides reads as one text running on, none as a new item or value.
        boolean split = both > 0 && continuing == both;
        for (int k = 0; k < first.size(); k++) {
            PdfLattice.Region r = part.get(first.get(k));
            Cell a = above.get(k);
            boolean oneEmpty = r.text().isEmpty() || a.text.isEmpty();
            boolean spanning = r.rowspan() > 1 || a.rowspan > 1;
            if (split || (oneEmpty || runsOn.get(k)) && spanning) {
                a.rowspan += r.rowspan();
                a.text = PdfText.joinCellLines(a.text, r.text());
                part.set(first.get(k), null);
            }
        }
        return split && part.stream().noneMatch(r -> r != null && r.row() == 0);
    }

    private static Cell cellEndingAt(List<Cell> table, int rows, int col, int colspan) {
        for (Cell c : table) {
            if (c.end() == rows && c.col == col && c.colspan == colspan) {
                return c;
            }
        }
        return null;
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }
}
