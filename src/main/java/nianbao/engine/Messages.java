package nianbao.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sentences a finding's message is made of, with named arguments ("{位置}：{说明}（应为“{应为}”…）。"), read
 * from rules/{@value #FILE} so a supervisor can change the wording without Java. Loaded once with the rules;
 * without the file the built-in sentences (the same as the shipped file) are used.
 */
public final class Messages {
    public static final String FILE = "messages.json";

    /** Both values given: what the place should hold and what the report holds. */
    public static final String WITH_BOTH = "withBoth";
    /** Only what it should hold: the report has nothing there. */
    public static final String WITH_EXPECTED = "withExpected";
    /** Only what the report holds. */
    public static final String WITH_ACTUAL = "withActual";
    /** Neither value. */
    public static final String PLAIN = "plain";
    static final String PLACE_TABLE = "place.table";
    static final String PLACE_SECTION = "place.section";
    static final String PLACE_REPORT = "place.report";
    static final String PLACE_ROW = "place.row";
    static final String PLACE_COLUMN = "place.column";
    /** A column named without a row, or a column group ("行政复议/总计"): 栏 rather than 列. */
    static final String PLACE_COLUMN_OF_TABLE = "place.columnOfTable";

    /** Argument names. */
    public static final String ARG_PLACE = "位置";
    public static final String ARG_DESCRIPTION = "说明";
    public static final String ARG_EXPECTED = "应为";
    public static final String ARG_ACTUAL = "报告中为";
    static final String ARG_TABLE = "表";
    static final String ARG_SECTION = "部分";
    static final String ARG_ROW = "行";
    static final String ARG_COLUMN = "列";

    private static final Pattern ARG = Pattern.compile("\\{([^{}]+)}");

    /**
     * Sentences of single rules (the checks on the batch as a whole), with the arguments each must keep. A
     * messages.json without one (written before it existed) uses the built-in sentence.
     */
    private static final Map<String, List<String>> OPTIONAL = new LinkedHashMap<>();
    private static final Map<String, String> OPTIONAL_DEFAULTS = new LinkedHashMap<>();

    static {
        OPTIONAL.put("batch.duplicate", List.of("位置", "说明", "其他文件"));
        OPTIONAL_DEFAULTS.put("batch.duplicate", "{位置}：{说明}，另见{其他文件}；各份的复核意见分别记录，请确认以哪一份为准。");
        OPTIONAL.put("batch.changedCell", List.of("位置", "说明", "上次", "本次", "上次文件"));
        OPTIONAL_DEFAULTS.put("batch.changedCell", "{位置}：{说明}：上次检查时为“{上次}”，现为“{本次}”（上次检查的文件：{上次文件}）。");
        OPTIONAL.put("batch.changedText", List.of("位置", "说明", "上次文件"));
        OPTIONAL_DEFAULTS.put("batch.changedText", "{位置}：{说明}（上次检查的文件：{上次文件}）。");
    }

    /** Each sentence with the arguments it must keep. */
    private static final Map<String, List<String>> REQUIRED = new LinkedHashMap<>();

    static {
        REQUIRED.put(WITH_BOTH, List.of(ARG_PLACE, ARG_DESCRIPTION, ARG_EXPECTED, ARG_ACTUAL));
        REQUIRED.put(WITH_EXPECTED, List.of(ARG_PLACE, ARG_DESCRIPTION, ARG_EXPECTED));
        REQUIRED.put(WITH_ACTUAL, List.of(ARG_PLACE, ARG_DESCRIPTION, ARG_ACTUAL));
        REQUIRED.put(PLAIN, List.of(ARG_PLACE, ARG_DESCRIPTION));
        REQUIRED.put(PLACE_TABLE, List.of(ARG_TABLE));
        REQUIRED.put(PLACE_SECTION, List.of(ARG_SECTION));
        REQUIRED.put(PLACE_REPORT, List.of());
        REQUIRED.put(PLACE_ROW, List.of(ARG_ROW));
        REQUIRED.put(PLACE_COLUMN, List.of(ARG_COLUMN));
        REQUIRED.put(PLACE_COLUMN_OF_TABLE, List.of(ARG_COLUMN));
    }

    private static final Messages DEFAULTS = new Messages(withOptional(Map.of(
            WITH_BOTH, "{位置}：{说明}（应为“{应为}”，报告中为“{报告中为}”）。",
            WITH_EXPECTED, "{位置}：{说明}（应为“{应为}”，报告中没有）。",
            WITH_ACTUAL, "{位置}：{说明}（报告中为“{报告中为}”）。",
            PLAIN, "{位置}：{说明}。",
            PLACE_TABLE, "{表}",
            PLACE_SECTION, "第{部分}部分",
            PLACE_REPORT, "报告",
            PLACE_ROW, "“{行}”行",
            PLACE_COLUMN, "“{列}”列",
            PLACE_COLUMN_OF_TABLE, "“{列}”栏")));

    private static Map<String, String> withOptional(Map<String, String> required) {
        Map<String, String> all = new LinkedHashMap<>(OPTIONAL_DEFAULTS);
        all.putAll(required);
        return all;
    }

    private final Map<String, String> sentences;

    private Messages(Map<String, String> sentences) {
        this.sentences = Map.copyOf(sentences);
    }

    /** The built-in sentences. */
    public static Messages defaults() {
        return DEFAULTS;
    }

    /**
     * The sentences of {@code rulesDir}/{@value #FILE}, or the built-in ones when there is no such file. A
     * sentence that is missing, or that lost an argument it must show, is an error named for the supervisor.
     */
    public static Messages load(Path rulesDir) throws RulesException, IOException {
        Path file = rulesDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return DEFAULTS;
        }
        List<RuleError> errors = new ArrayList<>();
        Map<String, String> read = new LinkedHashMap<>();
        try {
            JsonNode root = new ObjectMapper().readTree(Files.readAllBytes(file));
            if (root == null || !root.isObject()) {
                throw new RulesException(List.of(new RuleError(file.toString(), 0, "句式文件应为一个 JSON 对象")));
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = root.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getValue().isTextual()) {
                    read.put(e.getKey(), e.getValue().asText());
                }
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new RulesException(List.of(new RuleError(file.toString(),
                    e.getLocation() == null ? 0 : e.getLocation().getLineNr(), "句式文件不是有效的 JSON：" + e.getOriginalMessage())));
        }
        REQUIRED.forEach((key, args) -> {
            String s = read.get(key);
            if (s == null) {
                errors.add(new RuleError(file.toString(), 0, "句式文件缺少“" + key + "”"));
                return;
            }
            for (String a : args) {
                if (!s.contains("{" + a + "}")) {
                    errors.add(new RuleError(file.toString(), 0, "句式“" + key + "”应含有 {" + a + "}"));
                }
            }
        });
        if (!errors.isEmpty()) {
            throw new RulesException(errors);
        }
        OPTIONAL.forEach((key, args) -> {
            String s = read.get(key);
            for (String a : s == null ? List.<String>of() : args) {
                if (!s.contains("{" + a + "}")) {
                    errors.add(new RuleError(file.toString(), 0, "句式“" + key + "”应含有 {" + a + "}"));
                }
            }
        });
        if (!errors.isEmpty()) {
            throw new RulesException(errors);
        }
        Map<String, String> kept = new LinkedHashMap<>(OPTIONAL_DEFAULTS);
        OPTIONAL.keySet().stream().filter(read::containsKey).forEach(k -> kept.put(k, read.get(k)));
        REQUIRED.keySet().forEach(k -> kept.put(k, read.get(k)));
        return new Messages(kept);
    }

    /** Sentence {@code key} with its arguments filled in (in one pass: an argument's own braces stay as written). */
    public String format(String key, Map<String, String> args) {
        String sentence = sentences.get(key);
        if (sentence == null) {
            throw new IllegalArgumentException("no sentence " + key);
        }
        Matcher m = ARG.matcher(sentence);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = args.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
