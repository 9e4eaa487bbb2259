package nianbao.findings;

import java.math.BigDecimal;

/**
 * One statistics cell as read, under the template's column.
 *
 * @param columnKey   the template's column key (NP … TOT, RV_KEEP …, MADE …)
 * @param columnLabel the template's label of the column
 * @param value       the number in the cell (a decimal for amounts), null when blank, missing or not a number
 * @param raw         the cell's text as written, null when nothing could be placed here
 * @param how         how the value was obtained
 */
public record ReadCell(String columnKey, String columnLabel, BigDecimal value, String raw, HowRead how) implements java.io.Serializable {
}
