package nianbao.facts;

/**
 * Where a {@link YearMention} names a year ({@link YearMention#kind()}).
 * String constants rather than an enum: the facts keep the plain words (the extractors, the statement finders
 * and rule files not yet converted compare them as text), and the rules name them here instead of spelling them.
 */
public final class MentionKind {
    /** a sentence of 总体情况 or 存在的主要问题 that opens with the year */
    public static final String LEAD = "lead";

    /** the portal page's own title */
    public static final String PAGE_TITLE = "pageTitle";

    /** the report's opening words */
    public static final String PREAMBLE = "preamble";

    private MentionKind() {
    }
}
