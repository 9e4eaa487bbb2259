package nianbao.extract;

import java.util.ArrayList;
import java.util.List;
import nianbao.document.Texts;
import nianbao.template.LabelMatcher;
import nianbao.template.Template;

/** Tells which statistics table a table is, from the template's own recognition words (template "detect"). */
final class TableKinds {
    private TableKinds() {
    }

    /** 2, 3 or 4 for tables 二, 三, 四 (checked in that order, in every template version); 0 for any other table. */
    static int classify(List<Segment> segments, List<Template> templates) {
        StringBuilder b = new StringBuilder();
        segments.forEach(s -> s.labels().forEach(l -> b.append(Texts.compact(l)).append('|')));
        String all = b.toString();
        for (int kind = 2; kind <= 4; kind++) {
            for (Template.Detectable t : tables(templates, kind)) {
                if (t.detect() != null && LabelMatcher.hasKeywords(all, t.detect())) {
                    return kind;
                }
            }
        }
        return 0;
    }

    /** The templates' specs of one kind of table (2, 3 or 4). */
    static List<Template.Detectable> tables(List<Template> templates, int kind) {
        List<Template.Detectable> out = new ArrayList<>();
        for (Template t : templates) {
            out.add(kind == 2 ? t.tables().T2() : kind == 3 ? t.tables().T3() : t.tables().T4());
        }
        return out;
    }
}
