package nianbao.template;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import nianbao.document.Texts;

/**
 * Label wordings a province accepts although they differ from the template, kept in the sheet
 * 可接受的写法 of rules/settings.xlsx (表 | 模板名称 | 可接受的写法). A label written that way is treated as
 * the template's own and gets no label finding. Read-only, at every run.
 */
public final class AcceptedLabels {
    public static final String SHEET = "可接受的写法";

    private final Set<String> accepted;

    private AcceptedLabels(Set<String> accepted) {
        this.accepted = accepted;
    }

    public static AcceptedLabels none() {
        return new AcceptedLabels(Set.of());
    }

    public static AcceptedLabels load(Path rulesDir) throws IOException {
        Set<String> out = new HashSet<>();
        for (SettingsSheet.Line line : SettingsSheet.read(rulesDir, SHEET)) {
            if (!line.cell(1).isEmpty() && !line.cell(2).isEmpty()) {
                out.add(key(line.cell(0), line.cell(1), line.cell(2)));
            }
        }
        return new AcceptedLabels(out);
    }

    /**
     * Whether this wording is accepted for this label.
     *
     * @param table "表二", "表三", "表四", or "标题" for a section heading
     */
    public boolean accepts(String table, String canonical, String written) {
        return !accepted.isEmpty() && accepted.contains(key(table, canonical, written));
    }

    private static String key(String table, String canonical, String written) {
        return table.strip() + "|" + Texts.compact(canonical) + "|" + Texts.compact(written);
    }
}
