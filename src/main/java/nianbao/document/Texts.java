package nianbao.document;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Text conventions shared by readers, extraction and the template: reports mix full-width and
 * half-width digits and brackets, break labels over lines and number items as "1、" or "1．".
 */
public final class Texts {
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u3000\\u200B\\uFEFF]+");
    private static final Pattern ITEM_NUMBER = Pattern.compile("^(\\d{1,2})\\s*[、.．,，]\\s*");
    private static final Pattern VALUE = Pattern.compile(
            "^[+\\-−－]?\\d[\\d,，]*(\\.\\d+)?(万元|元|件|条|个|项|人次)?([（(][^）)]*[）)])?$");
    private static final Pattern BLANK_MARK = Pattern.compile("^[/／—–\\-－―_]+$|^无$");

    private Texts() {
    }

    /** NFKC (full-width digits and brackets become ASCII) and trimmed, spaces kept. */
    public static String nfkc(String s) {
        if (s == null) {
            return "";
        }
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replace('\u00A0', ' ').strip();
    }

    /** Removes every kind of white space, including non-breaking and ideographic spaces. */
    public static String noSpace(String s) {
        return s == null ? "" : SPACE.matcher(s).replaceAll("");
    }

    /**
     * The form labels are compared in (template-spec §6.3): NFKC, one kind of bracket and quote, no white
     * space, "1、"/"1．" written "1.", no trailing colon.
     */
    public static String compact(String s) {
        // Markdown heading marks ("### 第二十条第（一）项") are never part of a label.
        String t = noSpace(nfkc(s)).replaceFirst("^#+", "");
        t = t.replace('(', '（').replace(')', '）')
                .replace('"', '“').replace('「', '“').replace('」', '”')
                .replace(':', '：');
        // NFKC turned the typographic quotes into ASCII only in some fonts; make the pair canonical again.
        t = fixQuotes(t);
        t = ITEM_NUMBER.matcher(t).replaceFirst("$1.");
        while (t.endsWith("：")) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }

    private static String fixQuotes(String t) {
        StringBuilder b = new StringBuilder(t.length());
        boolean open = true;
        for (char c : t.toCharArray()) {
            if (c == '“' || c == '”') {
                b.append(open ? '“' : '”');
                open = !open;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** True for a table cell that holds a number, possibly signed, with a unit or a note in brackets. */
    public static boolean isNumber(String cell) {
        return VALUE.matcher(noSpace(nfkc(cell))).matches();
    }

    /** True for the marks that stand for "nothing here" in a numeric cell: "/", "—", "-", "无". */
    public static boolean isBlankMark(String cell) {
        return BLANK_MARK.matcher(noSpace(nfkc(cell))).matches();
    }

    /** A cell that belongs to the value part of a row: a number, a blank mark or empty. */
    public static boolean isValueCell(String cell) {
        return cell != null && (noSpace(cell).isEmpty() || isNumber(cell) || isBlankMark(cell));
    }
}
