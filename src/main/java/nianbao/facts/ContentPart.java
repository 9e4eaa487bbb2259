package nianbao.facts;

/**
 * One part of a report as it was read, for telling what changed since the last run: a section's prose (key
 * "一" … "六", value its fingerprint, "" when absent) or a table cell (key "T3/R2/NP", value as read). Made only for
 * a report whose office and year the last run's workbook holds with other content. Only in the batch session.
 *
 * @param kind  "section" or "cell"
 * @param place where it is in this batch's report (for an earlier one: null, never reported on)
 */
public record ContentPart(String file, boolean earlier, String kind, String key, String value, Place place)
        implements Placed {
    public static final String SECTION = "section";
    public static final String CELL = "cell";

    /** The value as the finding shows it: a blank cell as （空白）, one not read as （未读到）. */
    public String shown() {
        return value.isEmpty() ? "（空白）" : value.equals("?") ? "（未读到）" : value;
    }
}
