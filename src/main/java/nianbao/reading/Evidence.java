package nianbao.reading;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nianbao.document.Block;
import nianbao.document.Document;
import nianbao.document.Table;
import nianbao.document.Texts;
import nianbao.facts.ReportFacts;
import nianbao.facts.Deadline;
import nianbao.facts.Report;
import nianbao.findings.Identified;
import nianbao.template.Template;
import nianbao.template.Templates;

/**
 * The office, year, kind of body and template version the checker settled on, each with the report's
 * own words it rests on, so a supervisor can see why the checker judged the report as it did.
 */
final class Evidence {
    private static final String NO_TITLE = "没有找到报告标题";

    private Evidence() {
    }

    static Identified office(Report r) {
        String office = r.office() == null ? "" : r.office();
        return new Identified(office, title(r) + (office.isEmpty() && !r.title().isEmpty() ? "，未能从中识别机关名称" : ""));
    }

    static Identified year(Report r) {
        String evidence = title(r);
        if (r.periodText() != null) {
            evidence += "；统计期间“" + r.periodText() + "”";
        }
        return new Identified(r.year() == null ? "" : r.year().toString(), evidence);
    }

    /** The kind of body (it decides the legal deadline), from the office's name. */
    static Identified bodyKind(ReportFacts facts) {
        Report r = facts.report();
        String word = switch (r.bodyKind() == null ? "" : r.bodyKind()) {
            case "government" -> "政府";
            case "department" -> "部门";
            case "township" -> "乡镇";
            default -> "";
        };
        if (r.office() == null || r.office().isEmpty()) {
            return new Identified(word, "没有识别出机关名称，无法判断");
        }
        StringBuilder evidence = new StringBuilder("机关名称“" + r.office() + "”");
        for (Deadline d : facts.deadlines()) {
            if (!d.certain()) {
                evidence.append("（标题只写了地名，按该地人民政府的报告看待）");
            }
            evidence.append("；报送期限：").append(d.basis());
        }
        return new Identified(word, evidence.toString());
    }

    /**
     * The version whose grids the tables are laid out on: the one the tables' own wording points to
     * (table 三 first, then table 二, as the extraction decides), with the template's fingerprints found in
     * the report's tables; else the one the report's year prescribes.
     */
    static Identified template(Report r, Template used, Templates templates, Document doc) {
        List<String> parts = new ArrayList<>();
        if (r.tableThreeTemplate() != null) {
            parts.add(tableName(used, "T3") + "按 " + r.tableThreeTemplate() + " 年版");
        }
        if (r.tableTwoTemplate() != null) {
            parts.add(tableName(used, "T2") + "按 " + r.tableTwoTemplate() + " 年版");
        }
        if (r.template() == null) {
            String why = r.year() == null ? "年度不明，按最新的 " + used.version() + " 年版"
                    : "按报告年度 " + r.year() + " 应使用的 " + used.version() + " 年版";
            return new Identified(used.version(), "表格的写法未能判断版本；" + why);
        }
        Set<String> found = fingerprints(templates.get(r.template()), doc);
        if (!found.isEmpty()) {
            parts.add("表格中有该版本特有的栏目：" + String.join("、", found));
        }
        return new Identified(r.template(), String.join("；", parts));
    }

    /** The version's fingerprints (template data) that occur in the report's tables, in template order. */
    static Set<String> fingerprints(Template t, Document doc) {
        Set<String> found = new LinkedHashSet<>();
        if (t == null || t.fingerprints() == null) {
            return found;
        }
        StringBuilder all = new StringBuilder();
        for (Block b : doc.blocks()) {
            if (b instanceof Table table) {
                table.rows().forEach(row -> row.forEach(cell -> all.append(Texts.compact(cell)).append('|')));
            }
        }
        String text = all.toString();
        for (String fp : t.fingerprints()) {
            if (text.contains(Texts.compact(fp))) {
                found.add(fp);
            }
        }
        return found;
    }

    private static String title(Report r) {
        return r.title() == null || r.title().isEmpty() ? NO_TITLE : "标题“" + r.title() + "”";
    }

    private static String tableName(Template t, String id) {
        return switch (id) {
            case "T2" -> t.tables().T2().name();
            case "T3" -> t.tables().T3().name();
            default -> t.tables().T4().name();
        };
    }
}
