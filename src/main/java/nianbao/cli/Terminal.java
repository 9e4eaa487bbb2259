package nianbao.cli;

/**
 * Makes a name safe to print on a terminal. A file name may hold an escape sequence (ESC) that recolours
 * or clears the screen, a newline or carriage return that forges a line of the summary, or a bidi
 * override (U+202A–U+202E, U+2066–U+2069) that shows "txt.exe" as "exe.txt": each is shown as its code,
 * e.g. {@code \u001b}, so the supervisor sees what is really there.
 */
final class Terminal {
    private Terminal() {
    }

    static String plain(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (shownAsCode(c)) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Control characters (C0, DEL, C1), the bidi embeddings, overrides and isolates, and the bidi marks. */
    static boolean shownAsCode(char c) {
        return Character.isISOControl(c)
                || c >= '\u202A' && c <= '\u202E'
                || c >= '\u2066' && c <= '\u2069'
                || c == '\u200E' || c == '\u200F' || c == '\u061C';
    }
}
