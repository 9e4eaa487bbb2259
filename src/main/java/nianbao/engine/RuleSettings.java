package nianbao.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nianbao.template.SettingsSheet;

/**
 * The supervisor's switches, kept in the sheet 规则开关 of rules/settings.xlsx: a rule can be turned off
 * (启用 = 否) or given another severity (严重程度 = error / warning / info) without touching its DRL.
 * The workbook is opened read-only: POI would otherwise save it on close (tech-notes.md pitfall 12).
 */
public final class RuleSettings {
    public static final String FILE = SettingsSheet.FILE;
    public static final String SHEET = "规则开关";

    private final Set<String> disabled;
    private final Map<String, String> severities;
    private final List<RuleError> problems;
    private final RuleBudget budget;

    private RuleSettings(Set<String> disabled, Map<String, String> severities, List<RuleError> problems,
                         RuleBudget budget) {
        this.disabled = disabled;
        this.severities = severities;
        this.problems = problems;
        this.budget = budget;
    }

    private RuleSettings(Set<String> disabled, Map<String, String> severities, List<RuleError> problems) {
        this(disabled, severities, problems, RuleBudget.DEFAULT);
    }

    public static RuleSettings none() {
        return new RuleSettings(Set.of(), Map.of(), List.of());
    }

    /** The same settings with another budget per report (the command line's --rule-firings, --rule-seconds). */
    public RuleSettings withBudget(RuleBudget other) {
        return new RuleSettings(disabled, severities, problems, other);
    }

    /** How much the rules may do on one report before they are stopped. */
    public RuleBudget budget() {
        return budget;
    }

    public static RuleSettings load(Path rulesDir) throws IOException {
        Set<String> off = new TreeSet<>();
        Map<String, String> severity = new TreeMap<>();
        List<RuleError> problems = new ArrayList<>();
        String file = rulesDir.resolve(FILE).toString();
        List<SettingsSheet.Line> lines;
        try {
            lines = SettingsSheet.read(rulesDir, SHEET);
        } catch (IOException | RuntimeException e) {
            return new RuleSettings(off, severity, List.of(new RuleError(file, 0, "设置表无法读取：" + e.getMessage())));
        }
        for (SettingsSheet.Line line : lines) {
            String id = line.cell(0);
            String enabled = line.cell(1);
            String sev = line.cell(2).toLowerCase(Locale.ROOT);
            String where = "工作表“" + SHEET + "”第" + line.number() + "行";
            if (id.isEmpty()) {
                continue;
            }
            if (enabled.equals("否") || enabled.equalsIgnoreCase("no") || enabled.equalsIgnoreCase("false")) {
                off.add(id);
            } else if (!enabled.isEmpty() && !enabled.equals("是") && !enabled.equalsIgnoreCase("yes")
                    && !enabled.equalsIgnoreCase("true")) {
                problems.add(new RuleError(file, 0, where + "“启用”列：应填“是”或“否”，现为“" + enabled + "”"));
            }
            if (!sev.isEmpty()) {
                String mapped = switch (sev) {
                    case "错误" -> "error";
                    case "警告" -> "warning";
                    case "提示" -> "info";
                    default -> sev;
                };
                if (RuleCatalog.SEVERITIES.contains(mapped)) {
                    severity.put(id, mapped);
                } else {
                    problems.add(new RuleError(file, 0, where + "“严重程度”列：应填 error、warning、info（或 错误、警告、提示），"
                            + "留空表示按规则文件，现为“" + line.cell(2) + "”"));
                }
            }
        }
        return new RuleSettings(off, severity, problems);
    }

    public boolean enabled(String ruleId) {
        return !disabled.contains(ruleId);
    }

    public Set<String> disabled() {
        return disabled;
    }

    /** The severity set in the sheet for this rule, or the rule's own. */
    public String severity(String ruleId, String own) {
        return severities.getOrDefault(ruleId, own);
    }

    public Map<String, String> severities() {
        return severities;
    }

    /** Entries the supervisor must correct (bad values); ids unknown to the rules are checked by `rules check`. */
    public List<RuleError> problems() {
        return problems;
    }
}
