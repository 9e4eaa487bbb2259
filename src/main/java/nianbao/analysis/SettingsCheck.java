package nianbao.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nianbao.document.Texts;
import nianbao.engine.RuleCatalog;
import nianbao.engine.RuleError;
import nianbao.engine.RuleSettings;
import nianbao.template.AcceptedLabels;
import nianbao.template.SettingsSheet;
import nianbao.template.Template;
import nianbao.template.Templates;

/**
 * Every row of rules/settings.xlsx checked against what it refers to, so a typo is named rather than
 * silently ignored: rule ids against the rules (规则开关), table names and template labels against the
 * templates (可接受的写法: the label a wording is accepted for must exist), body kinds against
 * templates/deadlines.json and dates against the calendar (报送期限, and 转发设置's 整改期限, see
 * {@link ForwardingSettings}). Each problem names the sheet, the row
 * and the column, in Chinese. (启用 and 严重程度 are checked where they are read, {@link RuleSettings}.)
 */
public final class SettingsCheck {
    public static final String DEADLINES_SHEET = "报送期限";
    /** The tables of 可接受的写法, with 标题 for a section heading. */
    static final List<String> TABLES = List.of("表二", "表三", "表四", "标题");
    /** What a supervisor may write for a kind of body, by the kind's key in deadlines.json. */
    static final Map<String, List<String>> BODY_WORDS = new LinkedHashMap<>();

    static {
        BODY_WORDS.put("government", List.of("政府", "人民政府", "government"));
        BODY_WORDS.put("department", List.of("部门", "department"));
        BODY_WORDS.put("township", List.of("乡镇", "街道", "乡镇街道", "township"));
    }

    private SettingsCheck() {
    }

    public static List<RuleError> check(Path dir, Templates templates, RuleCatalog catalog) throws IOException {
        String file = dir.resolve(SettingsSheet.FILE).toString();
        List<RuleError> out = new ArrayList<>();
        for (SettingsSheet.Line line : SettingsSheet.read(dir, RuleSettings.SHEET)) {
            String id = line.cell(0);
            if (id.isEmpty()) {
                if (!line.cell(1).isEmpty() || !line.cell(2).isEmpty()) {
                    out.add(at(file, RuleSettings.SHEET, line, "规则编号", "没有填规则编号，这一行的设置不知道给哪条规则"));
                }
            } else if (!catalog.hasId(id)) {
                out.add(at(file, RuleSettings.SHEET, line, "规则编号", "规则编号“" + id + "”在规则文件中不存在，"
                        + "请照 ./check rules list 列出的编号填写" + nearest(id, catalog.entries().stream().map(RuleCatalog.Entry::id).toList())));
            }
        }
        Map<String, Set<String>> labels = labels(templates);
        for (SettingsSheet.Line line : SettingsSheet.read(dir, AcceptedLabels.SHEET)) {
            String table = line.cell(0);
            String canonical = line.cell(1);
            String written = line.cell(2);
            if (!TABLES.contains(table)) {
                out.add(at(file, AcceptedLabels.SHEET, line, "表", (table.isEmpty() ? "没有填表名" : "“" + table + "”不是可填的表名")
                        + "，应填 表二、表三、表四 或 标题（部分标题）" + tableHint(table)));
                continue;
            }
            if (canonical.isEmpty()) {
                out.add(at(file, AcceptedLabels.SHEET, line, "模板名称", "没有填模板中的名称"));
            } else if (!labels.get(table).contains(Texts.compact(canonical))) {
                String what = table.equals("标题") ? "“" + canonical + "”不是模板中的部分标题，请写完整标题，如“二、主动公开政府信息情况”"
                        : "“" + canonical + "”不是模板" + table + "中的行名或列名，请从模板中照抄"
                                + nearest(canonical, labelsAsWritten(templates, table));
                out.add(at(file, AcceptedLabels.SHEET, line, "模板名称", what));
            }
            if (written.isEmpty()) {
                out.add(at(file, AcceptedLabels.SHEET, line, "可接受的写法", "没有填可接受的写法"));
            }
        }
        Set<String> kinds = bodyKinds(dir);
        List<String> kindWords = new ArrayList<>();
        kinds.forEach(k -> kindWords.addAll(BODY_WORDS.getOrDefault(k, List.of(k))));
        for (SettingsSheet.Line line : SettingsSheet.read(dir, DEADLINES_SHEET)) {
            String kind = line.cell(1);
            if (!kindWords.contains(kind)) {
                out.add(at(file, DEADLINES_SHEET, line, "机关类型", (kind.isEmpty() ? "没有填机关类型" : "“" + kind + "”不是机关类型")
                        + "，应填 政府、部门 或 乡镇（街道也可）"));
            }
            String month = line.cell(2);
            String day = line.cell(3);
            if (!month.matches("\\d{1,2}") || Integer.parseInt(month) < 1 || Integer.parseInt(month) > 12) {
                out.add(at(file, DEADLINES_SHEET, line, "月", "月份应为 1 到 12 的数字，现为“" + month + "”"));
            } else if (!day.matches("\\d{1,2}")) {
                out.add(at(file, DEADLINES_SHEET, line, "日", "日应为数字，现为“" + day + "”"));
            } else {
                try {
                    // A leap year, so that 2月29日 is a date; 2月30日 and 4月31日 are none.
                    LocalDate.of(2024, Integer.parseInt(month), Integer.parseInt(day));
                } catch (DateTimeException e) {
                    out.add(at(file, DEADLINES_SHEET, line, "日", month + "月" + day + "日不存在，请填写日历上有的日期"));
                }
            }
        }
        out.addAll(ForwardingSettings.check(dir));
        out.addAll(Institutions.check(dir));
        List<String> checks = List.of(Similarity.LAST_YEAR_ROW, Similarity.OTHER_OFFICE_ROW, Similarity.TEMPLATE_ROW);
        for (SettingsSheet.Line line : SettingsSheet.read(dir, Similarity.SHEET)) {
            if (!checks.contains(line.cell(0))) {
                out.add(at(file, Similarity.SHEET, line, "检查", (line.cell(0).isEmpty() ? "没有填检查项" : "“" + line.cell(0) + "”不是检查项")
                        + "，应填 " + String.join("、", checks)));
                continue;
            }
            String v = line.cell(1);
            boolean off = v.equals("关") || v.equals("否");
            if (!v.isEmpty() && !(off && !line.cell(0).equals(Similarity.TEMPLATE_ROW)) && Similarity.parsePercent(v) == null) {
                out.add(at(file, Similarity.SHEET, line, "比例（%）", "“" + line.cell(0) + "”的比例应填 0 到 100 的百分比，如 50"
                        + (line.cell(0).equals(Similarity.TEMPLATE_ROW) ? "" : "，或填“关”不做此项检查") + "，留空表示按默认值，现为“" + v + "”"));
            }
        }
        return out;
    }

    private static RuleError at(String file, String sheet, SettingsSheet.Line line, String column, String what) {
        return new RuleError(file, 0, "工作表“" + sheet + "”第" + line.number() + "行“" + column + "”列：" + what);
    }

    private static String tableHint(String table) {
        String t = table.replace("2", "二").replace("3", "三").replace("4", "四").replace("２", "二").replace("３", "三")
                .replace("４", "四").replace("表格", "表");
        if (!t.startsWith("表") && t.length() == 1) {
            t = "表" + t;
        }
        return TABLES.contains(t) && !t.equals(table) ? "（是否应为“" + t + "”？）" : "";
    }

    /** The closest of the known names (fewest letters to change), as a hint, or "" when none is close. */
    private static String nearest(String written, List<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            if (k == null) {
                continue;
            }
            int d = distance(written, k);
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return best != null && bestDistance > 0 && bestDistance <= Math.max(2, written.length() / 3)
                ? "（是否应为“" + best + "”？）" : "";
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int same = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + same);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** Every row, column and heading name of each table, compacted, over all template versions. */
    static Map<String, Set<String>> labels(Templates templates) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (String t : TABLES) {
            Set<String> set = new LinkedHashSet<>();
            labelsAsWritten(templates, t).forEach(l -> set.add(Texts.compact(l)));
            out.put(t, set);
        }
        return out;
    }

    private static List<String> labelsAsWritten(Templates templates, String table) {
        List<String> out = new ArrayList<>();
        for (Template v : templates.all()) {
            switch (table) {
                case "标题" -> v.sections().forEach(s -> out.add(s.heading()));
                case "表二" -> {
                    if (v.tables().T2() != null) {
                        v.tables().T2().blocks().forEach(b -> {
                            add(out, b.caption());
                            b.columns().forEach(c -> add(out, c.label()));
                            b.rows().forEach(r -> add(out, r.label()));
                        });
                        v.tables().T2().headerWords().forEach(w -> add(out, w));
                    }
                }
                case "表三" -> {
                    if (v.tables().T3() != null) {
                        v.tables().T3().columns().forEach(c -> add(out, c.label()));
                        v.tables().T3().rows().forEach(r -> add(out, r.label()));
                        v.tables().T3().optionalColumns().forEach(c -> add(out, c.label()));
                        if (v.tables().T3().groupLabels() != null) {
                            v.tables().T3().groupLabels().forEach(w -> add(out, w));
                        }
                        if (v.tables().T3().headerWords() != null) {
                            v.tables().T3().headerWords().forEach(w -> add(out, w));
                        }
                    }
                }
                case "表四" -> {
                    if (v.tables().T4() != null) {
                        v.tables().T4().columns().forEach(c -> add(out, c.label()));
                        if (v.tables().T4().headerWords() != null) {
                            v.tables().T4().headerWords().forEach(w -> add(out, w));
                        }
                    }
                }
                default -> {
                }
            }
        }
        return out;
    }

    private static void add(List<String> out, String label) {
        if (label == null || label.isBlank()) {
            return;
        }
        out.add(label);
        // A column under a group ("行政复议/结果维持") may be named by its own part as well.
        if (label.contains("/")) {
            for (String part : label.split("/")) {
                out.add(part);
            }
        }
    }

    /** The kinds of body templates/deadlines.json knows (its legal dates), and townships, which have none. */
    static Set<String> bodyKinds(Path dir) throws IOException {
        Set<String> out = new LinkedHashSet<>();
        Path f = dir.resolve("templates").resolve("deadlines.json");
        if (Files.isRegularFile(f)) {
            JsonNode root = new ObjectMapper().readTree(f.toFile());
            root.path("legal").fieldNames().forEachRemaining(out::add);
            root.path("overrides").forEach(o -> {
                if (o.path("bodyKind").isTextual()) {
                    out.add(o.path("bodyKind").asText());
                }
            });
        }
        out.add("township");
        return out;
    }
}
