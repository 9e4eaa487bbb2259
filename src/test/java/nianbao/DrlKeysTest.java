package nianbao;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
    /** The template fields whose string values are keys a rule may compare with. */
    private static final Set<String> KEY_FIELDS = Set.of("version", "numeral", "id", "key", "group", "role", "kind",
            "table", "section", "rowPrefix", "notBelow", "column");

    private static final String STRING = "\"((?:[^\"\\\\]|\\\\.)*)\"";
    private static final Pattern COMPARED = Pattern.compile(
            "(?:==|!=|str\\s*\\[\\s*\\w+\\s*]|\\.\\s*(?:startsWith|endsWith|equals)\\s*\\()\\s*" + STRING
                    + "|" + STRING + "\\s*(?:==|!=)");
    private static final Pattern IN_LIST = Pattern.compile("\\bin\\s*\\(([^()]*)\\)");
    private static final Pattern ANY_STRING = Pattern.compile(STRING);
    private static final Pattern WHEN_THEN = Pattern.compile("(?s)\\bwhen\\b(.*?)\\bthen\\b|\\bquery\\b(.*?)\\bend\\b");

    @Test
    void everyComparedStringIsATemplateKey() throws IOException {
        Set<String> keys = templateKeys();
        List<String> unknown = new ArrayList<>();
        int seen = 0;
        List<Path> files;
        try (Stream<Path> s = Files.list(RULES)) {
            files = s.filter(p -> p.toString().endsWith(".drl")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            String name = file.getFileName().toString();
            for (String literal : comparedStrings(Files.readString(file))) {
                seen++;
                boolean ok = literal.isEmpty() || keys.contains(literal);
                if (!ok) {
                    unknown.add(name + ": \"" + literal + "\"");
                }
            }
        }
        assertThat(seen).as("string comparisons found in the rules").isGreaterThan(20);
        assertThat(unknown).as("strings compared in rules that are no template key (name a constant of nianbao.facts "
                + "for a status or kind, or add the key to the template)").isEmpty();
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
        assertThat(comparedStrings(drl)).containsExactly("A", "B", "C", "D", "E", "F", "G");
    }

    /** The strings compared in the conditions (between when and then) of every rule, comments left out. */
    static List<String> comparedStrings(String drl) {
        String code = drl.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("(?m)//.*$", "");
        List<String> out = new ArrayList<>();
        Matcher when = WHEN_THEN.matcher(code);
        while (when.find()) {
            String lhs = when.group(1) != null ? when.group(1) : when.group(2);
            Matcher m = COMPARED.matcher(lhs);
            while (m.find()) {
                out.add(unescape(m.group(1) != null ? m.group(1) : m.group(2)));
            }
            Matcher in = IN_LIST.matcher(lhs);
            while (in.find()) {
                Matcher s = ANY_STRING.matcher(in.group(1));
                while (s.find()) {
                    out.add(unescape(s.group(1)));
                }
            }
        }
        return out;
    }

    private static String unescape(String s) {
        return s.replace("\\\"", "\"").replace("\\\\", "\\");
    }

    private static Set<String> templateKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        ObjectMapper mapper = new ObjectMapper();
        try (Stream<Path> s = Files.list(RULES.resolve("templates"))) {
            for (Path f : s.filter(p -> p.toString().endsWith(".json")).toList()) {
                collect(mapper.readTree(f.toFile()), keys);
            }
        }
        return keys;
    }

    private static void collect(JsonNode node, Set<String> keys) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (KEY_FIELDS.contains(e.getKey()) && e.getValue().isTextual()) {
                    keys.add(e.getValue().asText());
                }
                collect(e.getValue(), keys);
            }
        } else if (node.isArray()) {
            node.forEach(n -> collect(n, keys));
        }
    }

}
