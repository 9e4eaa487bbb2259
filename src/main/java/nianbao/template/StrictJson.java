package nianbao.template;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads the data files of a rules folder (templates/*.json, statements.json, prose.json, deadlines.json)
 * strictly: a key the program does not know, a key given twice or a value of the wrong kind is an error that
 * names the file, line, column and key in plain words, so a supervisor's typo cannot be silently ignored.
 * The records the files bind to are the one description of what a file may hold; their
 * {@code @JsonIgnoreProperties(ignoreUnknown = true)} is overruled here, for every record read this way.
 * Jackson reports an unknown key of a record where the record's object ends, so the key's own line and
 * column are found again by following the key's path through the file.
 */
public final class StrictJson {
    /**
     * JSON has no comments: a key "note" or "description", or one ending in "Note" ("reportNamedNote"), is the data
     * files' remark for people, skipped where the record has no such component (a template's description is read).
     */
    public static boolean isRemark(String key) {
        return key.equals("note") || key.equals("description") || key.endsWith("Note");
    }

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .annotationIntrospector(new JacksonAnnotationIntrospector() {
                private static final long serialVersionUID = 1L;

                @Override
                public JsonIgnoreProperties.Value findPropertyIgnoralByName(MapperConfig<?> config, Annotated a) {
                    return super.findPropertyIgnoralByName(config, a).withoutIgnoreUnknown();
                }
            })
            .addHandler(new DeserializationProblemHandler() {
                @Override
                public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                                                     Object beanOrClass, String propertyName) throws IOException {
                    if (!isRemark(propertyName)) {
                        return false;
                    }
                    p.skipChildren();
                    return true;
                }
            })
            .build();

    private StrictJson() {
    }

    /** The file as {@code type}; {@code what} names the kind of file in the message ("模板文件"). */
    public static <T> T read(Path file, Class<T> type, String what) throws IOException {
        String text = text(file, what);
        try {
            return MAPPER.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IOException(message(file, text, what, e), e);
        }
    }

    /** The file as a tree, with the same checks of its syntax and duplicate keys. */
    public static JsonNode tree(Path file, String what) throws IOException {
        String text = text(file, what);
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IOException(message(file, text, what, e), e);
        }
    }

    private static String text(Path file, String what) throws IOException {
        try {
            return java.nio.file.Files.readString(file);
        } catch (CharacterCodingException e) {
            throw new IOException(what + " " + file.getFileName() + "：不是 UTF-8 编码的文本，请另存为 UTF-8", e);
        }
    }

    static String message(Path file, String text, String what, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        int line = at == null ? 0 : at.getLineNr();
        int column = at == null ? 0 : at.getColumnNr();
        String problem;
        if (e instanceof UnrecognizedPropertyException u) {
            String key = u.getPropertyName();
            JsonLocation keyAt = locate(text, u.getPath());
            line = keyAt == null ? line : keyAt.getLineNr();
            column = keyAt == null ? column : keyAt.getColumnNr();
            List<String> known = u.getKnownPropertyIds() == null ? List.of()
                    : u.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
            problem = "不认识的键“" + key + "”" + within(u.getPath().subList(0, u.getPath().size() - 1))
                    + "，可用的键有：" + String.join("、", known);
        } else if (e instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
            JsonLocation keyAt = locate(text, m.getPath());
            line = keyAt == null ? line : keyAt.getLineNr();
            column = keyAt == null ? column : keyAt.getColumnNr();
            problem = "键“" + path(m.getPath()) + "”的值不是应有的类型（例如应为列表 [...] 却写成了文字，或反之）";
        } else if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field '")) {
            String key = e.getOriginalMessage().substring("Duplicate field '".length()).replaceFirst("'.*", "");
            column = keyColumn(text, line, key, column);
            problem = "键“" + key + "”写了两次（后一个会覆盖前一个），请删去一个";
        } else if (e instanceof JsonMappingException) {
            problem = "内容不符合要求（" + e.getOriginalMessage() + "）";
        } else {
            problem = "JSON 写法有误，请检查这一处附近的逗号、引号和括号（" + e.getOriginalMessage() + "）";
        }
        String place = line > 0 ? " 第" + line + "行" + (column > 0 ? "第" + column + "列" : "") : "";
        return what + " " + file.getFileName() + place + "：" + problem;
    }

    /** The column where {@code "key"} opens on that line (Jackson reports the place after it). */
    private static int keyColumn(String text, int line, String key, int fallback) {
        String[] lines = text.split("\n", -1);
        if (line < 1 || line > lines.length) {
            return fallback;
        }
        // the last such key before the place Jackson names (a key given twice on one line: the second)
        int i = lines[line - 1].lastIndexOf("\"" + key + "\"", Math.max(0, fallback - 2));
        return i < 0 ? fallback : i + 1;
    }

    /** Where the last key (or item) of {@code path} stands in the file, or null when the path cannot be followed. */
    static JsonLocation locate(String text, List<JsonMappingException.Reference> path) {
        try (JsonParser p = MAPPER.createParser(text)) {
            p.nextToken();
            JsonLocation at = null;
            for (JsonMappingException.Reference ref : path) {
                at = null;
                if (ref.getFieldName() != null && p.currentToken() == JsonToken.START_OBJECT) {
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        if (p.currentName().equals(ref.getFieldName())) {
                            at = p.currentTokenLocation();
                            p.nextToken();
                            break;
                        }
                        p.nextToken();
                        p.skipChildren();
                    }
                } else if (ref.getFieldName() == null && ref.getIndex() >= 0 && p.currentToken() == JsonToken.START_ARRAY) {
                    for (int i = 0; p.nextToken() != JsonToken.END_ARRAY && p.currentToken() != null; i++) {
                        if (i == ref.getIndex()) {
                            at = p.currentTokenLocation();
                            break;
                        }
                        p.skipChildren();
                    }
                }
                if (at == null) {
                    return null;
                }
            }
            return at;
        } catch (IOException e) {
            return null;
        }
    }

    private static String within(List<JsonMappingException.Reference> path) {
        return path.isEmpty() ? "" : "（在 " + path(path) + " 里）";
    }

    private static String path(List<JsonMappingException.Reference> path) {
        return path.stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "第" + (r.getIndex() + 1) + "项")
                .collect(Collectors.joining(" → "));
    }
}
