package nianbao.facts;

/**
 * A cell a prose statement names: the stated number is compared with the sum of the cells of one reading.
 * Reading 0 is the sentence's own reading (statements.json "targets"); readings 1, 2 … are the other readings
 * also accepted ("alternatives", e.g. 收到 = 一 + 二). The rules join it on {@link Cell}: same table and column,
 * and a row whose key starts with {@code rowPrefix} ("" for table 四's single row).
 *
 * @param statement the statement that names the cell
 * @param reading   0 for the sentence's own reading, 1 … for each accepted alternative, in the order of statements.json
 * @param table     "T2", "T3" or "T4"
 * @param rowPrefix the row key, or its start for table 三 ("R3.4" names R3.4.1 … R3.4.3); "" for table 四
 * @param columnKey the column key (TOT, RV_TOT, MADE …)
 */
public record NamedCell(Statement statement, int reading, String table, String rowPrefix, String columnKey) {
}
