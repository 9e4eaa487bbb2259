package nianbao.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import nianbao.document.Block;
import nianbao.document.Document;
import nianbao.document.Table;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Reads binary Word (.doc) files with POI's HWPF.
 *
 * <p>The main text range is walked paragraph by paragraph; when a paragraph is the first of a table, the
 * whole table is read through {@code Range.getTable} and skipped over, so tables stay in reading order.
 * A .doc cell knows its left edge and width in twips but not its grid column, and a horizontally merged
 * cell is simply wider. So every edge of every cell in the table is collected, edges less than 30 twips
 * apart are treated as one (Word jitters by a few twips), and each cell's left and right edge is mapped to
 * the nearest column edge: the difference is its colspan. Vertical merges are flags on the cells below the
 * first one ({@code isVerticallyMerged} without {@code isFirstVerticallyMerged}) and become covered
 * positions. Field codes (the part between U+0013 and U+0014) and Word's control marks are dropped from the
 * text. LibreOffice-written files make POI warn about {@code FIB.nFib}; that warning is harmless and is
 * silenced here. Every OLE2 file reaches this reader (that is how {@link Readers} sniffs), so an
 * encrypted Office file, an Excel or PowerPoint file and a Word 6/95 file each get their own plain reason.
 * The file is read from a stream, never opened for writing. Numerals of automatically numbered
 * paragraphs (list levels) are put in front of their text by {@link DocNumbering}.
 */
final class DocReader implements ReportReader {
    private static final int EDGE_TOLERANCE_TWIPS = 30;

    @Override
    public String name() {
        return "doc";
    }

    @Override
    public Document read(Path file) throws UnreadableException {
        try (InputStream in = Files.newInputStream(file); POIFSFileSystem fs = new POIFSFileSystem(in)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptedPackage") || root.hasEntry("EncryptionInfo")) {
                throw new UnreadableException("Word 文件设有密码保护，无法读取。");
            }
            if (!root.hasEntry("WordDocument")) {
                throw new UnreadableException("该文件不是 Word 文档（可能是 Excel、PowerPoint 或其他 Office 文件），无法读取。");
            }
            return read(new HWPFDocument(root));
        } catch (OldWordFileFormatException e) {
            throw new UnreadableException("该文件是 Word 6.0/95 旧格式，请另存为 .docx 后再检查。", e);
        } catch (EncryptedDocumentException e) {
            throw new UnreadableException("Word 文件设有密码保护，无法读取。", e);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableException("Word（.doc）文件已损坏或不是 Word 97-2003 格式，无法读取。", e);
        }
    }

    private Document read(HWPFDocument doc) throws IOException {
        try (doc) {
            Range range = doc.getRange();
            List<Block> blocks = new ArrayList<>();
            DocNumbering numbering = new DocNumbering();
            int n = range.numParagraphs();
            for (int i = 0; i < n; i++) {
                ReadGuard.tick();
                org.apache.poi.hwpf.usermodel.Paragraph p = range.getParagraph(i);
                if (p.isInTable()) {
                    org.apache.poi.hwpf.usermodel.Table t;
                    try {
                        t = range.getTable(p);
                    } catch (IllegalArgumentException notFirst) {
                        continue; // a stray table paragraph that is not the start of a table
                    }
                    blocks.add(table(t, numbering));
                    i += Math.max(1, t.numParagraphs()) - 1;
                } else {
                    DocxReader.addParagraphs(numbering.label(p) + clean(p.text()), blocks);
                }
            }
            return new Document(name(), blocks, List.of());
        }
    }

    static Table table(org.apache.poi.hwpf.usermodel.Table table, DocNumbering numbering) {
        List<Integer> edges = columnEdges(table);
        GridBuilder grid = new GridBuilder();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            grid.ensureRows(r + 1);
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                int from = nearest(edges, cell.getLeftEdge());
                int to = Math.max(from + 1, nearest(edges, cell.getLeftEdge() + cell.getWidth()));
                boolean continuation = cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged() && r > 0
                        || cell.isMerged() && !cell.isFirstMerged();
                if (continuation) {
                    for (int col = from; col < to; col++) {
                        grid.cover(r, col);
                    }
                } else {
                    grid.put(r, from, 1, to - from, cellText(cell, numbering));
                }
            }
        }
        return grid.build();
    }

    /** All distinct cell edges of the table in twips, near-equal edges merged, sorted. */
    private static List<Integer> columnEdges(org.apache.poi.hwpf.usermodel.Table table) {
        TreeSet<Integer> raw = new TreeSet<>();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                raw.add(cell.getLeftEdge());
                raw.add(cell.getLeftEdge() + cell.getWidth());
            }
        }
        List<Integer> edges = new ArrayList<>();
        for (int e : raw) {
            if (edges.isEmpty() || e - edges.get(edges.size() - 1) >= EDGE_TOLERANCE_TWIPS) {
                edges.add(e);
            }
        }
        return edges;
    }

    private static int nearest(List<Integer> edges, int x) {
        int best = 0;
        for (int i = 1; i < edges.size(); i++) {
            if (Math.abs(edges.get(i) - x) < Math.abs(edges.get(best) - x)) {
                best = i;
            }
        }
        return best;
    }

    private static String cellText(TableCell cell, DocNumbering numbering) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < cell.numParagraphs(); i++) {
            org.apache.poi.hwpf.usermodel.Paragraph p = cell.getParagraph(i);
            for (String line : (numbering.label(p) + clean(p.text())).split("\n", -1)) {
                parts.add(line);
            }
        }
        return LayoutSpaces.cell(parts);
    }

    /**
     * Word's text with its control characters resolved: field instructions dropped (their results kept),
     * line breaks (U+000B) as newlines, cell and paragraph marks and object anchors removed.
     */
    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        // For each open field: true while still inside its instruction part.
        java.util.ArrayDeque<Boolean> fields = new java.util.ArrayDeque<>();
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '\u0013' -> fields.push(Boolean.TRUE);
                case '\u0014' -> {
                    if (!fields.isEmpty()) {
                        fields.pop();
                        fields.push(Boolean.FALSE);
                    }
                }
                case '\u0015' -> {
                    if (!fields.isEmpty()) {
                        fields.pop();
                    }
                }
                default -> {
                    if (fields.contains(Boolean.TRUE)) {
                        continue;
                    }
                    switch (ch) {
                        case '\u000b', '\r' -> out.append('\n');
                        case '\u001e' -> out.append('-');
                        case '\t' -> out.append(' ');
                        case '\u0007', '\u000c', '\u0001', '\u0002', '\u0005', '\u0008', '\u001f' -> {
                        }
                        default -> out.append(ch);
                    }
                }
            }
        }
        return out.toString();
    }
}
