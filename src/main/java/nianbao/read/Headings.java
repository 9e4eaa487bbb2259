package nianbao.read;

import java.util.regex.Pattern;
import nianbao.document.Texts;

/**
 * Recognises the six section headings well enough to know where a flattened table ends. The real
 * section detection (with the template's keywords) happens in extraction; this only has to avoid
 * swallowing a heading into a table or a paragraph.
 */
final class Headings {
    private static final Pattern NUMBERED = Pattern.compile("^[一二三四五六七八九十]+\\s*[、.．]\\s*.{2,40}$");
    private static final String[] SECTION_WORDS = {
        "总体情况", "主动公开政府信息", "收到和处理政府信息公开申请", "行政复议", "行政诉讼", "存在的主要问题", "其他需要报告",
    };

    private Headings() {
    }

    /** Whether the text names one of the six sections (any of their keywords), wherever it stands. */
    static boolean namesSection(String text) {
        for (String word : SECTION_WORDS) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }

    static boolean looksLikeHeading(String line) {
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
    static boolean isSectionHeading(String line) {
        String t = Texts.compact(line);
        if (t.length() > 45 || t.contains("。") || t.contains("，")) {
            return false;
        }
        for (String word : SECTION_WORDS) {
            if (t.contains(word)) {
                // "行政复议" alone is table 四's header, not the section heading.
                return !word.startsWith("行政") || t.contains("复议") && t.contains("诉讼") && t.length() > 8;
            }
        }
        return false;
    }
}
