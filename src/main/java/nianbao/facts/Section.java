package nianbao.facts;

/**
 * A section found in the report.
 *
 * @param numeral        the template numeral this section was identified as (一 … 六)
 * @param canonical      the template's heading, e.g. "三、收到和处理政府信息公开申请情况"
 * @param heading        the heading as written
 * @param writtenNumeral the numeral the heading carries ("" when it has none)
 * @param titleMatch     "exact", "synonym" (条例 wording) or "other" (reworded)
 * @param position       the template position 1–6
 * @param order          the order in which it appears in the report, 1-based
 * @param text           the section's prose (tables excluded)
 */
public record Section(String numeral, String canonical, String heading, String writtenNumeral, String titleMatch,
                      int position, int order, String text) implements Placed {
    /** This section; its evidence is the heading as written. */
    @Override
    public Place place() {
        return Place.ofSection(this);
    }

    public int textLength() {
        return text.length();
    }
}
