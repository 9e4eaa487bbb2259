package nianbao.facts;

/**
 * What one table row holds, so rules can tell "a row with only its total" from "a blank cell".
 *
 * @param numbers      how many of the row's cells hold a number
 * @param partNumbers  how many of its part cells (the six applicant columns) hold a number
 * @param totalNumber  whether its 总计 cell holds a number
 * @param anyMissing   whether some cell of the row could not be placed
 */
public record Row(String table, String section, String rowKey, String rowLabel, String rowGroup, int rowOrder,
                  int numbers, int partNumbers, boolean totalNumber, boolean anyMissing) implements Placed {
    /** This whole row (column left empty). */
    @Override
    public Place place() {
        return Place.ofRow(this);
    }
}
