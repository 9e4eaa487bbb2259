package nianbao.read;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTOnOff;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The numerals Word draws in front of list paragraphs of a .docx ({@code numbering.xml}), which are not
 * part of the paragraph's text: a county office that lets Word number its headings has "总体情况" in the
 * file and "一、总体情况" on the page. Call {@link #label} for every paragraph in document order (body and
 * table cells alike, as Word counts them) and put the result in front of the text.
 *
 * <p>Where the numbering comes from: a paragraph's {@code w:numPr} is its own or else its style's, or
 * that of a style it is based on; {@code numId} 0 switches numbering off; a level given by neither is the
 * level whose {@code w:pStyle} names the paragraph's style, else 0. An abstract definition that only
 * links a numbering style ({@code w:numStyleLink}) is followed to that style's definition. The level
 * comes from the instance's {@code w:lvlOverride} if it has one, else from the abstract definition; the
 * counting itself is {@link ListCounters}. The suffix (tab by default) becomes a space, which
 * {@link LayoutSpaces#tidy} drops next to Chinese text. {@code CTLevelSuffix} is not in poi-ooxml-lite,
 * so the suffix is read through the DOM.
 */
final class DocxNumbering {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private final XWPFNumbering numbering;
    private final XWPFStyles styles;
    private final ListCounters counters = new ListCounters();

    DocxNumbering(XWPFDocument doc) {
        this.numbering = doc.getNumbering();
        this.styles = doc.getStyles();
    }

    /** The numeral Word draws before this paragraph, with its suffix, or "" when it is not numbered. */
    String label(XWPFParagraph p) {
        if (numbering == null) {
            return "";
        }
        try {
            return labelOrEmpty(p);
        } catch (RuntimeException malformed) {
            return ""; // a broken numbering definition must not cost the paragraph its text
        }
    }

    private String labelOrEmpty(XWPFParagraph p) {
        CTPPr ppr = p.getCTP().getPPr();
        String styleId = ppr != null && ppr.getPStyle() != null ? ppr.getPStyle().getVal() : null;
        BigInteger numId = null;
        BigInteger ilvl = null;
        if (ppr != null && ppr.getNumPr() != null) {
            numId = value(ppr.getNumPr().getNumId());
            ilvl = value(ppr.getNumPr().getIlvl());
        }
        Set<String> seen = new HashSet<>(); // basedOn chains can loop in broken files
        for (String s = styleId; s != null && (numId == null || ilvl == null) && seen.add(s); ) {
            CTStyle style = style(s);
            if (style == null) {
                break;
            }
            CTPPrGeneral sp = style.getPPr();
            CTNumPr np = sp == null ? null : sp.getNumPr();
            if (np != null) {
                numId = numId == null ? value(np.getNumId()) : numId;
                ilvl = ilvl == null ? value(np.getIlvl()) : ilvl;
            }
            s = style.getBasedOn() == null ? null : style.getBasedOn().getVal();
        }
        if (numId == null || numId.signum() == 0) {
            return "";
        }
        XWPFNum num = numbering.getNum(numId);
        CTAbstractNum abs = num == null ? null : abstractNum(num);
        if (abs == null) {
            return "";
        }
        int level = ilvl != null ? clamp(ilvl.intValue()) : levelOfStyle(abs, styleId);
        String numeral = counters.next(abs.getAbstractNumId(), numId, restarts(num), level, k -> level(num, abs, k));
        CTLvl lvl = lvl(num, abs, level);
        return numeral.isEmpty() || "nothing".equals(suffix(lvl)) ? numeral : numeral + " ";
    }

    /** The levels this instance restarts ({@code w:lvlOverride/w:startOverride}) and at which values. */
    private static Map<Integer, Integer> restarts(XWPFNum num) {
        Map<Integer, Integer> out = new HashMap<>();
        for (CTNumLvl o : num.getCTNum().getLvlOverrideList()) {
            if (o.getIlvl() == null) {
                continue;
            }
            if (o.getStartOverride() != null && o.getStartOverride().getVal() != null) {
                out.put(o.getIlvl().intValue(), o.getStartOverride().getVal().intValue());
            } else if (o.getLvl() != null && o.getLvl().getStart() != null) {
                out.put(o.getIlvl().intValue(), start(o.getLvl()));
            }
        }
        return out;
    }

    private static ListCounters.Level level(XWPFNum num, CTAbstractNum abs, int k) {
        CTLvl l = lvl(num, abs, k);
        if (l == null) {
            return null;
        }
        String format = l.getNumFmt() == null ? "decimal" : String.valueOf(l.getNumFmt().getVal());
        String pattern = l.getLvlText() == null ? null : l.getLvlText().getVal();
        int restartAfter = l.getLvlRestart() != null && l.getLvlRestart().getVal() != null
                ? l.getLvlRestart().getVal().intValue() : k;
        return new ListCounters.Level(start(l), format, pattern, on(l.getIsLgl()), restartAfter);
    }

    /** The level definition: an instance's own {@code w:lvlOverride/w:lvl} first, else the abstract one. */
    private static CTLvl lvl(XWPFNum num, CTAbstractNum abs, int level) {
        for (CTNumLvl o : num.getCTNum().getLvlOverrideList()) {
            if (o.getIlvl() != null && o.getIlvl().intValue() == level && o.getLvl() != null) {
                return o.getLvl();
            }
        }
        for (CTLvl l : abs.getLvlList()) {
            if (l.getIlvl() != null && l.getIlvl().intValue() == level) {
                return l;
            }
        }
        return null;
    }

    /** The abstract definition, following a {@code w:numStyleLink} to the numbering style that owns it. */
    private CTAbstractNum abstractNum(XWPFNum first) {
        XWPFNum num = first;
        for (int hop = 0; num != null && hop < 3; hop++) {
            if (num.getCTNum().getAbstractNumId() == null) {
                return null;
            }
            XWPFAbstractNum a = numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
            if (a == null) {
                return null;
            }
            CTAbstractNum abs = a.getCTAbstractNum();
            if (abs.getNumStyleLink() == null || !abs.getLvlList().isEmpty()) {
                return abs;
            }
            CTStyle linked = style(abs.getNumStyleLink().getVal());
            CTNumPr np = linked == null || linked.getPPr() == null ? null : linked.getPPr().getNumPr();
            BigInteger next = np == null ? null : value(np.getNumId());
            num = next == null ? null : numbering.getNum(next);
        }
        return null;
    }

    private static int levelOfStyle(CTAbstractNum abs, String styleId) {
        if (styleId != null) {
            for (CTLvl l : abs.getLvlList()) {
                if (l.getPStyle() != null && styleId.equals(l.getPStyle().getVal()) && l.getIlvl() != null) {
                    return clamp(l.getIlvl().intValue());
                }
            }
        }
        return 0;
    }

    private CTStyle style(String id) {
        if (styles == null || id == null) {
            return null;
        }
        XWPFStyle s = styles.getStyle(id);
        return s == null ? null : s.getCTStyle();
    }

    private static int start(CTLvl lvl) {
        // The schema's default for a missing w:start is 0.
        return lvl.getStart() == null || lvl.getStart().getVal() == null ? 0 : lvl.getStart().getVal().intValue();
    }

    /** An on/off element: present without a value means on. */
    private static boolean on(CTOnOff flag) {
        if (flag == null) {
            return false;
        }
        String v = String.valueOf(flag.getVal());
        return !v.equals("false") && !v.equals("0") && !v.equals("off");
    }

    /** {@code w:suff/@w:val}: tab (the default), space or nothing. */
    private static String suffix(CTLvl lvl) {
        Node node = lvl == null ? null : lvl.getDomNode();
        for (Node c = node == null ? null : node.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && "suff".equals(e.getLocalName()) && W.equals(e.getNamespaceURI())) {
                return e.getAttributeNS(W, "val");
            }
        }
        return "tab";
    }

    private static BigInteger value(CTDecimalNumber n) {
        return n == null ? null : n.getVal();
    }

    private static int clamp(int level) {
        return Math.max(0, Math.min(ListCounters.LEVELS - 1, level));
    }
}
