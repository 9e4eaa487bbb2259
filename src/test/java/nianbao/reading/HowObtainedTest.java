package nianbao.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import nianbao.facts.ReportFacts;
import nianbao.facts.Cell;
import nianbao.findings.HowRead;
import nianbao.support.Project;
import org.junit.jupiter.api.Test;

/** How a cell was obtained, on real reports' cells: read, split from run-together digits, inferred, blank, missing. */
class HowObtainedTest {
    private static HowRead how(ReportFacts facts, String table, String row, String column) {
        List<Cell> cells = facts.cells().stream().filter(c -> c.table().equals(table)).toList();
        Cell cell = cells.stream().filter(c -> c.rowKey().equals(row) && c.columnKey().equals(column)).findFirst().orElseThrow();
        return HowObtained.of(cell);
    }

    @Test
    void aTextThatLostABlankCell() throws Exception {
        ReportFacts facts = Project.auditor().facts(Project.REPORTS.resolve("002_4e6b494957470ee7.txt"));
        assertThat(how(facts, "T3", "R1", "NP")).isEqualTo(HowRead.READ);
        // （一）予以公开 lost one blank: its first cell is unknown, the others placed right to left.
        assertThat(how(facts, "T3", "R3.1", "NP")).isEqualTo(HowRead.MISSING);
        assertThat(how(facts, "T3", "R3.1", "BE")).isEqualTo(HowRead.INFERRED);
        assertThat(how(facts, "T3", "R3.1", "TOT")).isEqualTo(HowRead.INFERRED);
        assertThat(how(facts, "T4", "", "RV_KEEP")).isEqualTo(HowRead.BLANK);
    }

    @Test
    void cellsThatRanTogetherAreSplitBySums() throws Exception {
        Path glued = Project.shared("corpus/real/pingtan-departments").resolve("pingtan-gwh-2024.txt");
        ReportFacts facts = Project.auditor().facts(glued);
        assertThat(how(facts, "T3", "R1", "NP")).isEqualTo(HowRead.SPLIT);
        assertThat(how(facts, "T4", "", "RV_TOT")).isEqualTo(HowRead.SPLIT);
    }
}
