package nianbao.facts;

/**
 * One of the statistics tables.
 *
 * @param id      "T2", "T3" or "T4"
 * @param name    "表二", "表三", "表四"
 * @param present whether the table was found at all
 * @param section the numeral of the section it stands in, "" when not found
 * @param status  {@link TableStatus}: "ok"; "noData" (a header without any data row); "unalignable" (numbers run
 *                together or too few to place, so no cell-level judgement is possible); "absent"
 * @param detail  a short note on the status, for the finding's evidence
 */
public record TableFact(String id, String name, boolean present, String section, String status, String detail)
        implements Placed {
    /** This table, in the section it stands in; its evidence is the note on its status. */
    @Override
    public Place place() {
        return Place.ofTable(this).evidence(detail);
    }
}
