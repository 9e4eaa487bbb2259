package nianbao.facts;

import java.math.BigDecimal;
import java.util.ArrayList;
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
                        String sentence, String section) implements Placed {

    /** The cell(s) the stated number is compared with; its evidence is the sentence. */
    @Override
    public Place place() {
        return Place.ofStatement(this);
    }

    public Statement {
        targets = List.copyOf(targets);
        alternatives = alternatives.stream().map(List::copyOf).toList();
    }

    /** A count stated about table 三 rows, compared in the 总计 column. */
    public Statement(String kind, String rowPrefix, String rowLabel, long value, String sentence, String section) {
        this(kind, "T3", rowPrefix, rowLabel, List.of(rowPrefix + "|TOT"), List.of(), value, null, false, sentence, section);
    }

    /**
     * The cells the sentence names, one fact per cell of each reading: reading 0 are the targets, reading 1 … the
     * alternatives. The rules sum them and compare (rules/consistency.drl).
     */
    public List<NamedCell> namedCells() {
        List<NamedCell> out = new ArrayList<>();
        add(out, 0, targets);
        for (int i = 0; i < alternatives.size(); i++) {
            add(out, i + 1, alternatives.get(i));
        }
        return out;
    }

    private void add(List<NamedCell> out, int reading, List<String> refs) {
        for (String ref : refs) {
            int bar = ref.indexOf('|');
            out.add(new NamedCell(this, reading, table, ref.substring(0, bar), ref.substring(bar + 1)));
        }
    }

    /** The stated number: the amount for a sum of money, else the count. */
    public BigDecimal number() {
        return amount != null ? amount : BigDecimal.valueOf(value);
    }

    /** The number as written, for the finding ("2", "653.3"). */
    public String stated() {
        return amount != null ? amount.stripTrailingZeros().toPlainString() : Long.toString(value);
    }
}
