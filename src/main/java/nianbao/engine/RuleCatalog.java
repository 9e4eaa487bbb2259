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
                Entry first = plain.get(0);
                Entry second = plain.get(1);
                String both = first.file().equals(second.file())
                        ? first.file() + " 第" + lineOfRule.getOrDefault(first.name(), 0) + "行与第"
                                + lineOfRule.getOrDefault(second.name(), 0) + "行"
                        : first.file() + " 与 " + second.file();
                errors.add(new RuleError(rulesDir.resolve(second.file()).toString(), lineOfRule.getOrDefault(second.name(), 0),
                        "规则编号重复：" + both + " 都定义了 " + group.getKey() + "（规则“" + first.name() + "”与“"
                                + second.name() + "”）；每条规则要有自己的编号，请改掉其中一个"
                                + "（同一检查的另一种情形请加 @variant(\"说明\")）"));
            }
        }
        return errors;
    }

    private static final Pattern ID = Pattern.compile("@id\\s*\\(\\s*\"([^\"]*)\"");
    private static final Pattern WHEN = Pattern.compile("\\bwhen\\b");

    /**
     * Rules defined again in another file of the folder (the same rule name or the same @id), before Drools
     * compiles: typically a copy such as "structure - 副本.drl" left beside structure.drl, which Drools would
     * report as a score of errors in its own words. One error per pair of files, naming both and the ids.
     */
    static List<RuleError> duplicatesAcrossFiles(Path dir, List<Path> files) throws IOException {
        Map<String, String> fileOfName = new HashMap<>();
        Map<String, List<String>> idsByPair = new LinkedHashMap<>();
        Map<String, Integer> lineOfPair = new HashMap<>();
        for (Path f : files) {
            if (!f.getFileName().toString().endsWith(".drl")) {
                continue;
            }
            String name = f.getFileName().toString();
            String text = Files.readString(f, StandardCharsets.UTF_8);
            String code = RuleLint.withoutComments(text);
            Matcher m = RULE.matcher(code);
            while (m.find()) {
                String rule = m.group(1);
                Matcher when = WHEN.matcher(code);
                int end = when.find(m.end()) ? when.start() : code.length();
                String head = code.substring(m.end(), end);
                Matcher id = ID.matcher(head);
                String ruleId = id.find() ? id.group(1) : rule;
                // The same name is what breaks the compile; the same @id under another name is one of problems().
                String earlier = fileOfName.get(rule);
                if (earlier != null && !earlier.equals(name)) {
                    String pair = earlier + "\u0000" + name;
                    idsByPair.computeIfAbsent(pair, k -> new ArrayList<>());
                    if (!idsByPair.get(pair).contains(ruleId)) {
                        idsByPair.get(pair).add(ruleId);
                    }
                    lineOfPair.putIfAbsent(pair, 1 + (int) code.substring(0, m.start()).chars().filter(c -> c == '\n').count()
                            + (code.charAt(m.start()) == '\n' ? 1 : 0));
                    continue;
                }
                fileOfName.putIfAbsent(rule, name);
            }
        }
        List<RuleError> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : idsByPair.entrySet()) {
            String[] pair = e.getKey().split("\u0000");
            if (looksLikeCopy(pair[0]) && !looksLikeCopy(pair[1])) {
                pair = new String[] {pair[1], pair[0]};
            }
            List<String> ids = e.getValue();
            String which = ids.size() <= 3 ? String.join("、", ids)
                    : String.join("、", ids.subList(0, 3)) + " 等 " + ids.size() + " 条规则";
            boolean copy = looksLikeCopy(pair[1]);
            out.add(new RuleError(dir.resolve(pair[1]).toString(), copy ? 0 : lineOfPair.get(e.getKey()),
                    "规则编号重复：" + pair[0] + " 与 " + pair[1] + " 都定义了 " + which + "；"
                            + (copy ? "请删除副本 " + pair[1] : "每条规则只能定义一次：若其中一个文件是副本请删除它，"
                            + "否则请给重复的规则换一个编号和名称")
                            + "（rules/ 中的每个 .drl 文件都会被读入，备份请放到 rules/ 以外）"));
        }
        return out;
    }

    private static boolean looksLikeCopy(String fileName) {
        String n = fileName.toLowerCase(java.util.Locale.ROOT);
        return n.contains("副本") || n.contains("备份") || n.contains("copy") || n.contains("bak") || n.matches(".*\\(\\d+\\).*");
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
