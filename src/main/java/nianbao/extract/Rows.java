package nianbao.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nianbao.facts.Cell;
import nianbao.facts.Row;

/** Summarises each placed table row from its cells. */
final class Rows {
    private Rows() {
    }

    static List<Row> of(List<Cell> cells) {
        Map<String, List<Cell>> byRow = new LinkedHashMap<>();
        for (Cell c : cells) {
            byRow.computeIfAbsent(c.table() + "|" + c.rowGroup() + "|" + c.rowKey(), k -> new ArrayList<>()).add(c);
        }
        List<Row> rows = new ArrayList<>();
        for (List<Cell> row : byRow.values()) {
            Cell first = row.get(0);
            int numbers = 0;
            int parts = 0;
            boolean total = false;
            boolean missing = false;
            for (Cell c : row) {
                boolean number = c.amount() != null;
                numbers += number ? 1 : 0;
                parts += number && "part".equals(c.columnRole()) ? 1 : 0;
                total |= number && "total".equals(c.columnRole());
                missing |= c.missing();
            }
            rows.add(new Row(first.table(), first.section(), first.rowKey(), first.rowLabel(), first.rowGroup(),
                    first.rowOrder(), numbers, parts, total, missing));
        }
        return rows;
    }
}
