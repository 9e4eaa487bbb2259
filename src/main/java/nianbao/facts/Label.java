package nianbao.facts;

/**
 * A label written in a table, and how it matched the template.
 *
 * @param table     "T2", "T3", "T4"
 * @param kind      "row", "column", "header"
 * @param key       the template key it matched (row or column key), "" for a header word
 * @param canonical the template's own label
 * @param written   the label as the report writes it (white space removed)
 * @param how       "exact", "variant" (a listed variant) or "keywords" (recognised only by its keywords)
 * @param rowOrder  the row's template position, for ordering findings
 */
public record Label(String table, String section, String kind, String key, String canonical, String written, String how,
                    int rowOrder) {
}
