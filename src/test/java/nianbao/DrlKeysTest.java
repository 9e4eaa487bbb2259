package nianbao;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nianbao.engine.RuleLint;
import org.junit.jupiter.api.Test;

/**
 * The contract between facts and rules: every string a rule compares a fact with ({@code == "…"},
 * {@code != "…"}, {@code str[startsWith] "…"}, {@code .startsWith("…")}, {@code in ("…", …)}) is a key the
 * templates define (rules/templates/*.json: versions, section numerals, table ids, block, row and column keys,
 * groups, roles, statement kinds …), or "" for "none". Statuses and kinds are named through the constants of
 * nianbao.facts (TableStatus.OK, LabelKind.ROW …), never spelled; a misspelt key would silently match nothing.
 */
class DrlKeysTest {
    private static final Path RULES = Path.of("rules");
    private static final Pattern WHEN_THEN = Pattern.compile("(?s)\\bwhen\\b(.*?)\\bthen\\b|\\bquery\\b(.*?)\\bend\\b");

    /** The shipped rules give `rules check` nothing to warn about (one implementation: {@link RuleLint}). */
    @Test
    void everyComparedStringIsATemplateKey() throws IOException {
        int seen = 0;
        try (Stream<Path> s = Files.list(RULES)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".drl")).toList()) {
                seen += RuleLint.comparedStrings(Files.readString(f)).size();
            }
        }
        assertThat(seen).as("string comparisons found in the rules").isGreaterThan(20);
        assertThat(RuleLint.check(RULES)).as("strings compared in rules that are no template key (name a constant of "
                + "nianbao.facts for a status or kind, or add the key to the template)").isEmpty();
    }

    /**
     * A rule tests what a format asks (the template's flags: Report.asksFeeStatement, countsValid), not which
     * version it is ({@code template == "2021"}), so a new version only needs its flags set.
     */
    @Test
    void noRuleTestsTheFormatVersionByName() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> s = Files.list(RULES)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
                String code = Files.readString(f).replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("(?m)//.*$", "");
                Matcher when = WHEN_THEN.matcher(code);
                while (when.find()) {
                    if (Pattern.compile("\\btemplate\\s*(==|!=)").matcher((when.group(1) != null ? when.group(1) : when.group(2))).find()) {
                        found.add(f.getFileName().toString());
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theScanFindsEveryFormOfComparison() {
        String drl = """
                rule "X"
                when
                    // table == "COMMENT" is not read
                    Cell(table == "A", "B" == rowKey, columnKey != "C", rowGroup str[startsWith] "D",
                         rowGroup.startsWith("E"), columnKey in ("F", "G"), raw matches ".*元.*")
                then
                    reporter.at(drools, Place.ofSection("H"));
                end
                """;
        assertThat(RuleLint.comparedStrings(drl).stream().map(RuleLint.Compared::literal).toList())
                .containsExactly("A", "B", "C", "D", "E", "F", "G");
        assertThat(RuleLint.comparedStrings(drl).stream().map(RuleLint.Compared::field).toList())
                .containsExactly("table", "rowKey", "columnKey", "rowGroup", "rowGroup", "columnKey", "columnKey");
        assertThat(RuleLint.comparedStrings(drl).get(0).line()).isEqualTo(4);
    }

    /** Comparisons that compile but never hold: a numeral, a table, a version the templates do not have. */
    @Test
    void impossibleComparisonsAreWarnedWithFileLineAndWhatToWrite() throws IOException {
        RuleLint.TemplateWords words = RuleLint.templateWords(RULES.resolve("templates"));
        String drl = """
                package nianbao.rules;
                rule "X"
                when
                    Section(numeral == 6)
                    Cell(table == "表3", section == "3")
                    Report(template == "2020")
                    Report(template == 2021)
                then
                end
                """;
        List<String> warnings = RuleLint.check(Path.of("rules", "structure.drl"), drl, words).stream()
                .map(String::valueOf).toList();
        assertThat(warnings).hasSize(5);
        assertThat(warnings.get(0)).startsWith("rules/structure.drl 第4行：numeral == 6 永远不会成立：部分序号写作 \"一\"…\"六\"")
                .contains("numeral == \"六\"");
        assertThat(warnings).anyMatch(w -> w.contains("第5行") && w.contains("table == \"表3\"") && w.contains("\"T3\"（表三）"));
        assertThat(warnings).anyMatch(w -> w.contains("第5行") && w.contains("section == \"3\""));
        assertThat(warnings).anyMatch(w -> w.contains("第6行") && w.contains("\"2019\"、\"2021\""));
        assertThat(warnings).anyMatch(w -> w.contains("第7行") && w.contains("template == \"2021\""));
        assertThat(String.join("\n", warnings)).doesNotContain("nianbao.").doesNotContain("Exception").doesNotContain("org.");
    }
}
