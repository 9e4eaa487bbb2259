package nianbao.reading;

import java.util.List;
import nianbao.facts.Cell;
import nianbao.findings.HowRead;

/**
 * The one place that says how a cell's value was obtained. Cell does not record it yet, so it is derived
 * from what Cell does say (raw, blank, missing, uncertain). When Cell gets its own provenance field, the
 * body of {@link #of} becomes {@code return HowRead.ofCode(cell.how());} and nothing else changes.
 */
final class HowObtained {
    private HowObtained() {
    }

    /**
     * @param splitBySums whether the cell's table was split from run-together digits (see {@link #splitBySums});
     *                    only needed while Cell cannot say it itself
     */
    static HowRead of(Cell cell, boolean splitBySums) {
        if (cell.missing() || cell.raw() == null) {
            return HowRead.MISSING;
        }
        if (cell.uncertain()) {
            return splitBySums ? HowRead.SPLIT : HowRead.INFERRED;
        }
        return cell.blank() ? HowRead.BLANK : HowRead.READ;
    }

    /**
     * A table whose cells ran together is split as a whole and every cell placed that way is uncertain;
     * a row placed by inference (it lost a blank cell) stands among rows read as written. So: split when
     * every placed cell of the table is uncertain.
     */
    static boolean splitBySums(List<Cell> tableCells) {
        List<Cell> placed = tableCells.stream().filter(c -> !c.missing() && c.raw() != null).toList();
        return !placed.isEmpty() && placed.stream().allMatch(Cell::uncertain);
    }
}
