package nianbao.extract;

import java.util.List;
import nianbao.facts.Cell;
import nianbao.facts.Label;
import nianbao.facts.TableFact;

/** What one table's extraction produced; {@code version} is the template version its labels follow, or null. */
record TableResult(TableFact table, List<Cell> cells, List<Label> labels, String version) {
}
