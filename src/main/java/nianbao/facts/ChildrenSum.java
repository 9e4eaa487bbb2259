package nianbao.facts;

/**
 * One cell of table 三 or 四 of a government report that says it aggregates its bodies' reports
 * ({@link AggregationStatement}), beside the sum of the same cell over the reports of its children found in the
 * batch (same year, same format version). Only inserted into the batch session (rules/hierarchy.drl).
 *
 * @param file      the parent report's file (the finding belongs to it)
 * @param office    the parent's office
 * @param year      the year of the parent and its children
 * @param parent    the parent's cell
 * @param sum       the sum of the cell over the children that give a number in it
 * @param children  the children counted, "、"-separated, each with its number ("平潭综合实验区教育局 3")
 * @param absent    the expected children (机构 sheet) with no report of that year in the batch, or whose cell
 *                  has no number, "、"-separated; "" when none
 * @param complete  every expected child is counted: the parent must equal the sum; false: it must be at least
 *                  the sum (counts are never negative, so a parent below its found children is wrong whatever
 *                  the missing ones say)
 * @param guessed   the children were guessed by name (the 机构 sheet is empty), so the finding is uncertain
 */
public record ChildrenSum(String file, String office, int year, Cell parent, long sum, String children, String absent,
                          boolean complete, boolean guessed) implements Placed {
    /** The parent's cell, in the parent's file; uncertain when the children were guessed or the cell inferred. */
    @Override
    public Place place() {
        Place p = Place.ofCell(parent).inFile(file);
        return new Place(p.section(), p.table(), p.row(), p.rowOrder(), p.column(), p.columnOrder(), p.evidence(),
                p.uncertain() || guessed || parent.uncertain(), p.file());
    }

    public String table() {
        return parent.table();
    }

    public String rowKey() {
        return parent.rowKey();
    }

    public String columnKey() {
        return parent.columnKey();
    }

    /** The parent's number in the cell. */
    public long parentCount() {
        return parent.count();
    }

    /** The parent's cell holds a number. */
    public boolean parentHasNumber() {
        return parent.value() != null;
    }
}
