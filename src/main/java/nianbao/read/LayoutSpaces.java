package nianbao.read;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Small text clean-ups shared by the readers.
 *
 * <p>Chinese has no spaces between words, so a space next to a Chinese character is always layout: PDF
 * justification ("本 报 告 通 过"), LibreOffice's autospace between Chinese and digits ("2020 年"), or an
 * HTML indent. Removing such spaces makes every reader give the same text for the same report, while
 * spaces between two Latin letters or digits ("http:// www", "0 0") are kept because they may separate
 * values.
 */
final class LayoutSpaces {
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u3000\\u2002-\\u200B\\uFEFF]+");

    private LayoutSpaces() {
    }

    /** True for Chinese characters and full-width punctuation, where a neighbouring space is layout only. */
    static boolean isCjk(int cp) {
        Character.UnicodeBlock b = Character.UnicodeBlock.of(cp);
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                || b == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || b == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || b == Character.UnicodeBlock.GENERAL_PUNCTUATION && cp != ' '
                || b == Character.UnicodeBlock.CJK_COMPATIBILITY_FORMS
                || b == Character.UnicodeBlock.VERTICAL_FORMS;
    }

    /** Collapses runs of white space (including no-break and ideographic spaces) to one space and trims. */
    static String collapse(String s) {
        return SPACES.matcher(s).replaceAll(" ").trim();
    }

    /** {@link #collapse} and then drops every space that has a Chinese character on either side. */
    static String tidy(String s) {
        String c = collapse(s);
        if (c.indexOf(' ') < 0) {
            return c;
        }
        StringBuilder out = new StringBuilder(c.length());
        for (int i = 0; i < c.length(); i++) {
            char ch = c.charAt(i);
            if (ch == ' ') {
                int prev = out.length() == 0 ? ' ' : out.codePointBefore(out.length());
                int next = i + 1 < c.length() ? c.codePointAt(i + 1) : ' ';
                if (isCjk(prev) || isCjk(next)) {
                    continue;
                }
            }
            out.append(ch);
        }
        return out.toString();
    }

    /** Joins two pieces of one wrapped line: nothing between Chinese text, a space between Latin words. */
    static String joinWrapped(String a, String b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        int last = a.codePointBefore(a.length());
        int first = b.codePointAt(0);
        if (isCjk(last) || isCjk(first) || last == '-' || last == '/') {
            return a + b;
        }
        return a + " " + b;
    }

    /** Cell text from its paragraphs: each tidied, joined with a line break, blank edges dropped. */
    static String cell(List<String> paragraphs) {
        StringBuilder sb = new StringBuilder();
        for (String p : paragraphs) {
            String t = tidy(p);
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(t);
        }
        return sb.toString().strip();
    }
}
