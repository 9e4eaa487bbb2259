package nianbao.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import nianbao.facts.Cell;
import nianbao.findings.HowRead;
import org.junit.jupiter.api.Test;

/**
 * How a cell was obtained, as derived from the Cell fact today. When Cell carries its own provenance,
 * these cases say what the new field must give for the same cells.
 */
class HowObtainedTest {
    private static Cell cell(String raw, boolean blank, boolean missing, boolean uncertain) {
        Long value = raw == null || blank ? null : Long.valueOf(raw);
        return new Cell("T3", "三", "R1", "NP", "", "", "", "", "part", 0, 0, raw, value,
                value == null ? null : BigDecimal.valueOf(value), value == null ? 0 : value, blank, false, missing, uncertain);
    }

    @Test
    void eachWayACellIsObtained() {
        assertThat(HowObtained.of(cell("3", false, false, false), false)).isEqualTo(HowRead.READ);
        assertThat(HowObtained.of(cell("", true, false, false), false)).isEqualTo(HowRead.BLANK);
        assertThat(HowObtained.of(cell(null, false, true, true), false)).isEqualTo(HowRead.MISSING);
        assertThat(HowObtained.of(cell("3", false, false, true), false)).isEqualTo(HowRead.INFERRED);
        assertThat(HowObtained.of(cell("", true, false, true), false)).isEqualTo(HowRead.INFERRED);
        assertThat(HowObtained.of(cell("3", false, false, true), true)).isEqualTo(HowRead.SPLIT);
    }

    @Test
    void aTableIsSplitBySumsWhenEveryPlacedCellIsUncertain() {
        Cell split = cell("3", false, false, true);
        Cell read = cell("3", false, false, false);
        Cell unknown = cell(null, false, true, true);
        assertThat(HowObtained.splitBySums(List.of(split, split, unknown))).isTrue();
        // One row placed by inference among rows read as written: inferred, not split.
        assertThat(HowObtained.splitBySums(List.of(split, read))).isFalse();
        assertThat(HowObtained.splitBySums(List.of(unknown))).isFalse();
    }
}
