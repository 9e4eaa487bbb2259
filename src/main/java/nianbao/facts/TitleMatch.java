package nianbao.facts;

/**
 * How a section heading matched the template ({@link Section#titleMatch()}).
 * String constants rather than an enum: the facts keep the plain words (the extractors, the statement finders
 * and rule files not yet converted compare them as text), and the rules name them here instead of spelling them.
 */
public final class TitleMatch {
    /** the template's heading */
    public static final String EXACT = "exact";

    /** the 条例's wording */
    public static final String SYNONYM = "synonym";

    /** reworded */
    public static final String OTHER = "other";

    private TitleMatch() {
    }
}
