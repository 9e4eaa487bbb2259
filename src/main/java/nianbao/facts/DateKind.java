package nianbao.facts;

/**
 * Which date a {@link ReportDate} is ({@link ReportDate#kind()}).
 * String constants rather than an enum: the facts keep the plain words (the extractors, the statement finders
 * and rule files not yet converted compare them as text), and the rules name them here instead of spelling them.
 */
public final class DateKind {
    /** the page's 发布日期/发布时间 */
    public static final String PUBLISH = "publish";

    /** 成文日期, or the 落款 date under the office name */
    public static final String SIGN = "sign";

    private DateKind() {
    }
}
