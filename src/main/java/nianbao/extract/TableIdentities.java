package nianbao.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nianbao.extract.GluedTableSolver.At;
import nianbao.extract.GluedTableSolver.Identity;
import nianbao.template.Template;

/**
 * The identities the template prints for each table (template-spec §3), over cell positions, built from the
 * template's own roles and groups (part/total columns, received/carriedIn/outcome/total/carriedOver rows),
 * so a template with other rows or columns brings its own identities.
 */
final class TableIdentities {
    private TableIdentities() {
    }

    /** Table 三: each row's parts add up to its total; （七）总计 is the sum of the outcomes; 一 + 二 = （七） + 四. */
    static List<Identity> tableThree(List<Template.LabelSpec> rows, List<Template.LabelSpec> columns) {
        List<Identity> out = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            out.addAll(partsMakeTotal(r, columns));
        }
        int total = rowOf(rows, "total");
        int received = rowOf(rows, "received");
        int carriedIn = rowOf(rows, "carriedIn");
        int carriedOver = rowOf(rows, "carriedOver");
        for (int c = 0; c < columns.size(); c++) {
            List<At> outcomes = new ArrayList<>();
            for (int r = 0; r < rows.size(); r++) {
                String g = rows.get(r).group();
                if (g != null && g.startsWith("outcome")) {
                    outcomes.add(new At(r, c));
                }
            }
            if (total >= 0 && !outcomes.isEmpty()) {
                out.add(Identity.equal(List.of(new At(total, c)), outcomes));
            }
            if (total >= 0 && received >= 0 && carriedIn >= 0 && carriedOver >= 0) {
                out.add(Identity.equal(List.of(new At(received, c), new At(carriedIn, c)),
                        List.of(new At(total, c), new At(carriedOver, c))));
            }
        }
        return out;
    }

    /** Table 四 (one row): in each group the four results add up to its 总计. */
    static List<Identity> tableFour(List<Template.LabelSpec> columns) {
        return partsMakeTotal(0, columns);
    }

    /** For one row: per column group, the "part" columns add up to the "total" column of that group. */
    private static List<Identity> partsMakeTotal(int row, List<Template.LabelSpec> columns) {
        Map<String, List<At>> parts = new LinkedHashMap<>();
        Map<String, At> totals = new LinkedHashMap<>();
        boolean grouped = columns.stream().anyMatch(c -> "part".equals(c.role()) && c.group() != null
                && columns.stream().anyMatch(t -> "total".equals(t.role()) && c.group().equals(t.group())));
        for (int c = 0; c < columns.size(); c++) {
            Template.LabelSpec col = columns.get(c);
            // Table 三's parts (group "applicant") add up to the one total; table 四's within their own group.
            String key = grouped ? String.valueOf(col.group()) : "";
            if ("part".equals(col.role())) {
                parts.computeIfAbsent(key, k -> new ArrayList<>()).add(new At(row, c));
            } else if ("total".equals(col.role())) {
                totals.put(key, new At(row, c));
            }
        }
        List<Identity> out = new ArrayList<>();
        totals.forEach((group, total) -> {
            if (parts.containsKey(group)) {
                out.add(Identity.equal(parts.get(group), List.of(total)));
            }
        });
        return out;
    }

    private static int rowOf(List<Template.LabelSpec> rows, String group) {
        for (int r = 0; r < rows.size(); r++) {
            if (group.equals(rows.get(r).group())) {
                return r;
            }
        }
        return -1;
    }
}
