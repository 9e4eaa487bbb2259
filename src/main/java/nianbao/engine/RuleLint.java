package nianbao.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Conditions that compile but can never hold, found before any report is checked: a rule that compares a
 * fact's field with a value the templates never give it silently never fires. Every string a rule compares
 * a fact with in its conditions ({@code == "…"}, {@code != "…"}, {@code str[startsWith] "…"},
 * {@code .startsWith("…")}, {@code in ("…", …)}) must be a key of rules/templates/*.json (versions, section
 * numerals, table ids, block, row and column keys, groups, roles, statement kinds …) or "" for "none"; a
 * section numeral must be one of the template's (一…六, never 6), a table one of T2/T3/T4 (never 表3), a
 * format version one that exists. Each finding is a warning with the file, the line and what to write instead.
 */
public final class RuleLint {
    /** The template fields whose string values are keys a rule may compare with. */
    private static final Set<String> KEY_FIELDS = Set.of("version", "numeral", "id", "key", "group", "role", "kind",
            "table", "section", "rowPrefix", "notBelow", "column");
    /** Fact fields holding a section numeral, a table id, a format version. */
    private static final Set<String> NUMERAL_FIELDS = Set.of("numeral", "section");
    private static final Set<String> TABLE_FIELDS = Set.of("table");
    private static final Set<String> VERSION_FIELDS = Set.of("template", "tableTwoTemplate", "tableThreeTemplate", "version");

    private static final String STRING = "\"((?:[^\"\\\\\\n]|\\\\.)*)\"";
    private static final String FIELD = "([A-Za-z_$][\\w$]*(?:\\.[A-Za-z_]\\w*)*)";
    private static final Pattern COMPARED = Pattern.compile(
            FIELD + "\\s*(?:==|!=|str\\s*\\[\\s*\\w+\\s*])\\s*" + STRING
                    + "|" + FIELD + "\\s*\\.\\s*(?:startsWith|endsWith|equals)\\s*\\(\\s*" + STRING
                    + "|" + STRING + "\\s*(?:==|!=)\\s*" + FIELD
                    + "|(?:==|!=|str\\s*\\[\\s*\\w+\\s*]|\\.\\s*(?:startsWith|endsWith|equals)\\s*\\()\\s*" + STRING);
    private static final Pattern IN_LIST = Pattern.compile(FIELD + "\\s+(?:not\\s+)?in\\s*\\(([^()]*)\\)");
    private static final Pattern NUMBER_COMPARED = Pattern.compile(
            "\\b" + FIELD + "\\s*(==|!=|<=|>=|<|>)\\s*(-?\\d+(?:\\.\\d+)?)\\b(?!\\s*\\.)"
                    + "|(?<![\\w.\"])(-?\\d+(?:\\.\\d+)?)\\s*(==|!=)\\s*" + FIELD);
    private static final Pattern ANY_STRING = Pattern.compile(STRING);
    private static final Pattern CONDITIONS = Pattern.compile("(?s)\\bwhen\\b(.*?)\\bthen\\b|\\bquery\\b(.*?)\\bend\\b");

    /** What the templates define: every key, and the numerals, table ids and versions among them. */
    public record TemplateWords(Set<String> keys, Set<String> numerals, Set<String> tables, Set<String> versions) {
    }

    /** One string compared in a rule's conditions: the field it is compared with (or ""), the text, the line. */
    public record Compared(String field, String literal, int line) {
    }

    private RuleLint() {
    }

    /** Every warning for the .drl files of the folder, in file and line order. */
    public static List<RuleError> check(Path rulesDir) throws IOException {
        TemplateWords words = templateWords(rulesDir.resolve("templates"));
        List<RuleError> out = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(rulesDir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".drl")).sorted().toList();
        }
        for (Path file : files) {
            out.addAll(check(file, Files.readString(file, StandardCharsets.UTF_8), words));
        }
        return out;
    }

    /** The warnings for one rule file's text. */
    public static List<RuleError> check(Path file, String drl, TemplateWords words) {
        List<RuleError> out = new ArrayList<>();
        String name = file.getFileName().toString();
        for (Compared c : comparedStrings(drl)) {
            String problem = problem(c.field(), c.literal(), words);
            if (problem != null) {
                out.add(new RuleError(file.toString(), c.line(), problem));
            }
        }
        String code = blank(withoutComments(drl), true);
        Matcher when = CONDITIONS.matcher(code);
        while (when.find()) {
            int start = when.group(1) != null ? when.start(1) : when.start(2);
            String lhs = when.group(1) != null ? when.group(1) : when.group(2);
            Matcher m = NUMBER_COMPARED.matcher(lhs);
            while (m.find()) {
                String field = last(m.group(1) != null ? m.group(1) : m.group(6));
                String number = m.group(1) != null ? m.group(3) : m.group(4);
                String written = m.group().strip();
                String instead = insteadOfNumber(field, number, words);
                if (instead != null) {
                    out.add(new RuleError(file.toString(), lineAt(code, start + m.start()),
                            written + " 永远不会成立：" + instead));
                }
            }
        }
        out.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return name.isEmpty() ? List.of() : out;
    }

    private static String insteadOfNumber(String field, String number, TemplateWords words) {
        if (NUMERAL_FIELDS.contains(field)) {
            return "部分序号写作 " + quoted(words.numerals()) + "（带引号的汉字），请写成 " + field + " == \""
                    + chineseNumeral(number, words) + "\"";
        }
        if (TABLE_FIELDS.contains(field)) {
            return "表写作 " + tableWords(words) + "，请写成 " + field + " == \"T" + number + "\"";
        }
        if (VERSION_FIELDS.contains(field)) {
            return "格式版本是带引号的文字 " + quoted(words.versions()) + "，请写成 " + field + " == \"" + number + "\"";
        }
        return null;
    }

    private static String problem(String field, String literal, TemplateWords words) {
        if (literal.isEmpty()) {
            return null;
        }
        String f = last(field);
        String shown = (field.isEmpty() ? "" : field + " == ") + "\"" + literal + "\"";
        if (NUMERAL_FIELDS.contains(f) && !words.numerals().contains(literal)) {
            return shown + " 永远不会成立：部分序号写作 " + quoted(words.numerals());
        }
        if (TABLE_FIELDS.contains(f) && !words.tables().contains(literal)) {
            return shown + " 永远不会成立：表写作 " + tableWords(words);
        }
        if (VERSION_FIELDS.contains(f) && !words.versions().contains(literal)) {
            return shown + " 永远不会成立：模板中只有这些格式版本 " + quoted(words.versions());
        }
        if (!words.keys().contains(literal)) {
            return shown + " 可能永远不会成立：“" + literal + "”不是模板（templates/*.json）中的键；表、行、列请用模板中的键"
                    + "（如 \"T3\"、\"R3.7\"），状态和类别请用常量（如 TableStatus.OK、LabelKind.ROW）";
        }
        return null;
    }

    private static String tableWords(TemplateWords words) {
        List<String> out = new ArrayList<>();
        for (String t : words.tables()) {
            String n = switch (t) {
                case "T2" -> "（表二）";
                case "T3" -> "（表三）";
                case "T4" -> "（表四）";
                default -> "";
            };
            out.add("\"" + t + "\"" + n);
        }
        return String.join("、", out);
    }

    private static String chineseNumeral(String number, TemplateWords words) {
        List<String> numerals = new ArrayList<>(words.numerals());
        try {
            int n = Integer.parseInt(number);
            String[] all = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
            if (n >= 1 && n <= all.length) {
                return all[n - 1];
            }
        } catch (NumberFormatException e) {
            // not a whole number: fall through to the first numeral
        }
        return numerals.isEmpty() ? "一" : numerals.get(0);
    }

    private static String quoted(Set<String> values) {
        List<String> out = new ArrayList<>();
        values.forEach(v -> out.add("\"" + v + "\""));
        if (out.size() > 3 && values.stream().allMatch(v -> v.length() == 1)) {
            return out.get(0) + "…" + out.get(out.size() - 1);
        }
        return String.join("、", out);
    }

    private static String last(String field) {
        if (field == null) {
            return "";
        }
        int dot = field.lastIndexOf('.');
        return dot < 0 ? field : field.substring(dot + 1);
    }

    /** The strings compared in the conditions (between when and then, and in queries), comments left out. */
    public static List<Compared> comparedStrings(String drl) {
        String code = withoutComments(drl);
        List<Compared> out = new ArrayList<>();
        Matcher when = CONDITIONS.matcher(code);
        while (when.find()) {
            int start = when.group(1) != null ? when.start(1) : when.start(2);
            String lhs = when.group(1) != null ? when.group(1) : when.group(2);
            Matcher m = COMPARED.matcher(lhs);
            while (m.find()) {
                String field;
                String literal;
                if (m.group(2) != null) {
                    field = m.group(1);
                    literal = m.group(2);
                } else if (m.group(4) != null) {
                    field = m.group(3);
                    literal = m.group(4);
                } else if (m.group(5) != null) {
                    field = m.group(6);
                    literal = m.group(5);
                } else {
                    field = "";
                    literal = m.group(7);
                }
                out.add(new Compared(field, unescape(literal), lineAt(code, start + m.start())));
            }
            Matcher in = IN_LIST.matcher(lhs);
            while (in.find()) {
                Matcher s = ANY_STRING.matcher(in.group(2));
                while (s.find()) {
                    out.add(new Compared(in.group(1), unescape(s.group(1)), lineAt(code, start + in.start(2) + s.start())));
                }
            }
        }
        out.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return out;
    }

    /** Comments blanked out, every other character (and so every line number) where it was. */
    static String withoutComments(String drl) {
        return blank(drl, false);
    }

    /** Comments (and string literals too when {@code strings}) blanked out, keeping every offset. */
    private static String blank(String drl, boolean strings) {
        StringBuilder b = new StringBuilder(drl);
        Matcher m = Pattern.compile("(?s)/\\*.*?\\*/|//[^\\n]*|" + STRING).matcher(drl);
        while (m.find()) {
            if (m.group().startsWith("\"") && !strings) {
                continue;
            }
            for (int i = m.start(); i < m.end(); i++) {
                if (b.charAt(i) != '\n') {
                    b.setCharAt(i, ' ');
                }
            }
        }
        return b.toString();
    }

    private static int lineAt(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String unescape(String s) {
        return s.replace("\\\"", "\"").replace("\\\\", "\\");
    }

    /** The keys, numerals, table ids and versions of the templates in this folder (rules/templates). */
    public static TemplateWords templateWords(Path templatesDir) throws IOException {
        Set<String> keys = new TreeSet<>();
        Set<String> numerals = new LinkedHashSet<>();
        Set<String> tables = new TreeSet<>();
        Set<String> versions = new TreeSet<>();
        ObjectMapper mapper = new ObjectMapper();
        if (Files.isDirectory(templatesDir)) {
            List<Path> files;
            try (Stream<Path> s = Files.list(templatesDir)) {
                files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            }
            for (Path f : files) {
                JsonNode root = mapper.readTree(f.toFile());
                collect(root, keys);
                if (root.path("version").isTextual()) {
                    versions.add(root.path("version").asText());
                }
                root.path("sections").forEach(s -> {
                    if (s.path("numeral").isTextual()) {
                        numerals.add(s.path("numeral").asText());
                    }
                });
                root.path("tables").properties().forEach(e -> tables.add(e.getKey()));
            }
        }
        return new TemplateWords(keys, numerals, tables, versions);
    }

    private static void collect(JsonNode node, Set<String> keys) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (KEY_FIELDS.contains(e.getKey()) && e.getValue().isTextual()) {
                    keys.add(e.getValue().asText());
                }
                collect(e.getValue(), keys);
            }
        } else if (node.isArray()) {
            node.forEach(n -> collect(n, keys));
        }
    }
}
