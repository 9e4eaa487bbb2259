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
 * The template is data: no label, title, caption, keyword, synonym, variant, header word or recognition word of
 * rules/templates/2019.json and 2021.json appears in a string literal of the code that reads and recognises
 * reports (read, document, extract, template, facts, engine, reading). A supervisor who adds a wording to the
 * template data must not find a second list in Java. Renderers and the CLI are left out: their literals are
 * sentences written for people (the cover sheet's account of the checks, column headers), never used to
 * recognise anything.
 */
class NoTemplateWordsInJavaTest {
    private static final Set<String> WORD_FIELDS = Set.of("label", "title", "caption", "keywords", "synonyms", "variants",
            "headerWords", "groupLabels", "detect", "startWords", "textStarts", "textMarks", "fingerprints", "item");
    private static final List<String> RECOGNISING = List.of("read", "document", "extract", "template", "facts", "engine",
            "reading");
    /** Words shorter than this (其他, 总计, 表三) are ordinary Chinese, not a template's vocabulary. */
    private static final int MIN_LENGTH = 3;
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

    @Test
    void recognitionCodeHoldsNoTemplateWording() throws IOException {
        Set<String> words = templateWords();
        assertThat(words).as("the test must see the template's words").hasSizeGreaterThan(100);
        List<String> found = new ArrayList<>();
        for (String pkg : RECOGNISING) {
            Path dir = Path.of("src/main/java/nianbao", pkg);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                    String code = COMMENT.matcher(Files.readString(f)).replaceAll("");
                    Matcher m = LITERAL.matcher(code);
                    while (m.find()) {
                        for (String w : words) {
                            if (m.group(1).contains(w)) {
                                found.add(f.getFileName() + ": \"" + m.group(1) + "\" holds the template's " + w);
                            }
                        }
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theTestFindsAWordPutInALiteral() {
        // The check itself: a literal holding a template keyword is found.
        Matcher m = LITERAL.matcher("String x = \"第二十条第\";");
        assertThat(m.find() && m.group(1).contains("第二十条")).isTrue();
    }

    private static Set<String> templateWords() throws IOException {
        Set<String> out = new TreeSet<>();
        ObjectMapper json = new ObjectMapper();
        for (String version : List.of("2019", "2021")) {
            collect(json.readTree(Path.of("rules/templates", version + ".json").toFile()), false, out);
        }
        return out;
    }

    private static void collect(JsonNode node, boolean words, Set<String> out) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> e = fields.next();
                if (e.getKey().equals("headerKeywords")) {
                    e.getValue().fieldNames().forEachRemaining(k -> add(k, out));
                }
                collect(e.getValue(), words || WORD_FIELDS.contains(e.getKey()) || e.getKey().equals("headerKeywords"), out);
            }
        } else if (node.isArray()) {
            node.forEach(n -> collect(n, words, out));
        } else if (node.isTextual() && words) {
            add(node.asText(), out);
        }
    }

    private static void add(String word, Set<String> out) {
        if (word.length() >= MIN_LENGTH) {
            out.add(word);
        }
    }
}
