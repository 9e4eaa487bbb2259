package nianbao.render;

import java.io.PrintWriter;
import java.util.List;
import nianbao.findings.RuleInfo;

/** {@code ./check rules list} as text: one line per rule (编号, 类别, 严重程度, 文件, 说明), then the count. */
public final class RuleListText {
    private RuleListText() {
    }

    public static void write(List<RuleInfo> infos, PrintWriter o) {
        for (RuleInfo r : infos) {
            // In words, as everywhere a supervisor reads them; padded with full-width spaces so the columns line up.
            o.printf("%-24s %s %s %-18s %s%s%n", r.id(), wide(Words.category(r.category()), 4),
                    wide(Words.severity(r.severity()), 2), r.file(), r.description(), r.enabled() ? "" : "（已关闭）");
        }
        o.printf("共 %d 条规则。%n", infos.size());
    }

    private static String wide(String words, int chars) {
        return words.length() >= chars ? words : words + "\u3000".repeat(chars - words.length());
    }
}
