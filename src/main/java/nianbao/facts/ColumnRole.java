package nianbao.facts;

/**
 * What a table column is for ({@link Cell#columnRole()}), the template's {@code role}.
 * String constants rather than an enum: the facts keep the plain words (the extractors, the statement finders
 * and rule files not yet converted compare them as text), and the rules name them here instead of spelling them.
 */
public final class ColumnRole {
    /** one of the parts that make a total (the six applicant columns, table 四's outcomes) */
    public static final String PART = "part";

    /** the total of its row or column group */
    public static final String TOTAL = "total";

    /** a subtotal of some parts (法人或其他组织小计) */
    public static final String SUBTOTAL = "subtotal";

    /** a count of table 二 (件数, 数量) */
    public static final String COUNT = "count";

    /** table 二's change over the year (本年增/减) */
    public static final String DELTA = "delta";

    /** an amount of money (万元) */
    public static final String AMOUNT = "amount";

    private ColumnRole() {
    }
}
