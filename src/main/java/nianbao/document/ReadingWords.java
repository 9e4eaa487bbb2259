package nianbao.document;

import java.util.List;

/**
 * The template's words a reader needs to see a report's structure in plain text, handed to the readers as
 * plain data (readers never know the template itself): where a section heading stands, and where a
 * statistics table begins, so that a table recovered from text ends at the next heading or table.
 *
 * @param sectionKeywords  every section's keyword sets (a heading carries all words of one set)
 * @param tableTwoStarts   a line starting with one of these begins table 二 (its caption, 信息内容)
 * @param tableThreeStarts a line starting with one of these begins table 三 (申请人情况)
 * @param tableThreeMarks  a line holding one of these begins table 三 (its 勾稽 note)
 * @param tableFourStarts  a short line starting with one of these begins table 四, unless it is a section heading
 * @param tableFourHeader  table 四's first header words run together (行政复议行政诉讼): always its start
 */
public record ReadingWords(List<List<String>> sectionKeywords, List<String> tableTwoStarts, List<String> tableThreeStarts,
                           List<String> tableThreeMarks, List<String> tableFourStarts, String tableFourHeader) {
    /** No words: structure is then found by the numerals and layout alone (tests of a reader on its own). */
    public static final ReadingWords NONE = new ReadingWords(List.of(), List.of(), List.of(), List.of(), List.of(), "\u0000");

    public boolean startsTableTwo(String compact) {
        return tableTwoStarts.stream().anyMatch(compact::startsWith);
    }

    public boolean startsTableThree(String compact) {
        return tableThreeStarts.stream().anyMatch(compact::startsWith) || marksTableThree(compact);
    }

    public boolean marksTableThree(String compact) {
        return tableThreeMarks.stream().anyMatch(compact::contains);
    }

    /** Whether the text carries all the words of one section's keyword set. */
    public boolean namesSection(String text) {
        for (List<String> set : sectionKeywords) {
            if (!set.isEmpty() && set.stream().allMatch(text::contains)) {
                return true;
            }
        }
        return false;
    }
}
