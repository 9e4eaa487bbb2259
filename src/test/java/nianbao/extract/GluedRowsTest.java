package nianbao.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import nianbao.template.Template;
import nianbao.template.Templates;
import org.junit.jupiter.api.Test;

/** Run-together table digits cut into cells by the whole table's identities. */
class GluedRowsTest {
    private static final Template T2021 = load();

    private static Template load() {
        try {
            return Templates.load(java.nio.file.Path.of("rules")).get("2021");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> oneRow(String digits) {
        List<Template.LabelSpec> cols = T2021.tables().T3().columns();
        return GluedTableSolver.solve(List.of(digits), new int[] {cols.size()},
                TableIdentities.tableThree(List.of(T2021.tables().T3().rows().get(0)), cols)).rows().get(0);
    }

    @Test
    void sevenDigitsForSevenCellsSplitOneWay() {
        assertThat(oneRow("7000007")).containsExactly("7", "0", "0", "0", "0", "0", "7");
    }

    @Test
    void theRowSumDecidesWhereMultiDigitNumbersEnd() {
        assertThat(oneRow("230000023")).containsExactly("23", "0", "0", "0", "0", "0", "23");
        assertThat(oneRow("640020470")).containsExactly("64", "0", "0", "2", "0", "4", "70");
    }

    @Test
    void spacesThePageKeptAreCellBoundaries() {
        // 平潭君山 2020: "10 0 0 012" can only be 1|0|0|0|0|1|2.
        assertThat(oneRow("10 0 0 012")).containsExactly("1", "0", "0", "0", "0", "1", "2");
    }

    @Test
    void twoReadingsThatBothHoldLeaveTheRowUndecided() {
        // 11|0|0|0|0|0|11 and 1|10|0|0|0|0|11 both hold, and nothing else in the table tells them apart.
        assertThat(oneRow("110000011")).isNull();
    }

    @Test
    void theOnlyReadingIsKeptEvenWhenItBreaksTheRowSum() {
        // Seven digits for seven cells: 1 applicant and a 总计 of 0 is what the report says, an error of its own.
        assertThat(oneRow("1000000")).containsExactly("1", "0", "0", "0", "0", "0", "0");
    }

    @Test
    void otherRowsDecideARowItsOwnSumCannot() {
        // （七）总计 "191000019" breaks its row sum whichever way it is cut (19|1|…|19, 19|10|…|19 …); the
        // column totals (outcomes 自然人 6+8+4+1 = 19, 商业企业 1) choose 19|1|0|0|0|0|19. 平潭自然资源 2023.
        Template.Table3 t3 = T2021.tables().T3();
        String[] runs = new String[t3.rows().size()];
        Arrays.fill(runs, "0000000");
        runs[index(t3, "R1")] = "190000019";
        runs[index(t3, "R3.1")] = "6000006";
        runs[index(t3, "R3.2")] = "8100008";
        runs[index(t3, "R3.4.1")] = "4000004";
        runs[index(t3, "R3.6.3")] = "1000001";
        runs[index(t3, "R3.7")] = "191000019";
        int[] widths = new int[runs.length];
        Arrays.fill(widths, 7);
        GluedTableSolver.Reading r = GluedTableSolver.solve(Arrays.asList(runs), widths,
                TableIdentities.tableThree(t3.rows(), t3.columns()));
        assertThat(r.rows().get(index(t3, "R3.7"))).containsExactly("19", "1", "0", "0", "0", "0", "19");
        assertThat(r.broken()).as("two row sums and the 商业企业 balance").isEqualTo(3);
    }

    @Test
    void tableFourUsesTheGroupTotals() {
        // 平潭 2021: 17 digits for 15 cells; only 1 0 2 0 3 | 12 0 0 0 12 | 0 0 0 0 0 makes every group add up.
        List<Template.LabelSpec> cols = T2021.tables().T4().columns();
        String run = GluedRows.firstRun("…尚未审结总计10203120001200000五、存在的主要问题2025年", cols.size());
        assertThat(GluedTableSolver.solve(List.of(run), new int[] {cols.size()}, TableIdentities.tableFour(cols)).rows().get(0))
                .isEqualTo(List.of("1", "0", "2", "0", "3", "12", "0", "0", "0", "12", "0", "0", "0", "0", "0"));
    }

    @Test
    void theDigitNumberingTheNextRowIsNotACell() {
        // "…00000002.其他法律…": the 2 numbers the next row, so the first row keeps seven zeros.
        assertThat(GluedRows.labelled("1.属于国家秘密00000002.其他法律行政法规禁止公开0000000"))
                .extracting(GluedRows.Labelled::label, GluedRows.Labelled::run)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1.属于国家秘密", "0000000"),
                        org.assertj.core.groups.Tuple.tuple("2.其他法律行政法规禁止公开", "0000000"));
    }

    @Test
    void aRewordedRowIsFoundByItsKeywordsAndARowLeftBlankByItsOwnLabel() {
        // 静乐县's "5.属于第三类内部事务信息" is the template's 5.属于三类内部事务信息; a blank row runs into the next label.
        List<Template.LabelSpec> rows = T2021.tables().T3().rows();
        List<GluedRows.Found> found = GluedRows.tableThree(
                "4.保护第三方合法权益00000005.属于第三类内部事务信息10000016.属于四类过程性信息7.属于行政执法案卷0000000", rows);
        assertThat(found.get(index(T2021.tables().T3(), "R3.3.5"))).extracting(GluedRows.Found::how, GluedRows.Found::run)
                .containsExactly("keywords", "1000001");
        assertThat(found.get(index(T2021.tables().T3(), "R3.3.6")).run()).isEmpty();
        assertThat(found.get(index(T2021.tables().T3(), "R3.3.7")).run()).isEqualTo("0000000");
    }

    private static int index(Template.Table3 t3, String key) {
        for (int i = 0; i < t3.rows().size(); i++) {
            if (t3.rows().get(i).key().equals(key)) {
                return i;
            }
        }
        throw new AssertionError(key);
    }
}
