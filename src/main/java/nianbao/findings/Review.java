package nianbao.findings;

/**
 * A supervisor's decision on a finding, read back from the 复核 columns of an earlier workbook.
 *
 * @param decision 确认 (confirmed), 误报 (false alarm) or 已整改 (fixed), as written by the supervisor
 * @param note     the supervisor's remark, possibly empty
 */
public record Review(String decision, String note) {
    public static final String CONFIRMED = "确认";
    public static final String FALSE_ALARM = "误报";
    public static final String FIXED = "已整改";

    /** A false alarm: left out of every count, the exit code and the office's workbook. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean dismissed() {
        return FALSE_ALARM.equals(decision);
    }
}
