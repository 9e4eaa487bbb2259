package nianbao.template;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;

/**
 * One version of the official format (2019 or 2021), as read from rules/templates/&lt;version&gt;.json.
 *
 * @param feeStatement the format asks section 六 to state the 信息处理费 (the 2021 form adds it; 国办函〔2020〕109号)
 * @param validCount   table 二 counts 现行有效件数, carried from year to year (the 2021 form adds it)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Template(String version, String description, List<Integer> appliesToYears, List<String> fingerprints,
                       List<SectionSpec> sections, List<String> textOpeners, Tables tables, boolean feeStatement,
                       boolean validCount) {

    /** Words a section's text opens with, never a heading's last words ("…其他事项与附表按照《…》…"). */
    public List<String> textOpeners() {
        return textOpeners == null ? List.of() : textOpeners;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Tables(Table2 T2, Table3 T3, Table4 T4) {
    }

    /** A section heading: its numeral, canonical title, the keywords that find it, accepted synonyms. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SectionSpec(String numeral, String title, List<List<String>> keywords, List<String> synonyms) {
        public String heading() {
            return numeral + "、" + title;
        }
    }

    /** A row or column label with the keyword sets that identify a variant of it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LabelSpec(String key, String label, String group, String role, List<List<String>> keywords,
                            List<String> variants, String item) {
        public List<List<String>> keywords() {
            return keywords == null ? List.of() : keywords;
        }

        public List<String> variants() {
            return variants == null ? List.of() : variants;
        }
    }

    /**
     * A block of table 二 under its caption. {@code atLeast} lists plausibility relations between its columns
     * (现行有效件数 not below 本年制发件数): not identities, but enough to tell apart readings of run-together digits.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Block2(String key, String caption, List<LabelSpec> columns, List<LabelSpec> rows, List<AtLeast> atLeast) {
        public List<AtLeast> atLeast() {
            return atLeast == null ? List.of() : atLeast;
        }
    }

    /** Column {@code column} is normally not below column {@code notBelow} in the same row. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AtLeast(String column, String notBelow) {
    }

    /** Table 二: its blocks and the header words that stand before the column labels ("信息内容"). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Table2(String id, String name, String section, List<Block2> blocks, List<String> headerWords,
                         List<List<String>> detect, List<String> startWords, List<String> textStarts) implements Detectable {
        public List<String> headerWords() {
            return headerWords == null ? List.of() : headerWords;
        }

        public List<String> textStarts() {
            return textStarts == null ? List.of() : textStarts;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    /**
     * Table 三. {@code versionMarks}: row words that tell this version's row set (2021 splits （六）其他处理 in three
     * rows; a 2019 table has （六）其他处理 itself with numbers). {@code optionalColumns}: columns some reports add
     * (法人或其他组织小计), found by their header keywords and placed by the numbers.
     */
    public record Table3(String id, String name, String section, List<LabelSpec> columns, List<LabelSpec> rows,
                         List<String> headerWords, List<String> groupLabels, List<List<String>> detect,
                         List<String> startWords, List<VersionMark> versionMarks, List<LabelSpec> optionalColumns,
                         List<String> textStarts, List<String> textMarks) implements Detectable {
        public List<String> textStarts() {
            return textStarts == null ? List.of() : textStarts;
        }

        /** Words a line of plain text holds anywhere when it begins this table (its 勾稽 note). */
        public List<String> textMarks() {
            return textMarks == null ? List.of() : textMarks;
        }

        public List<VersionMark> versionMarks() {
            return versionMarks == null ? List.of() : versionMarks;
        }

        public List<LabelSpec> optionalColumns() {
            return optionalColumns == null ? List.of() : optionalColumns;
        }
    }

    /** Row label keywords that mark a version; with {@code withValues}, only on a row that holds numbers. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record VersionMark(List<List<String>> keywords, boolean withValues) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Table4(String id, String name, String section, List<LabelSpec> columns, List<String> headerWords,
                         Map<String, List<List<String>>> headerKeywords, List<List<String>> detect,
                         List<String> startWords, List<String> textStarts) implements Detectable {
        public List<String> textStarts() {
            return textStarts == null ? List.of() : textStarts;
        }
    }

    /**
     * How a statistics table is recognised: {@code detect}, keyword sets any of which tells that a table is
     * this one; {@code startWords}, words with which the table's own text begins (its first sentence), so a
     * table run into the prose before it can be cut off again.
     */
    public interface Detectable {
        String id();

        List<List<String>> detect();

        List<String> startWords();

        /** Words a line of plain text begins with when it begins this table (its caption, its header). */
        List<String> textStarts();
    }

    public SectionSpec section(String numeral) {
        return sections.stream().filter(s -> s.numeral().equals(numeral)).findFirst().orElseThrow();
    }
}
