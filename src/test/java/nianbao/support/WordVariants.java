package nianbao.support;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;

/**
 * Layouts real county offices produce in Word, made at test time from a sample .docx with POI, so the
 * sample's own words and numbers stay and only the layout changes: headings numbered by Word, the body
 * in a one-cell frame, data tables nested in layout cells, tables without borders.
 */
public final class WordVariants {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final Pattern SECTION = Pattern.compile("^([一二三四五六七八九十]{1,2})、");
    private static final Pattern SUBSECTION = Pattern.compile("^（([一二三四五六七八九十]{1,2})）");
    private static final Pattern ROW_LABEL = Pattern.compile("^(\\d{1,2})([.．、])");
    private static final String NUMERALS = "一二三四五六七八九";

    private WordVariants() {
    }

    /** Where a numbered heading's numbering comes from. */
    public enum Via {
        /** {@code w:numPr} with list and level on the paragraph. */
        PARAGRAPH,
        /** {@code w:numPr} with list and level on the heading styles. */
        STYLE,
        /** The heading styles name only the list; the list's levels name the styles (Word's outline numbering). */
        LINKED_STYLES
    }

    /** Writes {@code target}: the sample opened with POI, changed, saved. */
    public static Path write(Path sample, Path target, Consumer<XWPFDocument> change) throws Exception {
        try (InputStream in = Files.newInputStream(sample); XWPFDocument doc = new XWPFDocument(in);
             OutputStream out = Files.newOutputStream(target)) {
            change.accept(doc);
            doc.write(out);
        }
        return target;
    }

    /**
     * Section headings ("一、…", style Heading1) and full-width sub-headings ("（一）…", Heading2) lose
     * their literal numeral and get it from numbering.xml instead, on the paragraph or through the heading
     * styles ({@link Via}). Word's counters are simulated so that every numeral drawn
     * equals the literal it replaces: where the report skips a number (a missing section) a new numbering
     * instance restarts at the literal value; a sub-heading whose literal does not follow (a half-width or
     * misnumbered one) keeps its literal, as do the rest of its run.
     */
    public static Consumer<XWPFDocument> numberedHeadings(String sectionFormat, boolean tabSuffix, Via via) {
        boolean viaStyle = via != Via.PARAGRAPH;
        return doc -> {
            XWPFNumbering numbering = doc.createNumbering();
            BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(
                    abstractNum(sectionFormat, tabSuffix, via == Via.LINKED_STYLES)));
            BigInteger numId = numbering.addNum(abstractId);
            if (viaStyle) {
                // Linked styles name only the list; the level is the one whose w:pStyle names the style.
                styleNumbering(doc, "Heading1", numId, via == Via.LINKED_STYLES ? null : 0);
                styleNumbering(doc, "Heading2", numId, via == Via.LINKED_STYLES ? null : 1);
            }
            boolean restarted = false;
            int section = 0;
            int sub = 0;
            boolean subBroken = false;
            for (XWPFParagraph p : doc.getParagraphs()) {
                String style = p.getStyleID();
                String text = p.getText();
                Matcher m = SECTION.matcher(text);
                Matcher s = SUBSECTION.matcher(text);
                if ("Heading1".equals(style) && m.find()) {
                    int v = value(m.group(1));
                    if (v != section + 1) {
                        numId = numbering.addNum(abstractId);
                        CTNumLvl o = numbering.getNum(numId).getCTNum().addNewLvlOverride();
                        o.setIlvl(BigInteger.ZERO);
                        o.addNewStartOverride().setVal(BigInteger.valueOf(v));
                        restarted = true;
                    }
                    number(p, numId, 0, viaStyle && !restarted, m.end());
                    section = v;
                    sub = 0;
                    subBroken = false;
                } else if ("Heading2".equals(style) && !subBroken && s.find() && value(s.group(1)) == sub + 1) {
                    number(p, numId, 1, viaStyle && !restarted, s.end());
                    sub++;
                } else {
                    subBroken |= "Heading2".equals(style);
                    if (viaStyle && style != null && style.startsWith("Heading")) {
                        p.setNumID(BigInteger.ZERO); // numId 0: this paragraph of a numbered style is not numbered
                    }
                }
            }
        };
    }

    /**
     * Table row labels "1.属于国家秘密" … lose their literal number and get it from a decimal list with the
     * label's own punctuation; each group that starts again at 1 (or skips a number, as a report may) is a
     * new list instance restarting at the literal value, as Word's "restart numbering" writes it.
     */
    public static void numberedRowLabels(XWPFDocument doc) {
        XWPFNumbering numbering = doc.createNumbering();
        java.util.Map<String, BigInteger> abstractIds = new java.util.HashMap<>();
        java.util.Map<String, BigInteger> current = new java.util.HashMap<>();
        java.util.Map<String, Integer> last = new java.util.HashMap<>();
        for (XWPFTable t : doc.getTables()) {
            for (XWPFTableRow row : t.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    for (XWPFParagraph p : cell.getParagraphs()) {
                        Matcher m = ROW_LABEL.matcher(p.getText());
                        if (!m.find()) {
                            continue;
                        }
                        String punct = m.group(2);
                        int v = Integer.parseInt(m.group(1));
                        BigInteger abs = abstractIds.computeIfAbsent(punct, k ->
                                numbering.addAbstractNum(new XWPFAbstractNum(decimalList(k, abstractIds.size() + 20))));
                        BigInteger numId = current.get(punct);
                        if (numId == null || v != last.get(punct) + 1) {
                            numId = numbering.addNum(abs);
                            CTNumLvl o = numbering.getNum(numId).getCTNum().addNewLvlOverride();
                            o.setIlvl(BigInteger.ZERO);
                            o.addNewStartOverride().setVal(BigInteger.valueOf(v));
                            current.put(punct, numId);
                        }
                        last.put(punct, v);
                        number(p, numId, 0, false, m.end());
                    }
                }
            }
        }
    }

    private static CTAbstractNum decimalList(String punct, int id) {
        String xml = "<w:abstractNum xmlns:w=\"" + W + "\" w:abstractNumId=\"" + id + "\">"
                + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/>"
                + "<w:suff w:val=\"nothing\"/><w:lvlText w:val=\"%1" + punct + "\"/></w:lvl></w:abstractNum>";
        try {
            return CTAbstractNum.Factory.parse(xml, new XmlOptions().setLoadReplaceDocumentElement(null));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void number(XWPFParagraph p, BigInteger numId, int level, boolean fromStyle, int literal) {
        if (!fromStyle) {
            p.setNumID(numId);
            p.setNumILvl(BigInteger.valueOf(level));
        }
        dropPrefix(p, literal);
    }

    private static CTAbstractNum abstractNum(String sectionFormat, boolean tabSuffix, boolean linked) {
        String suff = tabSuffix ? "" : "<w:suff w:val=\"nothing\"/>";
        String style1 = linked ? "<w:pStyle w:val=\"Heading1\"/>" : "";
        String style2 = linked ? "<w:pStyle w:val=\"Heading2\"/>" : "";
        String xml = "<w:abstractNum xmlns:w=\"" + W + "\" w:abstractNumId=\"7\">"
                + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"" + sectionFormat + "\"/>" + style1
                + suff + "<w:lvlText w:val=\"%1、\"/><w:lvlJc w:val=\"left\"/></w:lvl>"
                + "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/>" + style2 + suff
                + "<w:lvlText w:val=\"（%2）\"/><w:lvlJc w:val=\"left\"/></w:lvl>"
                + "</w:abstractNum>";
        try {
            // Without this option XmlBeans keeps the root as a child, nesting w:abstractNum in w:abstractNum.
            return CTAbstractNum.Factory.parse(xml, new XmlOptions().setLoadReplaceDocumentElement(null));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void styleNumbering(XWPFDocument doc, String styleId, BigInteger numId, Integer level) {
        CTStyle style = doc.getStyles().getStyle(styleId).getCTStyle();
        CTPPrGeneral ppr = style.isSetPPr() ? style.getPPr() : style.addNewPPr();
        CTNumPr np = ppr.isSetNumPr() ? ppr.getNumPr() : ppr.addNewNumPr();
        if (level != null) {
            np.addNewIlvl().setVal(BigInteger.valueOf(level));
        }
        np.addNewNumId().setVal(numId);
    }

    private static int value(String numeral) {
        if (numeral.equals("十")) {
            return 10;
        }
        if (numeral.startsWith("十")) {
            return 10 + NUMERALS.indexOf(numeral.charAt(1)) + 1;
        }
        return NUMERALS.indexOf(numeral.charAt(0)) + 1;
    }

    /** Removes the first {@code n} characters of the paragraph's text, across runs. */
    private static void dropPrefix(XWPFParagraph p, int n) {
        int left = n;
        for (XWPFRun run : p.getRuns()) {
            String t = run.getText(0);
            if (t == null) {
                continue;
            }
            int k = Math.min(left, t.length());
            run.setText(t.substring(k), 0);
            left -= k;
            if (left == 0) {
                return;
            }
        }
    }

    /** The whole body (all but the section properties) moved into the single cell of a frame table. */
    public static void bodyInOneCell(XWPFDocument doc) {
        List<XmlObject> body = bodyElements(doc);
        XmlCursor at = body.get(0).newCursor();
        XWPFTable frame = doc.insertNewTbl(at);
        at.close();
        moveInto(frame.getRow(0).getCell(0), body);
    }

    /** The whole body moved into a block content control ({@code w:sdt}), as CMS templates and forms do. */
    public static void bodyInContentControl(XWPFDocument doc) {
        List<XmlObject> body = bodyElements(doc);
        try (XmlCursor at = body.get(0).newCursor()) {
            at.beginElement("sdt", W); // the cursor is now inside the new, empty w:sdt
            at.insertElement("sdtPr", W);
            at.beginElement("sdtContent", W);
            for (XmlObject o : body) {
                try (XmlCursor src = o.newCursor()) {
                    src.moveXml(at);
                }
            }
        }
    }

    /** Each data table moved into the second cell of a two-cell layout table (an empty indent cell first). */
    public static void tablesInLayoutCells(XWPFDocument doc) {
        for (XmlObject o : bodyElements(doc)) {
            if (o instanceof org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl) {
                XmlCursor at = o.newCursor();
                XWPFTable frame = doc.insertNewTbl(at);
                at.close();
                XWPFTableRow row = frame.getRow(0);
                XWPFTableCell holder = row.addNewTableCell();
                moveInto(holder, List.of(o));
            }
        }
    }

    /** Every table and cell border removed: the grid is only in the table structure. */
    public static void borderless(XWPFDocument doc) {
        List<XWPFTable> tables = new ArrayList<>(doc.getTables());
        for (XWPFTable t : tables) {
            CTTblPr pr = t.getCTTbl().getTblPr();
            if (pr != null) {
                if (pr.isSetTblBorders()) {
                    pr.unsetTblBorders();
                }
                if (pr.isSetTblStyle()) {
                    pr.unsetTblStyle();
                }
            }
            for (XWPFTableRow row : t.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    CTTcPr tc = cell.getCTTc().getTcPr();
                    if (tc != null && tc.isSetTcBorders()) {
                        tc.unsetTcBorders();
                    }
                }
            }
        }
    }

    private static List<XmlObject> bodyElements(XWPFDocument doc) {
        List<XmlObject> out = new ArrayList<>();
        try (XmlCursor c = doc.getDocument().getBody().newCursor()) {
            if (c.toFirstChild()) {
                do {
                    if (!"sectPr".equals(c.getName().getLocalPart())) {
                        out.add(c.getObject());
                    }
                } while (c.toNextSibling());
            }
        }
        return out;
    }

    /** Moves the elements, in order, to the end of the cell, which must end with a paragraph. */
    private static void moveInto(XWPFTableCell cell, List<XmlObject> elements) {
        for (XmlObject o : elements) {
            try (XmlCursor src = o.newCursor(); XmlCursor dst = cell.getCTTc().newCursor()) {
                dst.toEndToken();
                src.moveXml(dst);
            }
        }
        try (XmlCursor dst = cell.getCTTc().newCursor()) {
            dst.toEndToken();
            dst.beginElement("p", W);
        }
    }
}
