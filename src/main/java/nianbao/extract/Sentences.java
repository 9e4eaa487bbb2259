package nianbao.extract;

import java.util.ArrayList;
import java.util.List;
import nianbao.document.Texts;

/** Prose helpers: sentences, and the one form prose patterns are matched against. */
final class Sentences {
    private Sentences() {
    }

    /** Splits a paragraph at 。；！？ (and their half-width forms), keeping the mark with its sentence. */
    static List<String> split(String paragraph) {
        List<String> out = new ArrayList<>();
        for (String s : paragraph.split("(?<=[。；;！？!?])")) {
            if (!s.isBlank()) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * The form prose patterns are written for: no spaces, half-width digits and %, full-width brackets and
     * full-width punctuation (NFKC makes "，；：" half-width; they are made full-width again so that a pattern
     * needs to name only one form).
     */
    static String normalize(String s) {
        String c = Texts.compact(s);
        StringBuilder b = new StringBuilder(c.length());
        for (char ch : c.toCharArray()) {
            b.append(switch (ch) {
                case ',' -> '，';
                case ';' -> '；';
                case ':' -> '：';
                case '!' -> '！';
                case '?' -> '？';
                default -> ch;
            });
        }
        return b.toString();
    }
}
