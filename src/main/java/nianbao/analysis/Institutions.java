package nianbao.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nianbao.document.Texts;
import nianbao.engine.RuleError;
import nianbao.template.SettingsSheet;

/**
 * The sheet 机构 of rules/settings.xlsx: which bodies report, and to whom (名称 | 上级 | 类型 政府/部门/乡镇/街道).
 * It tells the hierarchy check which children a government's aggregated report is made of, and 报送情况 which
 * offices are expected to report. A workbook without the sheet, or with an empty one, is "no list": the
 * children are then guessed by name and 报送情况 is not written.
 */
public final class Institutions {
    public static final String SHEET = "机构";
    /** What 类型 may say, and the body kind of deadlines.json it stands for. */
    static final Map<String, String> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("政府", "government");
        KINDS.put("部门", "department");
        KINDS.put("乡镇", "township");
        KINDS.put("街道", "township");
    }

    /** One row: the body's name, its parent's name ("" for the top) and its kind as written (政府 …). */
    public record Body(String name, String parent, String kind, int row) {
        /** The kind of body as deadlines.json names it. */
        public String bodyKind() {
            return KINDS.getOrDefault(kind, "department");
        }
    }

    private final List<Body> bodies;

    private Institutions(List<Body> bodies) {
        this.bodies = List.copyOf(bodies);
    }

    public static Institutions none() {
        return new Institutions(List.of());
    }

    /** The rows of the sheet (none when the workbook or the sheet is absent or cannot be read). */
    public static Institutions load(Path rulesDir) {
        try {
            return new Institutions(rows(SettingsSheet.read(rulesDir, SHEET)));
        } catch (IOException | RuntimeException e) {
            return none();
        }
    }

    private static List<Body> rows(List<SettingsSheet.Line> lines) {
        List<Body> out = new ArrayList<>();
        for (SettingsSheet.Line l : lines) {
            if (!l.cell(0).isEmpty()) {
                out.add(new Body(l.cell(0), l.cell(1), l.cell(2), l.number()));
            }
        }
        return out;
    }

    public List<Body> bodies() {
        return bodies;
    }

    public boolean isEmpty() {
        return bodies.isEmpty();
    }

    /** The row naming {@code office} (the same name, or the same but for 人民政府), or null. */
    public Body find(String office) {
        for (Body b : bodies) {
            if (sameBody(b.name(), office)) {
                return b;
            }
        }
        return null;
    }

    /** The bodies whose 上级 is {@code parent}'s name, in the sheet's order. */
    public List<Body> children(Body parent) {
        List<Body> out = new ArrayList<>();
        for (Body b : bodies) {
            if (!b.parent().isEmpty() && sameBody(b.parent(), parent.name())) {
                out.add(b);
            }
        }
        return out;
    }

    /** Two names of one body: equal once spaces are removed, or equal but for a trailing 人民政府 (平潭综合实验区). */
    static boolean sameBody(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        String x = Texts.compact(a);
        String y = Texts.compact(b);
        return !x.isEmpty() && (x.equals(y) || place(x).equals(place(y)));
    }

    /** The place a government is named after: its name without 人民政府 (平潭综合实验区人民政府 → 平潭综合实验区). */
    static String place(String office) {
        String o = Texts.compact(office);
        for (String tail : List.of("人民政府", "政府")) {
            if (o.endsWith(tail) && o.length() > tail.length()) {
                return o.substring(0, o.length() - tail.length());
            }
        }
        return o;
    }

    /** Each mistake of the sheet with its row and column: an unknown 类型, a 上级 that is no 名称, a cycle. */
    public static List<RuleError> check(Path rulesDir) throws IOException {
        String file = rulesDir.resolve(SettingsSheet.FILE).toString();
        List<SettingsSheet.Line> lines = SettingsSheet.read(rulesDir, SHEET);
        List<RuleError> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (SettingsSheet.Line l : lines) {
            if (!l.cell(0).isEmpty()) {
                names.add(Texts.compact(l.cell(0)));
            }
        }
        for (SettingsSheet.Line l : lines) {
            if (l.cell(0).isEmpty()) {
                out.add(at(file, l, "名称", "没有填名称，这一行不知道是哪个机构"));
                continue;
            }
            String kind = l.cell(2);
            if (!KINDS.containsKey(kind)) {
                out.add(at(file, l, "类型", (kind.isEmpty() ? "没有填类型" : "“" + kind + "”不是机构类型")
                        + "，应填 政府、部门、乡镇 或 街道"));
            }
            String parent = l.cell(1);
            if (!parent.isEmpty() && !names.contains(Texts.compact(parent))) {
                out.add(at(file, l, "上级", "上级“" + parent + "”不是本表“名称”列中的机构，请照“名称”列抄写，或先添上这个机构"));
            }
        }
        // A body that is its own ancestor: told once, on the first row of the cycle.
        Map<String, String> parentOf = new HashMap<>();
        Map<String, SettingsSheet.Line> lineOf = new HashMap<>();
        for (SettingsSheet.Line l : lines) {
            if (!l.cell(0).isEmpty()) {
                parentOf.putIfAbsent(Texts.compact(l.cell(0)), Texts.compact(l.cell(1)));
                lineOf.putIfAbsent(Texts.compact(l.cell(0)), l);
            }
        }
        Set<String> told = new HashSet<>();
        for (SettingsSheet.Line l : lines) {
            String start = Texts.compact(l.cell(0));
            if (start.isEmpty() || told.contains(start)) {
                continue;
            }
            List<String> path = new ArrayList<>();
            String at = start;
            while (at != null && !at.isEmpty() && !path.contains(at)) {
                path.add(at);
                at = parentOf.get(at);
            }
            if (at != null && at.equals(start)) {
                told.addAll(path);
                List<String> shown = new ArrayList<>(path);
                shown.add(start);
                out.add(at(file, l, "上级", "上级关系成了循环（" + String.join(" → ", shown) + "），机构不能是自己的上级"));
            }
        }
        return out;
    }

    private static RuleError at(String file, SettingsSheet.Line line, String column, String what) {
        return new RuleError(file, 0, "工作表“" + SHEET + "”第" + line.number() + "行“" + column + "”列：" + what);
    }
}
