package nianbao.facts;

import java.math.BigDecimal;

/**
 * One statistics cell, placed on the template's row and column.
 *
 * @param table       "T2", "T3", "T4"
 * @param rowKey      the template's row key (R1, R3.3.1, GZ …); "" for table 四's single row
 * @param columnKey   the template's column key (NP … TOT, RV_KEEP …, MADE …)
 * @param rowLabel    the template's label of the row
 * @param columnLabel the template's label of the column
 * @param rowGroup    the template's group of the row (received, outcome, outcome:三, total …)
 * @param columnGroup the template's group of the column (applicant, total; 行政复议 …)
 * @param columnRole  "part" or "total" (table 三 and 四), or the kind of a table 二 column (count, delta, amount)
 * @param raw         the text in the cell as written, null when the cell could not be placed
 * @param value       the whole number in the cell, null when blank, missing, not a number or not whole
 * @param amount      the number in the cell as a decimal (units such as 万元 removed), null when none
 * @param count       the value used in sums: {@code value}, or 0 when the cell is blank (template-spec §6.2.15)
 * @param blank       the cell is empty or holds a blank mark ("/", "—", "-", "无")
 * @param nonNumeric  the cell holds text that is not a number
 * @param missing     the parser could not place a value here with confidence (the cell is unknown)
 * @param uncertain   the value was placed by inference; findings resting on it are uncertain
 * @param how         how the value was obtained: {@link #READ} as written in its own cell, {@link #SPLIT} cut from
 *                    run-together digits by the table's identities, {@link #INFERRED} placed by inference (a row
 *                    that lost a blank cell), {@link #MISSING} not placed at all
 */
public record Cell(String table, String section, String rowKey, String columnKey, String rowLabel, String columnLabel,
                   String rowGroup, String columnGroup, String columnRole, int rowOrder, int columnOrder,
                   String raw, Long value, BigDecimal amount, long count,
                   boolean blank, boolean nonNumeric, boolean missing, boolean uncertain, String how) implements Placed {
    public static final String READ = "read";
    public static final String SPLIT = "split";
    public static final String INFERRED = "inferred";
    public static final String MISSING = "missing";

    /** This cell; its evidence is the cell as written. */
    @Override
    public Place place() {
        return Place.ofCell(this);
    }
}
