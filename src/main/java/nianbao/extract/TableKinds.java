package nianbao.extract;

import java.util.List;
import nianbao.document.Texts;

/** Tells which statistics table a table is, from the words in its labels. */
final class TableKinds {
    private TableKinds() {
    }

    /** 2, 3 or 4 for tables 二, 三, 四; 0 for any other table. */
    static int classify(List<Segment> segments) {
        StringBuilder b = new StringBuilder();
        segments.forEach(s -> s.labels().forEach(l -> b.append(Texts.compact(l)).append('|')));
        String all = b.toString();
        if (all.contains("第二十条") || all.contains("信息内容")) {
            return 2;
        }
        if (all.contains("勾稽") || all.contains("本年新收") || all.contains("申请人情况") || all.contains("予以公开")) {
            return 3;
        }
        if (all.contains("结果维持") || all.contains("行政复议") && all.contains("行政诉讼")) {
            return 4;
        }
        return 0;
    }
}
