package nianbao.facts;

/**
 * What became of a statistics table ({@link TableFact#status()}).
 * String constants rather than an enum: the facts keep the plain words (the extractors, the statement finders
 * and rule files not yet converted compare them as text), and the rules name them here instead of spelling them.
 */
public final class TableStatus {
    /** the table was read and its cells placed */
    public static final String OK = "ok";

    /** a header without any data row */
    public static final String NO_DATA = "noData";

    /** numbers run together or too few to place: no cell-level judgement */
    public static final String UNALIGNABLE = "unalignable";

    /** the table was not found */
    public static final String ABSENT = "absent";

    private TableStatus() {
    }
}
