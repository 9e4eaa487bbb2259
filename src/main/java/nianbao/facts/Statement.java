package nianbao.facts;

import java.math.BigDecimal;
import java.util.List;

/**
 * A number the prose states about something a statistics table also counts, with the sentence it came from.
 *
 * @param kind         what is stated: received, handled, granted … (table 三), review, litigation … (table 四),
 *                     rulesMade, permits … (table 二); the kinds and their phrasings are data
 *                     (rules/templates/statements.json)
 * @param table        the table it is compared with: "T2", "T3" or "T4"
 * @param rowPrefix    for table 三, the rows it is compared with (every row whose key starts with it), else ""
 * @param rowLabel     the template label of the place it is compared with, for the finding
 * @param targets      the cells whose sum the number should equal, each "rowPrefix|columnKey" (row "" for table 四)
 * @param alternatives further readings that are also accepted (a list of cells each), e.g. 收到 = 一 + 二
 * @param value        the stated number (the whole part for an amount)
 * @param amount       the stated number as a decimal in the table's unit (万元 for fees), null when a count
 * @param none         the sentence says that nothing happened (未收到申请, 未发生行政复议): the value is 0
 * @param sentence     the sentence it came from
 * @param section      the numeral of the section the sentence is in ("" for the preamble)
 */
public record Statement(String kind, String table, String rowPrefix, String rowLabel, List<String> targets,
                        List<List<String>> alternatives, long value, BigDecimal amount, boolean none,
                        String sentence, String section) {

    public Statement {
        targets = List.copyOf(targets);
        alternatives = alternatives.stream().map(List::copyOf).toList();
    }

    /** A count stated about table 三 rows, compared in the 总计 column. */
    public Statement(String kind, String rowPrefix, String rowLabel, long value, String sentence, String section) {
        this(kind, "T3", rowPrefix, rowLabel, List.of(rowPrefix + "|TOT"), List.of(), value, null, false, sentence, section);
    }

    /** The cell is one of those the stated number is compared with. */
    public boolean covers(Cell cell) {
        return covers(targets, cell);
    }

    /** The cell is one of those of any accepted reading. */
    public boolean concerns(Cell cell) {
        return covers(cell) || alternatives.stream().anyMatch(a -> covers(a, cell));
    }

    /** The cells among {@code cells} that any accepted reading uses. */
    public List<Cell> concerned(List<?> cells) {
        return cells.stream().filter(o -> o instanceof Cell c && concerns(c)).map(o -> (Cell) o).toList();
    }

    /** Whether a cell the statement is compared with could not be placed (then nothing is compared). */
    public boolean anyMissing(List<?> cells) {
        return concerned(cells).stream().anyMatch(Cell::missing);
    }

    /** The sum of the target cells among {@code cells} (blank cells count 0). */
    public BigDecimal sum(List<?> cells) {
        return sum(targets, cells);
    }

    /**
     * True when the stated number equals the target cells' sum, or one of the accepted alternatives, or the sum
     * of the parts behind the target totals: when the prose agrees with a row's parts and only its 总计 cell is
     * wrong, the defect is that cell (T3-ROW-TOTAL reports it), not the prose.
     */
    public boolean agrees(List<?> cells) {
        BigDecimal stated = amount != null ? amount : BigDecimal.valueOf(value);
        if (sum(targets, cells).compareTo(stated) == 0 || partsOfTotals(cells).compareTo(stated) == 0) {
            return true;
        }
        return alternatives.stream().anyMatch(a -> sum(a, cells).compareTo(stated) == 0);
    }

    /**
     * The sum of the part cells behind the target cells that are totals (the parts in the same row and column
     * group, or every part of the row when none shares the total's group); -1 when a target is no total.
     */
    private BigDecimal partsOfTotals(List<?> cells) {
        List<Cell> all = cells.stream().filter(o -> o instanceof Cell).map(o -> (Cell) o).toList();
        List<Cell> totals = all.stream().filter(this::covers).toList();
        if (totals.isEmpty() || totals.stream().anyMatch(t -> !"total".equals(t.columnRole()))) {
            return BigDecimal.valueOf(-1);
        }
        BigDecimal s = BigDecimal.ZERO;
        for (Cell total : totals) {
            List<Cell> row = all.stream().filter(c -> c.table().equals(total.table()) && c.rowKey().equals(total.rowKey())
                    && "part".equals(c.columnRole())).toList();
            List<Cell> group = row.stream().filter(c -> c.columnGroup().equals(total.columnGroup())).toList();
            for (Cell part : group.isEmpty() ? row : group) {
                if (part.missing()) {
                    return BigDecimal.valueOf(-1);
                }
                s = s.add(BigDecimal.valueOf(part.count()));
            }
        }
        return s;
    }

    /** The number as written, for the finding ("2", "653.3"). */
    public String stated() {
        return amount != null ? amount.stripTrailingZeros().toPlainString() : Long.toString(value);
    }

    private BigDecimal sum(List<String> refs, List<?> cells) {
        BigDecimal s = BigDecimal.ZERO;
        for (Object o : cells) {
            if (o instanceof Cell c && covers(refs, c)) {
                s = s.add(amount != null && c.amount() != null ? c.amount() : BigDecimal.valueOf(c.count()));
            }
        }
        return s;
    }

    private boolean covers(List<String> refs, Cell cell) {
        if (!cell.table().equals(table)) {
            return false;
        }
        for (String ref : refs) {
            int bar = ref.indexOf('|');
            String row = ref.substring(0, bar);
            String column = ref.substring(bar + 1);
            if (cell.columnKey().equals(column) && (row.isEmpty() ? cell.rowKey().isEmpty() : cell.rowKey().startsWith(row))) {
                return true;
            }
        }
        return false;
    }
}
