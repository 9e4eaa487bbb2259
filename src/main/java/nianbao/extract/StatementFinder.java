package nianbao.extract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nianbao.document.Texts;
import nianbao.facts.Statement;

/**
 * Finds numbers the prose states about applications, using the phrasings in
 * rules/templates/statements.json. Only the "opening" statement (申请N件) is looked for anywhere; the
 * outcome counts are read after it in the same paragraph, because the same words (办结32件) are used
 * of 人大建议, 信箱 and hotlines.
 */
public final class StatementFinder {
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Kind(String kind, String rowPrefix, String rowLabel, boolean opens, List<String> patterns) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Config(List<Kind> kinds) {
    }

    private record Compiled(Kind kind, List<Pattern> patterns) {
    }

    private final List<Compiled> kinds;

    private StatementFinder(List<Compiled> kinds) {
        this.kinds = kinds;
    }

    public static StatementFinder load(Path rulesDir) throws IOException {
        Path file = rulesDir.resolve("templates").resolve("statements.json");
        if (!Files.exists(file)) {
            return new StatementFinder(List.of());
        }
        Config config = new ObjectMapper().readValue(file.toFile(), Config.class);
        List<Compiled> compiled = new ArrayList<>();
        for (Kind k : config.kinds()) {
            compiled.add(new Compiled(k, k.patterns().stream().map(Pattern::compile).toList()));
        }
        return new StatementFinder(compiled);
    }

    /** Statements in one paragraph of the given section. */
    List<Statement> find(String paragraph, String section) {
        List<Statement> out = new ArrayList<>();
        String[] sentences = paragraph.split("(?<=[。；;！？])");
        boolean opened = false;
        for (String sentence : sentences) {
            String c = Texts.compact(sentence);
            for (Compiled k : kinds) {
                if (!k.kind().opens() && !opened) {
                    continue;
                }
                for (Pattern p : k.patterns()) {
                    Matcher m = p.matcher(c);
                    if (m.find()) {
                        out.add(new Statement(k.kind().kind(), k.kind().rowPrefix(), k.kind().rowLabel(), Long.parseLong(m.group(1)),
                                sentence.strip(), section));
                        if (k.kind().opens()) {
                            opened = true;
                        }
                        break;
                    }
                }
            }
        }
        return out;
    }
}
