package nianbao.reading;

import nianbao.facts.Cell;
import nianbao.findings.HowRead;

/** The one place that says how a cell's value was obtained, as the extraction recorded it on the cell. */
final class HowObtained {
    private HowObtained() {
    }

    static HowRead of(Cell cell) {
        if (cell.missing() || cell.raw() == null) {
            return HowRead.MISSING;
        }
        if (Cell.SPLIT.equals(cell.how())) {
            return HowRead.SPLIT;
        }
        if (Cell.INFERRED.equals(cell.how())) {
            return HowRead.INFERRED;
        }
        return cell.blank() ? HowRead.BLANK : HowRead.READ;
    }
}
