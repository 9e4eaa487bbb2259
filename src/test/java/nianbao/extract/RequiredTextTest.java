package nianbao.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nianbao.support.Project;
import org.junit.jupiter.api.Test;

/**
 * The prefilter of the prose patterns ({@link RequiredText}) never keeps a pattern from a sentence it matches:
 * every pattern of rules/templates/statements.json on every sentence of the real reports (reports-in, the
 * corpus's text forms, the rule examples).
 */
class RequiredTextTest {
    @Test
    void readsWhatEveryMatchHolds() {
        RequiredText r = RequiredText.of("不予公开(?:答复|的)?(\\d+)件");
        assertEquals(List.of("不予公开", "件"), r.runs());
        assertTrue(r.digit());
        RequiredText opt = RequiredText.of("(?:本年度?)?(?:制定|制发)(?:的|了)?规章(?:共|共计)?(\\d+)件");
        assertEquals(List.of("规章", "件"), opt.runs());
        RequiredText cls = RequiredText.of("(?<![及和、])[^，。]{0,16}?上年度?结转(\\d+)件");
        assertEquals(List.of("上年", "结转", "件"), cls.runs());
        // Not understood, or nothing required: every sentence is tried.
        assertEquals(RequiredText.NONE, RequiredText.of("(?i)abc"));
        assertEquals(RequiredText.NONE, RequiredText.of("甲|乙"));
        assertEquals(List.of(), RequiredText.of("(?:甲|乙)\\s*").runs());
        assertFalse(RequiredText.of("(\\d+)?件").digit());
        assertTrue(RequiredText.of("x\\d{1,3}").digit());
        assertFalse(RequiredText.of("x\\d{0,3}").digit());
    }

    @Test
    void neverRejectsASentenceThePatternMatches() throws IOException {
        List<String> regexes = new ArrayList<>();
        JsonNode config = new ObjectMapper().readTree(Project.RULES.resolve("templates/statements.json").toFile());
        config.get("kinds").forEach(k -> k.get("patterns").forEach(p -> regexes.add(p.asText())));
        List<String> sentences = new ArrayList<>();
        for (Path root : List.of(Project.REPORTS, Project.shared("corpus"), Project.RULES.resolve("examples"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".md")).toList()) {
                    for (String line : new String(Files.readAllBytes(f), StandardCharsets.UTF_8).split("\n")) {
                        for (String s : Sentences.split(line)) {
                            sentences.add(Sentences.normalize(s));
                        }
                    }
                }
            }
        }
        assertTrue(sentences.size() > 5000, "sentences read: " + sentences.size());
        int matched = 0;
        int skipped = 0;
        for (String regex : regexes) {
            Pattern p = Pattern.compile(regex);
            RequiredText req = RequiredText.of(regex);
            for (String s : sentences) {
                boolean may = req.mayMatch(s, RequiredText.hasDigit(s));
                if (p.matcher(s).find()) {
                    matched++;
                    assertTrue(may, regex + " matches but was filtered out: " + s);
                } else if (!may) {
                    skipped++;
                }
            }
        }
        assertTrue(matched > 100, "matches: " + matched);
        // The filter is worth having: most (pattern, sentence) pairs never reach the regex engine.
        assertTrue(skipped > regexes.size() * sentences.size() / 2, "skipped " + skipped);
    }
}
