package nianbao.read;

import static nianbao.read.DocxFastReader.number;
import static nianbao.read.DocxParts.isW;
import static nianbao.read.DocxParts.nextTag;
import static nianbao.read.DocxParts.skip;
import static nianbao.read.DocxParts.val;

import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import nianbao.read.DocxParts.NotSure;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * {@link DocxNumbering} for the fast path: the same rules (numbering from the paragraph, else its
 * style chain; numId 0 switches it off; numStyleLink followed; instance overrides before the abstract
 * definition; counting by {@link ListCounters}), over numbering.xml and styles.xml read with StAX into
 * plain records instead of POI's XmlBeans objects. A value POI's XmlBeans would refuse or read as
 * something else (an unknown number format, an on/off that is neither, a definition without its id)
 * makes the file {@link NotSure}, so POI decides.
 */
final class DocxFastNumbering {
    /** A level: values as POI reads them (null where the element or attribute is missing). */
    record Lvl(BigInteger ilvl, BigInteger start, boolean hasStart, String numFmt, boolean hasNumFmt,
               String lvlText, boolean hasLvlText, BigInteger lvlRestart, boolean hasLvlRestart,
               String isLgl, boolean hasIsLgl, String pStyle, boolean hasPStyle, String suff) {
    }

    record AbstractNum(BigInteger id, String numStyleLink, boolean hasNumStyleLink, List<Lvl> lvls) {
    }

    record Override(BigInteger ilvl, boolean hasStartOverride, BigInteger startOverride, Lvl lvl) {
    }

    record Num(BigInteger numId, BigInteger abstractNumId, boolean hasAbstractNumId, List<Override> overrides) {
    }

    record Style(String basedOn, boolean hasNumPr, BigInteger numId, BigInteger ilvl) {
    }

    /** No numbering part, or no paragraph that could be numbered: every label is "". */
    private static final DocxFastNumbering NONE = new DocxFastNumbering(null, null, null);

    private final List<Num> nums;
    private final List<AbstractNum> abstracts;
    private final Map<String, Style> styles;
    private final ListCounters counters = new ListCounters();

    private DocxFastNumbering(List<Num> nums, List<AbstractNum> abstracts, Map<String, Style> styles) {
        this.nums = nums;
        this.abstracts = abstracts;
        this.styles = styles;
    }

    static DocxFastNumbering load(ZipFile zip, DocxParts parts, boolean needed)
            throws NotSure, IOException, XMLStreamException {
        if (parts.numbering == null || !needed) {
            return NONE;
        }
        List<Num> nums = new ArrayList<>();
        List<AbstractNum> abstracts = new ArrayList<>();
        XMLStreamReader r = DocxParts.open(zip, parts.numbering);
        try {
            if (nextTag(r) != XMLStreamConstants.START_ELEMENT || !isW(r, "numbering")) {
                throw new NotSure("numbering root");
            }
            while (nextTag(r) == XMLStreamConstants.START_ELEMENT) {
                if (isW(r, "abstractNum")) {
                    abstracts.add(abstractNum(r));
                } else if (isW(r, "num")) {
                    nums.add(num(r));
                } else {
                    skip(r);
                }
            }
        } finally {
            r.close();
        }
        Map<String, Style> styles = parts.styles == null ? null : styles(zip, parts.styles);
        return new DocxFastNumbering(nums, abstracts, styles);
    }

    /** The numeral Word draws before this paragraph, with its suffix, or "". */
    String label(DocxFastReader.Para p) {
        if (nums == null) {
            return "";
        }
        String styleId = p.styleId();
        BigInteger numId = p.numId();
        BigInteger ilvl = p.ilvl();
        Set<String> seen = new HashSet<>();
        for (String s = styleId; s != null && (numId == null || ilvl == null) && seen.add(s); ) {
            Style style = style(s);
            if (style == null) {
                break;
            }
            if (style.hasNumPr()) {
                numId = numId == null ? style.numId() : numId;
                ilvl = ilvl == null ? style.ilvl() : ilvl;
            }
            s = style.basedOn();
        }
        if (numId == null || numId.signum() == 0) {
            return "";
        }
        Num num = num(numId);
        AbstractNum abs = num == null ? null : abstractNum(num);
        if (abs == null) {
            return "";
        }
        int level = ilvl != null ? clamp(ilvl.intValue()) : levelOfStyle(abs, styleId);
        String numeral = counters.next(abs.id(), numId, restarts(num), level, k -> level(num, abs, k));
        Lvl lvl = lvl(num, abs, level);
        String suffix = lvl == null ? "tab" : lvl.suff();
        return numeral.isEmpty() || "nothing".equals(suffix) ? numeral : numeral + " ";
    }

    private static Map<Integer, Integer> restarts(Num num) {
        Map<Integer, Integer> out = new HashMap<>();
        for (Override o : num.overrides()) {
            if (o.ilvl() == null) {
                continue;
            }
            if (o.hasStartOverride() && o.startOverride() != null) {
                out.put(o.ilvl().intValue(), o.startOverride().intValue());
            } else if (o.lvl() != null && o.lvl().hasStart()) {
                out.put(o.ilvl().intValue(), start(o.lvl()));
            }
        }
        return out;
    }

    private static ListCounters.Level level(Num num, AbstractNum abs, int k) {
        Lvl l = lvl(num, abs, k);
        if (l == null) {
            return null;
        }
        String format = !l.hasNumFmt() ? "decimal" : String.valueOf(l.numFmt());
        int restartAfter = l.hasLvlRestart() && l.lvlRestart() != null ? l.lvlRestart().intValue() : k;
        return new ListCounters.Level(start(l), format, l.lvlText(), on(l), restartAfter);
    }

    private static Lvl lvl(Num num, AbstractNum abs, int level) {
        for (Override o : num.overrides()) {
            if (o.ilvl() != null && o.ilvl().intValue() == level && o.lvl() != null) {
                return o.lvl();
            }
        }
        for (Lvl l : abs.lvls()) {
            if (l.ilvl() != null && l.ilvl().intValue() == level) {
                return l;
            }
        }
        return null;
    }

    private AbstractNum abstractNum(Num first) {
        Num num = first;
        for (int hop = 0; num != null && hop < 3; hop++) {
            if (!num.hasAbstractNumId()) {
                return null;
            }
            AbstractNum abs = abstractById(num.abstractNumId());
            if (abs == null) {
                return null;
            }
            if (!abs.hasNumStyleLink() || !abs.lvls().isEmpty()) {
                return abs;
            }
            Style linked = style(abs.numStyleLink());
            BigInteger next = linked == null || !linked.hasNumPr() ? null : linked.numId();
            num = next == null ? null : num(next);
        }
        return null;
    }

    private static int levelOfStyle(AbstractNum abs, String styleId) {
        if (styleId != null) {
            for (Lvl l : abs.lvls()) {
                if (l.hasPStyle() && styleId.equals(l.pStyle()) && l.ilvl() != null) {
                    return clamp(l.ilvl().intValue());
                }
            }
        }
        return 0;
    }

    private Num num(BigInteger id) {
        for (Num n : nums) {
            if (n.numId().equals(id)) {
                return n;
            }
        }
        return null;
    }

    private AbstractNum abstractById(BigInteger id) {
        for (AbstractNum a : abstracts) {
            if (a.id().equals(id)) {
                return a;
            }
        }
        return null;
    }

    private Style style(String id) {
        return styles == null || id == null ? null : styles.get(id);
    }

    private static int start(Lvl lvl) {
        return !lvl.hasStart() || lvl.start() == null ? 0 : lvl.start().intValue();
    }

    /** {@code w:isLgl}: missing is off; present without a value is on; false, 0 and off are off. */
    private static boolean on(Lvl l) {
        if (!l.hasIsLgl()) {
            return false;
        }
        String v = l.isLgl() == null ? "null" : l.isLgl();
        return !v.equals("false") && !v.equals("0") && !v.equals("off");
    }

    private static int clamp(int level) {
        return Math.max(0, Math.min(ListCounters.LEVELS - 1, level));
    }

    // ---- parsing ----

    private static AbstractNum abstractNum(XMLStreamReader r) throws XMLStreamException, NotSure {
        BigInteger id = number(r.getAttributeValue(DocxParts.W, "abstractNumId"));
        if (id == null) {
            throw new NotSure("abstractNum without id");
        }
        String link = null;
        boolean hasLink = false;
        List<Lvl> lvls = new ArrayList<>();
        while (nextTag(r) == XMLStreamConstants.START_ELEMENT) {
            if (isW(r, "numStyleLink") && !hasLink) {
                hasLink = true;
                link = val(r);
                skip(r);
            } else if (isW(r, "lvl")) {
                lvls.add(lvl(r));
            } else {
                skip(r);
            }
        }
        return new AbstractNum(id, link, hasLink, lvls);
    }

    private static Num num(XMLStreamReader r) throws XMLStreamException, NotSure {
        BigInteger id = number(r.getAttributeValue(DocxParts.W, "numId"));
        if (id == null) {
            throw new NotSure("num without id");
        }
        BigInteger abs = null;
        boolean hasAbs = false;
        List<Override> overrides = new ArrayList<>();
        while (nextTag(r) == XMLStreamConstants.START_ELEMENT) {
            if (isW(r, "abstractNumId") && !hasAbs) {
                hasAbs = true;
                abs = number(val(r));
                skip(r);
            } else if (isW(r, "lvlOverride")) {
                overrides.add(override(r));
            } else {
                skip(r);
            }
        }
        return new Num(id, abs, hasAbs, overrides);
    }

    private static Override override(XMLStreamReader r) throws XMLStreamException, NotSure {
        BigInteger ilvl = number(r.getAttributeValue(DocxParts.W, "ilvl"));
        boolean hasStart = false;
        BigInteger start = null;
        Lvl lvl = null;
        while (nextTag(r) == XMLStreamConstants.START_ELEMENT) {
            if (isW(r, "startOverride") && !hasStart) {
                hasStart = true;
                start = number(val(r));
                skip(r);
            } else if (isW(r, "lvl") && lvl == null) {
                lvl = lvl(r);
            } else {
                skip(r);
            }
        }
        return new Override(ilvl, hasStart, start, lvl);
    }

    private static Lvl lvl(XMLStreamReader r) throws XMLStreamException, NotSure {
        BigInteger ilvl = number(r.getAttributeValue(DocxParts.W, "ilvl"));
        BigInteger start = null;
        String numFmt = null;
        String lvlText = null;
        BigInteger restart = null;
        String isLgl = null;
        String pStyle = null;
        String suff = null;
        boolean hasStart = false;
        boolean hasFmt = false;
        boolean hasText = false;
        boolean hasRestart = false;
        boolean hasLgl = false;
        boolean hasPStyle = false;
        while (nextTag(r) == XMLStreamConstants.START_ELEMENT) {
            if (!DocxParts.W.equals(r.getNamespaceURI())) {
                skip(r);
                continue;
            }
            String v = val(r);
            switch (r.getLocalName()) {
                case "start" -> {
                    if (!hasStart) {
                        hasStart = true;
                        start = number(v);
                    }
                }
                case "numFmt" -> {
                    if (!hasFmt) {
                        hasFmt = true;
                        if (v != null && STNumberFormat.Enum.forString(v) == null) {
                            throw new NotSure("number format " + v);
                        }
                        numFmt = v;
                    }
                }
                case "lvlText" -> {
                    if (!hasText) {
                        hasText = true;
                        lvlText = v;
                    }
                }
                case "lvlRestart" -> {
                    if (!hasRestart) {
                        hasRestart = true;
                        restart = number(v);
                    }
                }
                case "isLgl" -> {
                    if (!hasLgl) {
                        hasLgl = true;
                        if (v != null && !List.of("true", "false", "1", "0", "on", "off").contains(v)) {
                            throw new NotSure("isLgl " + v);
                        }
                        isLgl = v == null ? null : v.equals("1") ? "true" : v;
                    }
                }
                case "pStyle" -> {
                    if (!hasPStyle) {
                        hasPStyle = true;
                        pStyle = v;
                    }
                }
                case "suff" -> {
                    if (suff == null) {
                        suff = v == null ? "" : v;
                    }
                }
                default -> {
                }
            }
            skip(r);
        }
        return new Lvl(ilvl, start, hasStart, numFmt, hasFmt, lvlText, hasText, restart, hasRestart,
                isLgl, hasLgl, pStyle, hasPStyle, suff == null ? "tab" : suff);
    }

    private static Map<String, Style> styles(ZipFile zip, String part) throws NotSure, IOException, XMLStreamException {
        Map<String, Style> out = new HashMap<>();
        XMLStreamReader r = DocxParts.open(zip, part);
        try {
            if (nextTag(r) != XMLStreamConstants.START_ELEMENT || !isW(r, "styles")) {
                throw new NotSure("styles root");
            }
            while (nextTag(r) == XMLStreamConstants.START_ELEMENT) {
                if (!isW(r, "style")) {
                    skip(r);
                    continue;
                }
                String id = r.getAttributeValue(DocxParts.W, "styleId");
                String basedOn = null;
                boolean hasBasedOn = false;
                boolean hasPPr = false;
                boolean hasNumPr = false;
                BigInteger numId = null;
                BigInteger ilvl = null;
                while (nextTag(r) == XMLStreamConstants.START_ELEMENT) {
                    if (isW(r, "basedOn") && !hasBasedOn) {
                        hasBasedOn = true;
                        basedOn = val(r);
                        skip(r);
                    } else if (isW(r, "pPr") && !hasPPr) {
                        hasPPr = true;
                        while (nextTag(r) == XMLStreamConstants.START_ELEMENT) {
                            if (isW(r, "numPr") && !hasNumPr) {
                                hasNumPr = true;
                                BigInteger[] ni = numPr(r);
                                numId = ni[0];
                                ilvl = ni[1];
                            } else {
                                skip(r);
                            }
                        }
                    } else {
                        skip(r);
                    }
                }
                if (id != null) {
                    out.putIfAbsent(id, new Style(basedOn, hasNumPr, numId, ilvl));
                }
            }
        } finally {
            r.close();
        }
        return out;
    }

    /**
     * {@code w:numId} and {@code w:ilvl} of a {@code w:numPr}, a paragraph's (DocxFastReader) or a style's; the
     * reader is on its start tag.
     */
    static BigInteger[] numPr(XMLStreamReader r) throws XMLStreamException, NotSure {
        BigInteger[] out = new BigInteger[2];
        boolean num = false;
        boolean lvl = false;
        while (nextTag(r) == XMLStreamConstants.START_ELEMENT) {
            if (isW(r, "numId") && !num) {
                num = true;
                out[0] = number(val(r));
            } else if (isW(r, "ilvl") && !lvl) {
                lvl = true;
                out[1] = number(val(r));
            }
            skip(r);
        }
        return out;
    }
}
