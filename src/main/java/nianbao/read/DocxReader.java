package nianbao.read;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nianbao.document.Block;
import nianbao.document.Document;
import nianbao.document.Paragraph;
import nianbao.document.Table;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTVMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Reads .docx files: first with {@link DocxFastReader} (StAX over the XML parts, no object tree), and with
 * POI's XWPF whenever the fast path is not sure to give the same result. What follows is what both do.
 *
 * <p>The body is walked in document order, content controls opened ({@link DocxBody}), so paragraphs and
 * tables keep their places. Word stores a merged cell as one {@code w:tc} with {@code w:gridSpan}
 * (columns) and as a {@code w:vMerge} chain (rows): {@code restart} opens a merge and a continuation
 * ({@code continue} or no value) lies below it. So each row is laid out on the table grid column by column (honouring
 * {@code w:gridBefore}), and a continuation cell becomes covered positions instead of a blank cell; that
 * is what lets later stages find a number by (row, column). A continuation with nothing above it to
 * continue is malformed and is kept as an ordinary cell. An explicit line break inside a paragraph starts
 * a new paragraph, as it does for the other formats. The file is opened from a stream, never read-write.
 *
 * <p>Two things Word shows are not in the paragraph text and are restored here: the numerals of
 * automatically numbered paragraphs ({@link DocxNumbering}, e.g. headings whose "一、" comes from
 * numbering.xml), and the reading order of layout tables ({@link DocxLayout}): a table that only frames
 * the body or holds other tables is unwrapped into its cells' paragraphs and tables, so that a data table
 * inside it stays a table and the prose around it stays prose.
 */
final class DocxReader implements ReportReader {
    /** Word's line breaks inside a paragraph's text: compiled once, not at every paragraph as String.split does. */
    static final java.util.regex.Pattern LINE_BREAK = java.util.regex.Pattern.compile("[\\n\\r\\u000b]");

    @Override
    public String name() {
        return "docx";
    }

    @Override
    public Document read(Path file) throws UnreadableException {
        try {
            return DocxFastReader.read(file);
        } catch (DocxParts.NotSure e) {
            return readWithPoi(file); // anything the fast path is not sure of is read as before
        } catch (ReadLimitExceeded e) {
            throw new UnreadableException("Word（.docx）文件已损坏或格式不正确，无法读取。", e);
        }
    }

    /** The file read with POI's XWPF: the fallback of {@link #read}, and the reference its fast path is held to. */
    static Document readWithPoi(Path file) throws UnreadableException {
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            List<Block> blocks = new ArrayList<>();
            DocxNumbering numbering = new DocxNumbering(doc);
            for (IBodyElement element : DocxBody.children(doc.getDocument().getBody(), doc)) {
                addElement(element, numbering, blocks);
            }
            return new Document("docx", blocks, List.of());
        } catch (EncryptedDocumentException e) {
            throw new UnreadableException("Word 文件设有密码保护，无法读取。", e);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableException("Word（.docx）文件已损坏或格式不正确，无法读取。", e);
        }
    }

    private static void addElement(IBodyElement element, DocxNumbering numbering, List<Block> blocks) {
        ReadGuard.tick();
        if (element instanceof XWPFParagraph p) {
            addParagraphs(numbering.label(p) + p.getText(), blocks);
        } else if (element instanceof XWPFTable t && DocxLayout.isLayout(t)) {
            for (XWPFTableRow row : t.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    if (!DocxLayout.isMergeContinuation(cell)) {
                        for (IBodyElement inner : DocxBody.children(cell.getCTTc(), cell)) {
                            addElement(inner, numbering, blocks);
                        }
                    }
                }
            }
        } else if (element instanceof XWPFTable t) {
            blocks.add(table(t, numbering));
        }
    }

    /** One paragraph per line: Word's explicit breaks ({@code w:br}) come out of getText() as newlines. */
    static void addParagraphs(String text, List<Block> blocks) {
        for (String line : LINE_BREAK.split(text)) {
            String t = LayoutSpaces.tidy(line);
            if (!t.isEmpty()) {
                blocks.add(new Paragraph(t));
            }
        }
    }

    static Table table(XWPFTable table, DocxNumbering numbering) {
        GridBuilder grid = new GridBuilder();
        List<XWPFTableRow> rows = table.getRows();
        // Per grid column: whether a vertical merge is running through it (opened by "restart" above).
        List<Boolean> open = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = rows.get(r);
            grid.ensureRows(r + 1);
            List<Boolean> next = new ArrayList<>();
            int col = gridBefore(row);
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr pr = cell.getCTTc().getTcPr();
                int span = gridSpan(pr);
                CTVMerge vm = pr == null ? null : pr.getVMerge();
                boolean restart = vm != null && vm.getVal() == STMerge.RESTART;
                boolean continuation = vm != null && !restart && col < open.size() && open.get(col);
                if (continuation) {
                    for (int c = col; c < col + span; c++) {
                        grid.cover(r, c);
                    }
                } else {
                    grid.put(r, col, 1, span, cellText(cell, numbering));
                }
                for (int c = col; c < col + span; c++) {
                    set(next, c, restart || continuation);
                }
                col += span;
            }
            open = next; // a column this row does not continue closes its merge
        }
        return grid.build();
    }

    private static void set(List<Boolean> flags, int index, boolean value) {
        while (flags.size() <= index) {
            flags.add(Boolean.FALSE);
        }
        flags.set(index, value);
    }

    private static int gridSpan(CTTcPr pr) {
        if (pr == null || pr.getGridSpan() == null) {
            return 1;
        }
        BigInteger v = pr.getGridSpan().getVal();
        return v == null ? 1 : Math.max(1, Math.min(v.intValue(), 1000));
    }

    private static int gridBefore(XWPFTableRow row) {
        CTTrPr pr = row.getCtRow().getTrPr();
        if (pr == null || pr.sizeOfGridBeforeArray() == 0) {
            return 0;
        }
        CTDecimalNumber n = pr.getGridBeforeArray(0);
        return n == null || n.getVal() == null ? 0 : Math.max(0, Math.min(n.getVal().intValue(), 1000));
    }

    /** The cell's paragraphs (and any nested table's cells) joined with line breaks. */
    private static String cellText(XWPFTableCell cell, DocxNumbering numbering) {
        List<String> parts = new ArrayList<>();
        for (IBodyElement e : DocxBody.children(cell.getCTTc(), cell)) {
            if (e instanceof XWPFParagraph p) {
                for (String line : LINE_BREAK.split(numbering.label(p) + p.getText(), -1)) {
                    parts.add(line);
                }
            } else if (e instanceof XWPFTable nested) {
                for (XWPFTableRow row : nested.getRows()) {
                    for (XWPFTableCell c : row.getTableCells()) {
                        parts.add(cellText(c, numbering));
                    }
                }
            }
        }
        return LayoutSpaces.cell(parts);
    }
}
