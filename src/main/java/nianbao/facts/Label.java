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
 * @param accepted  the wording of the settings sheet 可接受的写法 (rules/settings.xlsx) that this label is written in,
 *                  "" when none: a wording the province accepts for this template label (the rules do not report it)
 */
public record Label(String table, String section, String kind, String key, String canonical, String written, String how,
                    int rowOrder, String accepted) implements Placed {

    /** The row or column the label names; its evidence is the label as written. */
    @Override
    public Place place() {
        return Place.ofLabel(this);
    }

    /** A label no accepted wording names (yet). */
    public Label(String table, String section, String kind, String key, String canonical, String written, String how,
                 int rowOrder) {
        this(table, section, kind, key, canonical, written, how, rowOrder, "");
    }

    /** The same label, written in a wording the settings sheet accepts. */
    public Label accepting(String wording) {
        return new Label(table, section, kind, key, canonical, written, how, rowOrder, wording);
    }
}
