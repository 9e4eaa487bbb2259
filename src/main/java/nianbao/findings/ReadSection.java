package nianbao.findings;

/**
 * One of the template's sections and the heading it was found under.
 *
 * @param numeral    the template's numeral (一 … 六)
 * @param canonical  the template's heading
 * @param heading    the heading as written; "" when the section was not found
 * @param written    the numeral the heading carries as written ("" when it has none or was not found)
 * @param titleMatch "exact", "synonym", "other" (as the section fact says), "absent" when not found
 * @param order      the order in which it appears in the report, 1-based; 0 when not found
 */
public record ReadSection(String numeral, String canonical, String heading, String written, String titleMatch, int order) implements java.io.Serializable {
    public boolean found() {
        return order > 0;
    }
}
