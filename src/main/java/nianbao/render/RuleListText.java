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
            o.printf("%-24s %-13s %-8s %-18s %s%s%n", r.id(), r.category(), r.severity(), r.file(), r.description(),
                    r.enabled() ? "" : "（已关闭）");
        }
        o.printf("共 %d 条规则。%n", infos.size());
    }
}
