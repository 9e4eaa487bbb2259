package nianbao.read;

import static nianbao.read.DocxParts.isW;
import static nianbao.read.DocxParts.nextTag;
import static nianbao.read.DocxParts.skip;
import static nianbao.read.DocxParts.val;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import nianbao.document.Block;
import nianbao.document.Document;
import nianbao.read.DocxParts.NotSure;
import org.apache.poi.util.LocaleUtil;

/**
 * Reads a .docx without POI's object tree: one StAX pass over {@code word/document.xml} (and
 * numbering.xml and styles.xml when there are numbered paragraphs, {@link DocxFastNumbering}) builds a
 * small tree of paragraphs (their text already as POI's {@code XWPFParagraph.getText()} gives it) and
 * tables, which is then laid out exactly as {@link DocxReader} lays out POI's objects: content controls
 * opened, layout tables unwrapped, merged cells placed on the grid, numbering labels counted in the same
 * order.
 *
 * <p>The text of a paragraph follows POI 5.5: runs, runs inside hyperlinks and simple fields, smart tags,
 * inline content controls and tracked insertions (a run with deleted text is left out, as POI leaves it
 * out, but not inside an inline control, where POI keeps it; the runs of custom XML and math are left out); {@code w:t}, tabs, breaks ({@code w:br}, {@code w:cr}:
 * line breaks), non-breaking hyphens; field codes left out; the text of text boxes and pictures after the
 * run in parentheses, as POI appends it. Anything POI renders in a way not copied here (footnote and
 * endnote references, ruby, form check boxes, {@code w:altChunk}) or any doubt about the package makes
 * {@link #read} throw {@link NotSure}, and {@link DocxReader} reads the file with POI instead. A
 * differential test holds the two paths to the same {@link Document} on every .docx the project has.
 */
final class DocxFastReader {
    /** Deeper than this is no real report; POI refuses very deep documents, so let it decide. */
    private static final int MAX_DEPTH = 64;

    /** A paragraph: its text as POI gives it, and what its numbering label depends on. */
    record Para(String text, String styleId, BigInteger numId, BigInteger ilvl) {
    }

    record Tbl(List<Row> rows) {
    }

    record Row(int gridBefore, List<Cell> cells) {
    }

    /** {@code merge}: 0 none, 1 restart, 2 continue (a vMerge without restart). */
    record Cell(int span, int merge, List<Object> children) {
    }

    private final XMLStreamReader r;
    private final DocxFastNumbering numbering;
    private int depth;

    private DocxFastReader(XMLStreamReader r, DocxFastNumbering numbering) {
        this.r = r;
        this.numbering = numbering;
    }

    /** The document, or {@link NotSure} when POI must read it; a read budget overrun is thrown as is. */
    static Document read(Path file) throws NotSure {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            DocxParts parts = DocxParts.find(zip);
            List<Object> body;
            XMLStreamReader r = DocxParts.open(zip, parts.document);
            try {
                body = new DocxFastReader(r, null).document();
            } finally {
                r.close();
            }
            DocxFastNumbering numbering = DocxFastNumbering.load(zip, parts, anyNumbered(body));
            List<Block> blocks = new ArrayList<>();
            for (Object element : body) {
                addElement(element, numbering, blocks);
            }
            return new Document("docx", blocks, List.of());
        } catch (IOException | XMLStreamException e) {
            throw new NotSure(e.toString());
        } catch (ReadLimitExceeded e) {
            throw e;
        } catch (RuntimeException e) {
            throw new NotSure(e.toString());
        }
    }

    // ---- laying out, as DocxReader does with POI's objects ----

    private static void addElement(Object element, DocxFastNumbering numbering, List<Block> blocks) {
        ReadGuard.tick();
        if (element instanceof Para p) {
            DocxReader.addParagraphs(numbering.label(p) + p.text(), blocks);
        } else if (element instanceof Tbl t && isLayout(t)) {
            for (Row row : t.rows()) {
                for (Cell cell : row.cells()) {
                    if (cell.merge() != 2) {
                        for (Object inner : cell.children()) {
                            addElement(inner, numbering, blocks);
                        }
                    }
                }
            }
        } else if (element instanceof Tbl t) {
            blocks.add(table(t, numbering));
        }
    }

    /** {@link DocxLayout#isLayout}: one cell, a cell holding a table, or a cell of long prose. */
    private static boolean isLayout(Tbl table) {
        int cells = 0;
        for (Row row : table.rows()) {
            for (Cell cell : row.cells()) {
                cells++;
                int chars = 0;
                for (Object e : cell.children()) {
                    if (e instanceof Tbl) {
                        return true;
                    }
                    if (e instanceof Para p) {
                        chars += LayoutSpaces.collapse(p.text()).length();
                    }
                }
                if (chars > DocxLayout.PROSE_CHARS) {
                    return true;
                }
            }
        }
        return cells == 1;
    }

    /** {@link DocxReader#table}: cells placed on the grid, vertical merges as covered positions. */
    private static nianbao.document.Table table(Tbl table, DocxFastNumbering numbering) {
        GridBuilder grid = new GridBuilder();
        List<Row> rows = table.rows();
        List<Boolean> open = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            grid.ensureRows(r + 1);
            List<Boolean> next = new ArrayList<>();
            int col = row.gridBefore();
            for (Cell cell : row.cells()) {
                int span = cell.span();
                boolean restart = cell.merge() == 1;
                boolean continuation = cell.merge() == 2 && col < open.size() && open.get(col);
                if (continuation) {
                    for (int c = col; c < col + span; c++) {
                        grid.cover(r, c);
                    }
                } else {
                    grid.put(r, col, 1, span, cellText(cell, numbering));
                }
                for (int c = col; c < col + span; c++) {
                    while (next.size() <= c) {
                        next.add(Boolean.FALSE);
                    }
                    next.set(c, restart || continuation);
                }
                col += span;
            }
            open = next;
        }
        return grid.build();
    }

    private static String cellText(Cell cell, DocxFastNumbering numbering) {
        List<String> parts = new ArrayList<>();
        for (Object e : cell.children()) {
            if (e instanceof Para p) {
                for (String line : DocxReader.LINE_BREAK.split(numbering.label(p) + p.text(), -1)) {
                    parts.add(line);
                }
            } else if (e instanceof Tbl nested) {
                for (Row row : nested.rows()) {
                    for (Cell c : row.cells()) {
                        parts.add(cellText(c, numbering));
                    }
                }
            }
        }
        return LayoutSpaces.cell(parts);
    }

    private static boolean anyNumbered(List<Object> elements) {
        for (Object e : elements) {
            if (e instanceof Para p && (p.numId() != null || p.styleId() != null)) {
                return true;
            }
            if (e instanceof Tbl t) {
                for (Row row : t.rows()) {
                    for (Cell c : row.cells()) {
                        if (anyNumbered(c.children())) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    // ---- parsing word/document.xml ----

    private List<Object> document() throws XMLStreamException, NotSure {
        if (nextTag(r) != XMLStreamConstants.START_ELEMENT || !isW(r, "document")) {
            throw new NotSure("root is not w:document");
        }
        List<Object> body = null;
        while (nextTag(r) == XMLStreamConstants.START_ELEMENT) {
            if (isW(r, "body") && body == null) {
                body = new ArrayList<>();
                blocks(body);
            } else {
                skip(r);
            }
        }
        if (body == null) {
            throw new NotSure("no body");
        }
        return body;
    }

    /** The paragraphs and tables of a body, cell or block content control ({@link DocxBody#children}). */
    private void blocks(List<Object> out) throws XMLStreamException, NotSure {
        enter();
        while (nextTag(r) == XMLStreamConstants.START_ELEMENT) {
            if (!DocxParts.W.equals(r.getNamespaceURI())) {
                skip(r);
                continue;
            }
            blockChild(out);
        }
        depth--;
    }

    /** A paragraph, table or block content control of a body or cell, into {@code out}; anything else is passed over. */
    private void blockChild(List<Object> out) throws XMLStreamException, NotSure {
        switch (r.getLocalName()) {
            case "p" -> out.add(paragraph());
            case "tbl" -> out.add(table());
            case "sdt" -> blockSdt(out);
            case "altChunk" -> throw new NotSure("w:altChunk");
            default -> skip(r);
        }
    }

    private void blockSdt(List<Object> out) throws XMLStreamException, NotSure {
        boolean seen = false;
        while (nextTag(r) == XMLStreamConstants.START_ELEMENT) {
            if (isW(r, "sdtContent") && !seen) {
                seen = true;
                blocks(out);
            } else {
                skip(r);
            }
        }
    }

    private Tbl table() throws XMLStreamException, NotSure {
        enter();
        List<Row> rows = new ArrayList<>();
        while (nextTag(r) == XMLStreamConstants.START_ELEMENT) {
            if (isW(r, "tr")) {
                rows.add(row());
            } else {
                skip(r);
            }
        }
        depth--;
        return new Tbl(rows);
    }

    private Row row() throws XMLStreamException, NotSure {
        int gridBefore = 0;
        boolean trPr = false;
        List<Cell> cells = new ArrayList<>();
        while (nextTag(r) == XMLStreamConstants.START_ELEMENT) {
            if (isW(r, "trPr") && !trPr) {
                trPr = true;
                gridBefore = gridBefore();
            } else if (isW(r, "tc")) {
                cells.add(cell());
            } else {
                skip(r);
            }
        }
        return new Row(gridBefore, cells);
    }

    private int gridBefore() throws XMLStreamException, NotSure {
        Integer value = null;
        while (nextTag(r) == XMLStreamConstants.START_ELEMENT) {
            if (isW(r, "gridBefore") && value == null) {
                BigInteger v = number(val(r));
                value = v == null ? 0 : Math.max(0, Math.min(v.intValue(), 1000));
            }
            skip(r);
        }
        return value == null ? 0 : value;
    }

    private Cell cell() throws XMLStreamException, NotSure {
        int span = 1;
        int merge = 0;
        boolean tcPr = false;
        List<Object> children = new ArrayList<>();
        enter();
        while (nextTag(r) == XMLStreamConstants.START_ELEMENT) {
            if (!DocxParts.W.equals(r.getNamespaceURI())) {
                skip(r);
                continue;
            }
            if (!r.getLocalName().equals("tcPr")) {
                blockChild(children);
            } else if (tcPr) {
                skip(r);
            } else {
                tcPr = true;
                int[] sm = cellProperties();
                span = sm[0];
                merge = sm[1];
            }
        }
        depth--;
        return new Cell(span, merge, children);
    }

    private int[] cellProperties() throws XMLStreamException, NotSure {
        int span = 1;
        int merge = 0;
        boolean spanSeen = false;
        boolean mergeSeen = false;
        while (nextTag(r) == XMLStreamConstants.START_ELEMENT) {
            if (isW(r, "gridSpan") && !spanSeen) {
                spanSeen = true;
                BigInteger v = number(val(r));
                span = v == null ? 1 : Math.max(1, Math.min(v.intValue(), 1000));
            } else if (isW(r, "vMerge") && !mergeSeen) {
                mergeSeen = true;
                String v = val(r);
                if (v == null || v.trim().equals("continue")) {
                    merge = 2;
                } else if (v.trim().equals("restart")) {
                    merge = 1;
                } else {
                    throw new NotSure("vMerge " + v);
                }
            }
            skip(r);
        }
        return new int[] {span, merge};
    }

    private Para paragraph() throws XMLStreamException, NotSure {
        String styleId = null;
        BigInteger numId = null;
        BigInteger ilvl = null;
        boolean pPr = false;
        StringBuilder text = new StringBuilder();
        enter();
        while (nextTag(r) == XMLStreamConstants.START_ELEMENT) {
            if (isW(r, "pPr") && !pPr) {
                pPr = true;
                boolean style = false;
                boolean numPr = false;
                while (nextTag(r) == XMLStreamConstants.START_ELEMENT) {
                    if (isW(r, "pStyle") && !style) {
                        style = true;
                        styleId = val(r);
                        skip(r);
                    } else if (isW(r, "numPr") && !numPr) {
                        numPr = true;
                        BigInteger[] ni = DocxFastNumbering.numPr(r);
                        numId = ni[0];
                        ilvl = ni[1];
                    } else {
                        skip(r);
                    }
                }
            } else {
                runLevel(text);
            }
        }
        depth--;
        return new Para(text.toString(), styleId, numId, ilvl);
    }

    /**
     * One child of a paragraph (or of a smart tag or tracked insertion inside one), as POI's
     * {@code XWPFParagraph.buildRunsInOrderFromXml} takes it; the reader is on its start tag.
     */
    private void runLevel(StringBuilder out) throws XMLStreamException, NotSure {
        if (!DocxParts.W.equals(r.getNamespaceURI())) {
            skip(r);
            return;
        }
        switch (r.getLocalName()) {
            case "r" -> run(out, true);
            case "hyperlink", "fldSimple" -> {
                while (nextTag(r) == XMLStreamConstants.START_ELEMENT) {
                    if (isW(r, "r")) {
                        run(out, true);
                    } else {
                        skip(r);
                    }
                }
            }
            case "sdt" -> out.append(inlineSdt());
            case "ins", "del", "moveFrom", "moveTo" -> {
                // POI takes the change's own runs first, then the insertions nested in it.
                StringBuilder nested = new StringBuilder();
                enter();
                while (nextTag(r) == XMLStreamConstants.START_ELEMENT) {
                    if (isW(r, "r")) {
                        run(out, true);
                    } else if (isW(r, "ins")) {
                        while (nextTag(r) == XMLStreamConstants.START_ELEMENT) {
                            runLevel(nested);
                        }
                    } else {
                        skip(r);
                    }
                }
                depth--;
                out.append(nested);
            }
            case "smartTag" -> {
                enter();
                while (nextTag(r) == XMLStreamConstants.START_ELEMENT) {
                    runLevel(out);
                }
                depth--;
            }
            default -> skip(r);
        }
    }

    /** The text of an inline content control, as POI's {@code XWPFSDTContent.getText()} gives it. */
    private String inlineSdt() throws XMLStreamException, NotSure {
        enter();
        String text = "";
        boolean seen = false;
        while (nextTag(r) == XMLStreamConstants.START_ELEMENT) {
            if (isW(r, "sdtContent") && !seen) {
                seen = true;
                text = sdtContent();
            } else {
                skip(r);
            }
        }
        depth--;
        return text;
    }

    private String sdtContent() throws XMLStreamException, NotSure {
        // POI 5.5 takes only runs (deleted or not) and nested controls here; a control's text ends its line.
        List<String> texts = new ArrayList<>();
        List<Boolean> isSdt = new ArrayList<>();
        while (nextTag(r) == XMLStreamConstants.START_ELEMENT) {
            if (isW(r, "r")) {
                StringBuilder t = new StringBuilder();
                run(t, false);
                texts.add(t.toString());
                isSdt.add(false);
            } else if (isW(r, "sdt")) {
                texts.add(inlineSdt());
                isSdt.add(true);
            } else {
                skip(r);
            }
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < texts.size(); i++) {
            text.append(texts.get(i));
            if (isSdt.get(i) && i < texts.size() - 1) {
                text.append('\n');
            }
        }
        return text.toString();
    }

    /**
     * A run, as POI's {@code XWPFRun.toString()} gives it, appended to {@code out} unless it holds
     * deleted text; returns whether it was appended.
     */
    private boolean run(StringBuilder out, boolean dropDeleted) throws XMLStreamException, NotSure {
        StringBuilder text = new StringBuilder();
        StringBuilder pict = new StringBuilder();
        StringBuilder drawing = new StringBuilder();
        boolean caps = false;
        boolean rPr = false;
        boolean deleted = false;
        List<Integer> early = null; // where text read before the run properties lies in {@code text}
        while (nextTag(r) == XMLStreamConstants.START_ELEMENT) {
            if (!DocxParts.W.equals(r.getNamespaceURI())) {
                skip(r);
                continue;
            }
            String name = r.getLocalName();
            switch (name) {
                case "rPr" -> {
                    if (rPr) {
                        skip(r);
                        break;
                    }
                    rPr = true;
                    caps = caps();
                    if (caps && early != null) {
                        // Properties after the text (not Word's order): POI upper-cases the whole run all the same.
                        for (int i = early.size() - 2; i >= 0; i -= 2) {
                            int from = early.get(i);
                            int to = early.get(i + 1);
                            text.replace(from, to, text.substring(from, to).toUpperCase(LocaleUtil.getUserLocale()));
                        }
                    }
                }
                case "t", "delText" -> {
                    deleted |= name.equals("delText");
                    String t = r.getElementText();
                    if (!rPr) {
                        if (early == null) {
                            early = new ArrayList<>();
                        }
                        early.add(text.length());
                        early.add(text.length() + t.length());
                    }
                    text.append(caps ? t.toUpperCase(LocaleUtil.getUserLocale()) : t);
                }
                case "tab", "ptab" -> {
                    text.append('\t');
                    skip(r);
                }
                case "br", "cr" -> {
                    text.append('\n');
                    skip(r);
                }
                case "noBreakHyphen" -> {
                    text.append('\u2011');
                    skip(r);
                }
                case "fldChar" -> {
                    while (nextTag(r) == XMLStreamConstants.START_ELEMENT) {
                        if (isW(r, "ffData")) {
                            throw new NotSure("form field");
                        }
                        skip(r);
                    }
                }
                case "footnoteReference", "endnoteReference" -> throw new NotSure("footnote reference");
                case "ruby" -> throw new NotSure("ruby");
                case "pict" -> pictureText(pict);
                case "drawing" -> pictureText(drawing);
                default -> skip(r);
            }
        }
        if (dropDeleted && deleted) {
            return false;
        }
        out.append(text);
        StringBuilder picture = pict;
        if (drawing.length() > 0) {
            if (picture.length() > 0) {
                picture.append('\n');
            }
            picture.append(drawing);
        }
        if (picture.length() > 0) {
            out.append(" (\n").append(picture).append("\n)");
        }
        return true;
    }

    /** Every {@code w:t} inside a picture or drawing (text boxes), one per line, as POI collects them. */
    private void pictureText(StringBuilder out) throws XMLStreamException, NotSure {
        int level = 1;
        while (level > 0) {
            int e = nextTag(r);
            if (e == XMLStreamConstants.START_ELEMENT) {
                if (isW(r, "t")) {
                    String t = r.getElementText(); // leaves the reader on the end tag
                    if (!t.isEmpty()) {
                        if (out.length() > 0) {
                            out.append('\n');
                        }
                        out.append(t);
                    }
                } else if (++level > MAX_DEPTH * 8) {
                    throw new NotSure("nested too deep");
                }
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                level--;
            } else {
                throw new NotSure("truncated XML");
            }
        }
    }

    /** Whether the run properties switch on {@code w:caps} or {@code w:smallCaps} (POI upper-cases them). */
    private boolean caps() throws XMLStreamException, NotSure {
        boolean caps = false;
        boolean capsSeen = false;
        boolean small = false;
        boolean smallSeen = false;
        while (nextTag(r) == XMLStreamConstants.START_ELEMENT) {
            if (isW(r, "caps") && !capsSeen) {
                capsSeen = true;
                caps = on(val(r));
            } else if (isW(r, "smallCaps") && !smallSeen) {
                smallSeen = true;
                small = on(val(r));
            }
            skip(r);
        }
        return caps || small;
    }

    /** POI's on/off: no value is on; "true", "on", "x" (any case) and "1" are on. */
    private static boolean on(String v) {
        if (v == null) {
            return true;
        }
        String s = v.trim();
        return s.equalsIgnoreCase("true") || s.equalsIgnoreCase("on") || s.equalsIgnoreCase("x") || s.equals("1");
    }

    /** An integer attribute as XmlBeans reads it; {@link NotSure} for a value it would refuse. */
    static BigInteger number(String v) throws NotSure {
        if (v == null) {
            return null;
        }
        try {
            return new BigInteger(v.trim());
        } catch (NumberFormatException e) {
            throw new NotSure("not an integer: " + v);
        }
    }

    private void enter() throws NotSure {
        if (++depth > MAX_DEPTH) {
            throw new NotSure("nested too deep");
        }
    }
}
