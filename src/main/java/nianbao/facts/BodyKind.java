package nianbao.facts;

/**
 * The kind of body that publishes the report ({@link Report#bodyKind()}).
 * String constants rather than an enum: the facts keep the plain words (the extractors, the statement finders
 * and rule files not yet converted compare them as text), and the rules name them here instead of spelling them.
 */
public final class BodyKind {
    /** a people's government (人民政府) */
    public static final String GOVERNMENT = "government";

    /** a government department (局, 委 …) */
    public static final String DEPARTMENT = "department";

    /** a township or street (乡镇、街道) */
    public static final String TOWNSHIP = "township";

    private BodyKind() {
    }
}
