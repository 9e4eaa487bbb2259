package nianbao.engine;

import java.util.Map;
import org.kie.api.definition.rule.Rule;

/**
 * A rule's own metadata (@id, @category, @severity, @description). Drools files @description under the
 * name of its built-in Description annotation, so both keys are read.
 */
public record RuleMeta(String name, String id, String category, String severity, String description, String packageName) {
    private static final String KIE_DESCRIPTION = "org.kie.api.definition.type.Description";

    public static RuleMeta of(Rule rule) {
        Map<String, Object> meta = rule.getMetaData();
        String id = value(meta, "id");
        String description = value(meta, "description");
        if (description == null) {
            description = value(meta, KIE_DESCRIPTION);
        }
        return new RuleMeta(rule.getName(), id, value(meta, "category"), value(meta, "severity"), description,
                rule.getPackageName());
    }

    private static String value(Map<String, Object> meta, String key) {
        Object v = meta.get(key);
        if (v == null) {
            return null;
        }
        String s = v.toString().strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        return s;
    }

    public String idOrName() {
        return id != null ? id : name;
    }
}
