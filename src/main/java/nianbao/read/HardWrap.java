package nianbao.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Text saved from a PDF or an e-mail is often hard-wrapped at a fixed width, cutting headings, table rows and
 * even words in two ("…三、收到和处理政府信息公开申" / "请情况…"). When most long lines have the same length,
 * that length is the wrap width, and a line of that length continues on the next line: such lines are joined
 * back before anything else is read. Text without a dominant width (lines end where their sentences end) is
 * left as it is.
 */
final class HardWrap {
    /** Lines shorter than this are headings, table cells or the ends of paragraphs, not evidence of a width. */
    private static final int MIN_WRAPPED = 20;
    /** The share of long lines that must have exactly the wrap width for the text to count as hard-wrapped. */
    private static final double DOMINANT = 0.5;
    /** Enough long lines to tell a width from chance. */
    private static final int MIN_LINES = 10;

    private HardWrap() {
    }

    static List<String> unwrap(List<String> lines) {
        int width = wrapWidth(lines);
        if (width < 0) {
            return lines;
        }
        List<String> out = new ArrayList<>();
        StringBuilder current = null;
        for (String line : lines) {
            if (current == null) {
                current = new StringBuilder(line);
            } else {
                current.append(line);
            }
            if (line.length() != width || structured(line)) {
                out.add(current.toString());
                current = null;
            }
        }
        if (current != null) {
            out.add(current.toString());
        }
        return out;
    }

    /** A table row (tabs, pipes) or a markdown heading keeps its own line whatever its length. */
    private static boolean structured(String line) {
        return line.contains("\t") || line.contains("|") || line.startsWith("#");
    }

    /** The length most long lines have, when they dominate; -1 otherwise. */
    static int wrapWidth(List<String> lines) {
        Map<Integer, Integer> counts = new HashMap<>();
        int longLines = 0;
        for (String line : lines) {
            if (line.length() >= MIN_WRAPPED && !structured(line)) {
                longLines++;
                counts.merge(line.length(), 1, Integer::sum);
            }
        }
        if (longLines < MIN_LINES) {
            return -1;
        }
        int width = -1;
        int best = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            if (e.getValue() > best || e.getValue() == best && e.getKey() > width) {
                best = e.getValue();
                width = e.getKey();
            }
        }
        return best >= DOMINANT * longLines ? width : -1;
    }
}
