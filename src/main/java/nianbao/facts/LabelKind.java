package nianbao.facts;

/**
 * What a {@link Label} labels ({@link Label#kind()}).
 * String constants rather than an enum: the facts keep the plain words (the extractors, the statement finders
 * and rule files not yet converted compare them as text), and the rules name them here instead of spelling them.
 */
public final class LabelKind {
    /** a row label */
    public static final String ROW = "row";

    /** a column label */
    public static final String COLUMN = "column";

    /** a header word (table 四) */
    public static final String HEADER = "header";

    private LabelKind() {
    }
}
