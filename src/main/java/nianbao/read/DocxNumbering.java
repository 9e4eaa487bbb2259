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
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The numerals Word draws in front of list paragraphs ({@code numbering.xml}), which are not part of the
 * paragraph's text: a county office that lets Word number its headings has "总体情况" in the file and
 * "一、总体情况" on the page. Call {@link #label} for every paragraph in document order (body and table
 * cells alike, as Word counts them) and put the result in front of the text.
 *
 * <p>How Word numbers, as implemented here: a paragraph's {@code w:numPr} comes from the paragraph or
 * else from its style and the styles that style is based on; {@code numId} 0 switches numbering off; a
 * level given by neither is found through the level whose {@code w:pStyle} names the paragraph's style,
 * else it is 0. Counters belong to the abstract definition, so two {@code w:num} instances of it continue
 * one another, except that an instance's {@code w:startOverride} restarts its level the first time the
 * instance is used. A level starts at {@code w:start}; using a level restarts the deeper ones, unless
 * their {@code w:lvlRestart} says otherwise. {@code %1}…{@code %9} in {@code w:lvlText} are replaced by
 * the levels' counters in their own formats (decimal under {@code w:isLgl}); the suffix (tab by default)
 * becomes a space, which {@link LayoutSpaces#tidy} drops next to Chinese text. Schema classes missing
 * from poi-ooxml-lite ({@code CTLevelSuffix}) are read through the DOM instead.
 */
final class DocxNumbering {
    private static final int LEVELS = 9;
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private final XWPFNumbering numbering;
    private final XWPFStyles styles;
    /** Per abstract definition: the current counter of each level and whether the level has started. */
    private final Map<BigInteger, int[]> counters = new HashMap<>();
    private final Map<BigInteger, boolean[]> started = new HashMap<>();
    private final Set<BigInteger> usedNums = new HashSet<>();

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
        CTAbstractNum abs = abstractNum(num);
        if (abs == null) {
            return "";
        }
        int level = ilvl != null ? clamp(ilvl.intValue()) : levelOfStyle(abs, styleId);
        BigInteger absId = abs.getAbstractNumId();
        int[] value = counters.computeIfAbsent(absId, k -> new int[LEVELS]);
        boolean[] on = started.computeIfAbsent(absId, k -> new boolean[LEVELS]);
        if (usedNums.add(numId)) {
            applyStartOverrides(num, value, on);
        }
        CTLvl lvl = lvl(num, abs, level);
        if (lvl == null) {
            return "";
        }
        value[level] = on[level] ? value[level] + 1 : start(lvl);
        on[level] = true;
        for (int deeper = level + 1; deeper < LEVELS; deeper++) {
            CTLvl d = lvl(num, abs, deeper);
            int restartAfter = d != null && d.getLvlRestart() != null && d.getLvlRestart().getVal() != null
                    ? d.getLvlRestart().getVal().intValue() : deeper;
            // lvlRestart n: restart when a level numbered 1..n (0-based below n) is used; 0 never.
            if (level < restartAfter) {
                on[deeper] = false;
            }
        }
        return text(lvl, num, abs, value, on);
    }

    private String text(CTLvl lvl, XWPFNum num, CTAbstractNum abs, int[] value, boolean[] on) {
        if (lvl.getLvlText() == null || lvl.getLvlText().getVal() == null) {
            return "";
        }
        if (lvl.getNumFmt() != null && "bullet".equals(String.valueOf(lvl.getNumFmt().getVal()))) {
            return ""; // a bullet glyph (often a Symbol-font private character) is no numeral
        }
        boolean legal = lvl.getIsLgl() != null && !"false".equals(String.valueOf(lvl.getIsLgl().getVal()))
                && !"0".equals(String.valueOf(lvl.getIsLgl().getVal()));
        String pattern = lvl.getLvlText().getVal();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '%' && i + 1 < pattern.length() && pattern.charAt(i + 1) >= '1' && pattern.charAt(i + 1) <= '9') {
                int k = pattern.charAt(++i) - '1';
                CTLvl other = lvl(num, abs, k);
                int n = on[k] ? value[k] : other == null ? 1 : start(other);
                String fmt = other == null || other.getNumFmt() == null ? "decimal"
                        : String.valueOf(other.getNumFmt().getVal());
                out.append(Numerals.format(n, legal ? "decimal" : fmt));
            } else {
                out.append(c);
            }
        }
        String suffix = suffix(lvl);
        return out.length() == 0 ? "" : out + ("nothing".equals(suffix) ? "" : " ");
    }

    private void applyStartOverrides(XWPFNum num, int[] value, boolean[] on) {
        for (CTNumLvl o : num.getCTNum().getLvlOverrideList()) {
            if (o.getIlvl() == null) {
                continue;
            }
            int k = clamp(o.getIlvl().intValue());
            Integer start = o.getStartOverride() != null && o.getStartOverride().getVal() != null
                    ? o.getStartOverride().getVal().intValue()
                    : o.getLvl() != null && o.getLvl().getStart() != null ? start(o.getLvl()) : null;
            if (start != null) {
                value[k] = start - 1;
                on[k] = true; // the next paragraph at this level adds one and so shows the override
            }
        }
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
    private CTAbstractNum abstractNum(XWPFNum num) {
        for (int hop = 0; num != null && hop < 3; hop++) {
            if (num.getCTNum().getAbstractNumId() == null) {
                return null;
            }
            XWPFAbstractNum a = numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
            if (a == null) {
                return null;
            }
            CTAbstractNum abs = a.getCTAbstractNum();
            if (abs.getNumStyleLink() == null || abs.getLvlList().size() > 0) {
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

    /** {@code w:suff/@w:val}: tab (the default), space or nothing. */
    private static String suffix(CTLvl lvl) {
        Node node = lvl.getDomNode();
        for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
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
        return Math.max(0, Math.min(LEVELS - 1, level));
    }
}
