package nianbao.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the rules folder holds, from the rules' own metadata: every rule with its id, category, severity,
 * description and the file it is written in, and the metadata problems a supervisor must fix (a rule
 * without @id, a second rule with an id already used, an unknown severity …).
 */
public final class RuleCatalog {
    public static final Set<String> SEVERITIES = Set.of("error", "warning", "info");
    public static final Set<String> CATEGORIES = Set.of("structure", "label", "completeness", "arithmetic",
            "consistency", "period", "format");
    private static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\s+\"([^\"]+)\"");

    /** One rule as a supervisor sees it in `rules list`. */
    public record Entry(String id, String category, String severity, String file, String name, String description,
                        boolean variant) {
    }

    private final Path rulesDir;
    private final List<Entry> entries;
    private final Map<String, Integer> lineOfRule;

    private RuleCatalog(Path rulesDir, List<Entry> entries, Map<String, Integer> lineOfRule) {
        this.rulesDir = rulesDir;
        this.entries = entries;
        this.lineOfRule = lineOfRule;
    }

    /** Reads the rule files once, for the file and line of each rule, and the compiled rules' metadata. */
    public static RuleCatalog read(RuleBase base, Path rulesDir) throws IOException {
        Map<String, Integer> lineOfRule = new HashMap<>();
        Map<String, String> fileOfRule = filesOfRules(rulesDir, lineOfRule);
        List<Entry> out = new ArrayList<>();
        base.kieBase().getKiePackages().forEach(p -> p.getRules().forEach(r -> {
            if (p.getQueries().stream().anyMatch(q -> q.getName().equals(r.getName()))) {
                // A query is shared reasoning of some rules (consistency.drl), never a check of its own.
                return;
            }
            RuleMeta m = RuleMeta.of(r);
            boolean variant = r.getMetaData().containsKey("variant");
            out.add(new Entry(m.id(), m.category(), m.severity(), fileOfRule.getOrDefault(r.getName(), ""), r.getName(),
                    m.description(), variant));
        }));
        out.sort(Comparator.comparing((Entry e) -> e.id() == null ? "" : e.id()).thenComparing(Entry::name));
        return new RuleCatalog(rulesDir, List.copyOf(out), lineOfRule);
    }

    /** Every rule, sorted by id. */
    public List<Entry> entries() {
        return entries;
    }

    /** Whether some rule carries this id. */
    public boolean hasId(String id) {
        return entries.stream().anyMatch(e -> id.equals(e.id()));
    }

    /** Metadata problems, each with the file and line of the rule. */
    public List<RuleError> problems() {
        List<RuleError> errors = new ArrayList<>();
        Map<String, List<Entry>> byId = new LinkedHashMap<>();
        for (Entry e : entries) {
            String file = rulesDir.resolve(e.file()).toString();
            int line = lineOfRule.getOrDefault(e.name(), 0);
            if (e.id() == null || e.id().isBlank()) {
                errors.add(new RuleError(file, line, "规则“" + e.name() + "”缺少 @id（规则编号）"));
                continue;
            }
            if (e.category() == null || !CATEGORIES.contains(e.category())) {
                errors.add(new RuleError(file, line, "规则 " + e.id() + " 的 @category 应为 " + CATEGORIES + " 之一，现为 " + e.category()));
            }
            if (e.severity() == null || !SEVERITIES.contains(e.severity())) {
                errors.add(new RuleError(file, line, "规则 " + e.id() + " 的 @severity 应为 error、warning 或 info，现为 " + e.severity()));
            }
            if (e.description() == null || e.description().isBlank()) {
                errors.add(new RuleError(file, line, "规则 " + e.id() + " 缺少 @description（给下级单位看的一句话说明）"));
            }
            byId.computeIfAbsent(e.id(), k -> new ArrayList<>()).add(e);
        }
        for (Map.Entry<String, List<Entry>> group : byId.entrySet()) {
            List<Entry> plain = group.getValue().stream().filter(e -> !e.variant()).toList();
            if (plain.size() > 1) {
                Entry second = plain.get(1);
                errors.add(new RuleError(rulesDir.resolve(second.file()).toString(), lineOfRule.getOrDefault(second.name(), 0),
                        "规则编号 " + group.getKey() + " 已被规则“" + plain.get(0).name() + "”使用；每条规则要有自己的编号"
                                + "（同一检查的另一种情形请加 @variant(\"说明\")）"));
            }
        }
        return errors;
    }

    private static Map<String, String> filesOfRules(Path dir, Map<String, Integer> lines) throws IOException {
        Map<String, String> out = new HashMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                Matcher m = RULE.matcher(text);
                while (m.find()) {
                    out.put(m.group(1), f.getFileName().toString());
                    lines.put(m.group(1), 1 + (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count()
                            + (text.charAt(m.start()) == '\n' ? 1 : 0));
                }
            }
        }
        return out;
    }
}
