package nianbao.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GluedRowsTest {
    private static boolean rowSum(long[] v) {
        return v[0] + v[1] + v[2] + v[3] + v[4] + v[5] == v[6];
    }

    @Test
    void sevenDigitsForSevenCellsSplitOneWay() {
        assertThat(GluedRows.split("7000007", 7, GluedRowsTest::rowSum)).containsExactly("7", "0", "0", "0", "0", "0", "7");
    }

    @Test
    void theRowSumDecidesWhereMultiDigitNumbersEnd() {
        assertThat(GluedRows.split("230000023", 7, GluedRowsTest::rowSum)).containsExactly("23", "0", "0", "0", "0", "0", "23");
        assertThat(GluedRows.split("640020470", 7, GluedRowsTest::rowSum)).containsExactly("64", "0", "0", "2", "0", "4", "70");
    }

    @Test
    void twoPossibleSplitsMeanNoValue() {
        // 11|0|0|0|0|0|11 and 1|10|0|0|0|0|11 both hold: nothing is placed.
        assertThat(GluedRows.split("110000011", 7, GluedRowsTest::rowSum)).isNull();
    }

    @Test
    void noSplitThatHoldsMeansNoValue() {
        assertThat(GluedRows.split("1000000", 7, GluedRowsTest::rowSum)).isNull();
    }

    @Test
    void tableFourUsesTheGroupTotals() {
        // 平潭 2021: 17 digits for 15 cells; only 1 0 2 0 3 | 12 0 0 0 12 | 0 0 0 0 0 makes every group add up.
        assertThat(GluedRows.tableFour("…尚未审结总计10203120001200000"))
                .isEqualTo(List.of("1", "0", "2", "0", "3", "12", "0", "0", "0", "12", "0", "0", "0", "0", "0"));
    }
}
