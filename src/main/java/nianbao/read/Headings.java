package nianbao.read;

import java.util.regex.Pattern;
import nianbao.document.ReadingWords;
import nianbao.document.Texts;

/**
 * Recognises the six section headings well enough to know where a flattened table ends, by the template's
 * section keywords (handed over as {@link ReadingWords}). The real section detection happens in extraction;
 * this only has to avoid swallowing a heading into a table or a paragraph.
 */
final class Headings {
    private static final Pattern NUMBERED = Pattern.compile("^[一二三四五六七八九十]+\\s*[、.．]\\s*.{2,40}$");
    /** Table 四's header (行政复议 行政诉讼) carries section 四's keywords too; a heading is longer. */
    private static final int HEADER_LENGTH = 8;

    private final ReadingWords words;

    Headings(ReadingWords words) {
        this.words = words;
    }

    /** Whether the text names one of the six sections (all words of one of its keyword sets), wherever it stands. */
    boolean namesSection(String text) {
        return words.namesSection(Texts.compact(text));
    }

    boolean looksLikeHeading(String line) {
        String t = Texts.compact(line);
        if (t.length() > 45 || t.contains("。")) {
            return false;
        }
        if (NUMBERED.matcher(t).matches() || t.startsWith("（")) {
            return true;
        }
        return isSectionHeading(line);
    }

    /** A short line naming one of the six sections, with or without its numeral. */
    boolean isSectionHeading(String line) {
        String t = Texts.compact(line);
        if (t.length() > 45 || t.contains("。") || t.contains("，")) {
            return false;
        }
        boolean tableFourHeader = t.length() <= HEADER_LENGTH && words.tableFourStarts().stream().anyMatch(t::startsWith);
        return !tableFourHeader && words.namesSection(t);
    }
}
