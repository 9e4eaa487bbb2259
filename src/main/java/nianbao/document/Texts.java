package nianbao.document;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Text conventions shared by readers, extraction and the template: reports mix full-width and
 * half-width digits and brackets, break labels over lines and number items as "1、" or "1．".
 */
public final class Texts {
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
        if (s == null) {
            return "";
        }
        // One pass, no regex: this runs on every label and sentence of every report.
        int i = 0;
        int n = s.length();
        while (i < n && !isSpace(s.charAt(i))) {
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder b = new StringBuilder(n);
        b.append(s, 0, i);
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (!isSpace(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Regex [\\s\\u00A0\\u3000\\u200B\\uFEFF], as a test on one character. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u00A0'
                || c == '\u3000' || c == '\u200B' || c == '\uFEFF';
    }

    /**
     * Labels are compacted again and again (every template label against every written one, for every
     * report): strings as short as labels are remembered (sentences are not). Bounded: emptied when full.
     */
    private static final int MEMO_LIMIT = 50_000;
    private static final int MEMO_MAX_LENGTH = 40;
    private static final java.util.concurrent.ConcurrentHashMap<String, String> COMPACT = new java.util.concurrent.ConcurrentHashMap<>();
    /** The last long text compacted on this thread (the very same string, not an equal one) and its compact form. */
    private static final ThreadLocal<String[]> LAST_LONG = ThreadLocal.withInitial(() -> new String[2]);

    /**
     * The form labels are compared in (template-spec §6.3): NFKC, one kind of bracket and quote, no white
     * space, "1、"/"1．" written "1.", no trailing colon.
     */
    public static String compact(String s) {
        if (s == null) {
            return compactOnce(s);
        }
        if (s.length() > MEMO_MAX_LENGTH) {
            // Longer texts are not remembered, except the last one of this thread: the same string is often
            // compacted several times in a row (a table's labels, tried against each table kind's words).
            String[] last = LAST_LONG.get();
            if (last[0] != s) {
                last[1] = compactOnce(s);
                last[0] = s;
            }
            return last[1];
        }
        String known = COMPACT.get(s);
        if (known != null) {
            return known;
        }
        String t = compactOnce(s);
        if (COMPACT.size() >= MEMO_LIMIT) {
            COMPACT.clear();
        }
        COMPACT.put(s, t);
        return t;
    }

    private static String compactOnce(String s) {
        String t = noSpace(nfkc(s));
        // Markdown heading marks ("### 第二十条第（一）项") are never part of a label.
        int start = 0;
        while (start < t.length() && t.charAt(start) == '#') {
            start++;
        }
        // One kind of bracket, quote and colon; NFKC turned the typographic quotes into ASCII only in some
        // fonts, so the pair is made canonical again (opening, closing, opening …).
        StringBuilder b = new StringBuilder(t.length() - start);
        boolean open = true;
        for (int i = start; i < t.length(); i++) {
            char c = switch (t.charAt(i)) {
                case '(' -> '（';
                case ')' -> '）';
                case '"', '「' -> '“';
                case '」' -> '”';
                case ':' -> '：';
                default -> t.charAt(i);
            };
            if (c == '“' || c == '”') {
                b.append(open ? '“' : '”');
                open = !open;
            } else {
                b.append(c);
            }
        }
        t = b.toString();
        if (!t.isEmpty() && t.charAt(0) >= '0' && t.charAt(0) <= '9') {
            t = ITEM_NUMBER.matcher(t).replaceFirst("$1.");
        }
        int end = t.length();
        while (end > 0 && t.charAt(end - 1) == '：') {
            end--;
        }
        return end == t.length() ? t : t.substring(0, end);
    }

    /** True for a table cell that holds a number, possibly signed, with a unit or a note in brackets. */
    public static boolean isNumber(String cell) {
        if (isDigits(cell)) {
            return true; // "12": what most cells hold; NFKC and the pattern would say the same
        }
        return VALUE.matcher(noSpace(nfkc(cell))).matches();
    }

    /** Only the digits 0–9, at least one. */
    private static boolean isDigits(String s) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Starts with a CJK ideograph other than 无: NFKC keeps it first, and neither a number nor a blank mark
     * starts so, so the cell is text (a label) whatever follows.
     */
    private static boolean startsWithWord(String s) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        char c = s.charAt(0);
        return c >= '\u4E00' && c <= '\u9FFF' && c != '无';
    }

    /** True for the marks that stand for "nothing here" in a numeric cell: "/", "—", "-", "无". */
    public static boolean isBlankMark(String cell) {
        return BLANK_MARK.matcher(noSpace(nfkc(cell))).matches();
    }

    /** A cell that belongs to the value part of a row: a number, a blank mark or empty. */
    public static boolean isValueCell(String cell) {
        if (startsWithWord(cell)) {
            return false;
        }
        return cell != null && (noSpace(cell).isEmpty() || isNumber(cell) || isBlankMark(cell));
    }
}
