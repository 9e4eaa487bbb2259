package nianbao.extract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nianbao.facts.Statement;

/**
 * Finds numbers the prose states about what the tables count, using the phrasings in
 * rules/templates/statements.json. The application counts (办结32件 …) are read only after an "opening"
 * statement (申请N件) in the same paragraph, because the same words are used of 人大建议, 信箱 and hotlines;
 * kinds with their own scope (复议/诉讼, 规范性文件 …) are read anywhere in a sentence about their subject.
 *
 * <p>It also carries the other prose data of the rules folder (prose.json, deadlines.json), so that the
 * extractor gets all of it from one loader.
 */
public final class StatementFinder {
    /** A sub-heading ("（三）政府信息管理", "2.政策解读") ends a passage about applications. */
    private static final Pattern SUB_HEADING = Pattern.compile("^(?:[（][一二三四五六七八九十]+[）]|[一二三四五六七八九十]+[、是]|\\d+\\.)");
    private static final int OPEN_SENTENCES = 8;

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Kind(String kind, String table, String rowPrefix, String rowLabel, boolean opens, String scope, boolean none,
                boolean amountInWan, List<String> targets, List<List<String>> alternatives, List<String> exclude,
                List<String> patterns) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Config(List<Kind> kinds, Map<String, List<String>> contextWords, Map<String, List<String>> contextSections) {
    }

    /** A kind's patterns, each with what a sentence must hold for it to match ({@link RequiredText}). */
    private record Compiled(Kind kind, List<Pattern> patterns, List<RequiredText> required) {
        boolean own() {
            return "own".equals(kind.scope());
        }
    }

    private final List<Compiled> kinds;
    private final Map<String, List<String>> contextWords;
    private final Map<String, List<String>> contextSections;
    private final ProseFinder prose;
    private final Deadlines deadlines;

    private StatementFinder(List<Compiled> kinds, Map<String, List<String>> contextWords,
                            Map<String, List<String>> contextSections, ProseFinder prose, Deadlines deadlines) {
        this.kinds = kinds;
        this.contextWords = contextWords == null ? Map.of() : contextWords;
        this.contextSections = contextSections == null ? Map.of() : contextSections;
        this.prose = prose;
        this.deadlines = deadlines;
    }

    public static StatementFinder load(Path rulesDir) throws IOException {
        Path dir = rulesDir.resolve("templates");
        List<Compiled> compiled = new ArrayList<>();
        Config config = null;
        Path file = dir.resolve("statements.json");
        if (Files.exists(file)) {
            config = nianbao.template.StrictJson.read(file, Config.class, "文字规则文件");
            for (Kind k : config.kinds()) {
                compiled.add(new Compiled(k, k.patterns().stream().map(Pattern::compile).toList(),
                        k.patterns().stream().map(RequiredText::of).toList()));
            }
        }
        return new StatementFinder(compiled, config == null ? null : config.contextWords(),
                config == null ? null : config.contextSections(), ProseFinder.load(dir.resolve("prose.json")),
                Deadlines.load(dir.resolve("deadlines.json")));
    }

    ProseFinder prose() {
        return prose;
    }

    /**
     * The publication deadline of {@code office}'s report of {@code year} for a body of kind {@code bodyKind}
     * ("government", "department", "township"), as PER-DEADLINE judges it (deadlines.json and the 报送期限 sheet),
     * or null when none is known: for an office with no report in the batch (报送情况).
     */
    public nianbao.facts.Deadline deadlineOf(String office, String bodyKind, Integer year) {
        return deadlines.of(office, bodyKind, year, true);
    }

    Deadlines deadlines() {
        return deadlines;
    }

    /** Statements in one paragraph of the given section. */
    List<Statement> find(String paragraph, String section) {
        List<Statement> out = new ArrayList<>();
        int opened = -1;
        List<String> sentences = Sentences.split(paragraph);
        for (int i = 0; i < sentences.size(); i++) {
            String sentence = sentences.get(i);
            String c = Sentences.normalize(sentence);
            boolean digit = RequiredText.hasDigit(c);
            if (SUB_HEADING.matcher(c).find() || (opened >= 0 && i - opened > OPEN_SENTENCES)) {
                opened = -1;
            }
            for (Compiled k : kinds) {
                if (k.own()) {
                    if (!inContext(k.kind(), c, section)) {
                        continue;
                    }
                } else if (!k.kind().opens() && opened < 0) {
                    continue;
                }
                if (k.kind().exclude() != null && k.kind().exclude().stream().anyMatch(c::contains)) {
                    continue;
                }
                for (int j = 0; j < k.patterns().size(); j++) {
                    if (!k.required().get(j).mayMatch(c, digit)) {
                        continue; // lacks a word or the digit every match holds: it cannot match
                    }
                    Matcher m = k.patterns().get(j).matcher(c);
                    if (m.find()) {
                        out.add(statement(k.kind(), m, sentence.strip(), section));
                        if (k.kind().opens()) {
                            // Openers come first in statements.json, so the counts after them in this
                            // sentence are read too.
                            opened = i;
                        }
                        break;
                    }
                }
            }
        }
        return out;
    }

    private boolean inContext(Kind k, String sentence, String section) {
        List<String> words = contextWords.getOrDefault(k.table(), List.of());
        if (words.isEmpty() || contextSections.getOrDefault(k.table(), List.of()).contains(section)) {
            return true;
        }
        return words.stream().anyMatch(sentence::contains);
    }

    private static Statement statement(Kind k, Matcher m, String sentence, String section) {
        long value = 0;
        BigDecimal amount = null;
        if (m.groupCount() >= 1 && m.group(1) != null) {
            BigDecimal n = new BigDecimal(m.group(1));
            if (k.amountInWan()) {
                String unit = m.groupCount() >= 2 && m.group(2) != null ? m.group(2) : "万元";
                amount = unit.equals("元") ? n.divide(BigDecimal.valueOf(10000), 6, RoundingMode.HALF_UP).stripTrailingZeros() : n;
                value = amount.longValue();
            } else {
                value = n.longValue();
            }
        }
        String rowPrefix = k.rowPrefix() == null ? "" : k.rowPrefix();
        List<String> targets = k.targets() == null || k.targets().isEmpty() ? List.of(rowPrefix + "|TOT") : k.targets();
        List<List<String>> alternatives = k.alternatives() == null ? List.of() : k.alternatives();
        return new Statement(k.kind(), k.table() == null ? "T3" : k.table(), rowPrefix, k.rowLabel(), targets, alternatives,
                value, amount, k.none(), sentence, section);
    }
}
