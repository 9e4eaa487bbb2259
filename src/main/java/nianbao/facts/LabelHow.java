package nianbao.facts;

/**
 * How a {@link Label} matched the template ({@link Label#how()}).
 * String constants rather than an enum: the facts keep the plain words (the extractors, the statement finders
 * and rule files not yet converted compare them as text), and the rules name them here instead of spelling them.
 */
public final class LabelHow {
    /** as the template writes it */
    public static final String EXACT = "exact";

    /** a listed variant */
    public static final String VARIANT = "variant";

    /** recognised only by its keywords */
    public static final String KEYWORDS = "keywords";

    /** the template's label was not found at all */
    public static final String ABSENT = "absent";

    private LabelHow() {
    }
}
