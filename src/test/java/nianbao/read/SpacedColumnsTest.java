package nianbao.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Space-aligned rows: a blank cell is a column with nothing under it, numbers may be aligned right as
 * pdftotext -layout writes them, and a Chinese character is two columns wide.
 */
class SpacedColumnsTest {
    @Test
    void blankCellsAreKeptByTheirColumnAndRightAlignedNumbersFindTheirColumn() {
        List<List<String>> rows = SpacedColumns.rows(List.of(
                "                    自然人  商业企业  总计",
                "一、本年新收申请        12         3    15",
                "二、上年结转申请                   1     1",
                "（一）予以公开           ５         —     ５"));
        assertThat(rows.get(0)).containsExactly("自然人", "商业企业", "总计");
        assertThat(rows.get(1)).containsExactly("一、本年新收申请", "12", "3", "15");
        assertThat(rows.get(2)).containsExactly("二、上年结转申请", "", "1", "1");
        assertThat(rows.get(3)).containsExactly("（一）予以公开", "５", "—", "５");
    }

    @Test
    void aChineseCharacterIsTwoColumnsWide() {
        assertThat(SpacedColumns.fields("自然人  12")).extracting(SpacedColumns.Field::start).containsExactly(0, 8);
    }
}
