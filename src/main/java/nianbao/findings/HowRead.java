package nianbao.findings;

/**
 * How the checker obtained a table cell's value, in the words a supervisor reads in ./check show and in
 * the office workbook's 表格读取结果. The code is stable (JSON, tests); the word is for people.
 */
public enum HowRead {
    /** The cell's text, as written in the report. */
    READ("read", "读取"),
    /** Digits that ran together, cut into cells where only one cut makes the table's sums hold. */
    SPLIT("split", "按合计拆分"),
    /** Placed by inference, e.g. a row that lost a blank cell, its numbers put right to left. */
    INFERRED("inferred", "推断"),
    /** Empty, or a blank mark (a dash, "/", "无"): nothing was filled in. */
    BLANK("blank", "空白/未填"),
    /** No value could be placed here: the cell is unknown. */
    MISSING("missing", "未读到");

    private final String code;
    private final String word;

    HowRead(String code, String word) {
        this.code = code;
        this.word = word;
    }

    public String code() {
        return code;
    }

    public String word() {
        return word;
    }

    /** The value whose code is given; null when none has it. */
    public static HowRead ofCode(String code) {
        for (HowRead h : values()) {
            if (h.code.equals(code)) {
                return h;
            }
        }
        return null;
    }
}
