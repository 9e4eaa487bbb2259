package nianbao.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * The supervisor's switches, kept in the sheet 规则开关 of rules/settings.xlsx: a rule can be turned off
 * (启用 = 否) or given another severity (严重程度 = error / warning / info) without touching its DRL.
 * The workbook is opened read-only: POI would otherwise save it on close (tech-notes.md pitfall 12).
 */
public final class RuleSettings {
    public static final String FILE = "settings.xlsx";
    public static final String SHEET = "规则开关";

    private final Set<String> disabled;
    private final Map<String, String> severities;
    private final List<RuleError> problems;

    private RuleSettings(Set<String> disabled, Map<String, String> severities, List<RuleError> problems) {
        this.disabled = disabled;
        this.severities = severities;
        this.problems = problems;
    }

    public static RuleSettings none() {
        return new RuleSettings(Set.of(), Map.of(), List.of());
    }

    public static RuleSettings load(Path rulesDir) throws IOException {
        Path file = rulesDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return none();
        }
        Set<String> off = new TreeSet<>();
        Map<String, String> severity = new TreeMap<>();
        List<RuleError> problems = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheet(SHEET);
            if (sheet == null) {
                return none();
            }
            DataFormatter fmt = new DataFormatter();
            for (Row row : sheet) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                String id = fmt.formatCellValue(row.getCell(0)).strip();
                if (id.isEmpty()) {
                    continue;
                }
                String enabled = fmt.formatCellValue(row.getCell(1)).strip();
                String sev = fmt.formatCellValue(row.getCell(2)).strip().toLowerCase(Locale.ROOT);
                String where = file + "（" + SHEET + "，第" + (row.getRowNum() + 1) + "行）";
                if (enabled.equals("否") || enabled.equalsIgnoreCase("no") || enabled.equalsIgnoreCase("false")) {
                    off.add(id);
                } else if (!enabled.isEmpty() && !enabled.equals("是") && !enabled.equalsIgnoreCase("yes")
                        && !enabled.equalsIgnoreCase("true")) {
                    problems.add(new RuleError(where, 0, "“启用”一栏应填“是”或“否”，现为“" + enabled + "”"));
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
                        problems.add(new RuleError(where, 0, "“严重程度”应为 error/warning/info（错误/警告/提示），现为“" + sev + "”"));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            problems.add(new RuleError(file.toString(), 0, "设置表无法读取：" + e.getMessage()));
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
