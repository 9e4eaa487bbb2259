package nianbao.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nianbao.document.Document;
import nianbao.document.Table;
import org.junit.jupiter.api.Test;

/**
 * A PDF whose tables are drawn without ruling lines falls back to the text layout: lines with wide gaps
 * between columns are read like a tab-separated text table, so the cells are still placed.
 */
class PdfWithoutRulingsTest {
    private static final float SIZE = 10f;

    /** Glyphs of one line: cells start at the given x positions, one character per em. */
    private static List<PdfGlyph> line(float baseline, Object... cellsAndX) {
        List<PdfGlyph> out = new ArrayList<>();
        for (int i = 0; i < cellsAndX.length; i += 2) {
            String text = (String) cellsAndX[i];
            float x = ((Number) cellsAndX[i + 1]).floatValue();
            for (int k = 0; k < text.length(); k++) {
                out.add(new PdfGlyph(String.valueOf(text.charAt(k)), x + k * SIZE, baseline, SIZE, SIZE));
            }
        }
        return out;
    }

    private static List<PdfGlyph> row(float baseline, String label, String... values) {
        List<Object> parts = new ArrayList<>(List.of(label, 20));
        for (int i = 0; i < values.length; i++) {
            parts.add(values[i]);
            parts.add(300 + i * 40);
        }
        return line(baseline, parts.toArray());
    }

    @Test
    void columnsSeparatedByWideGapsBecomeATable() {
        List<PdfGlyph> page = new ArrayList<>();
        page.addAll(line(40, "测试县2020年政府信息公开工作年度报告", 60));
        page.addAll(line(80, "三、收到和处理政府信息公开申请情况", 20));
        page.addAll(line(110, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 20));
        page.addAll(row(130, "一、本年新收政府信息公开申请数量", "5", "0", "0", "0", "0", "0", "5"));
        page.addAll(row(150, "二、上年结转政府信息公开申请数量", "0", "0", "0", "0", "0", "0", "0"));
        page.addAll(line(190, "四、政府信息公开行政复议、行政诉讼情况", 20));

        Document doc = PdfReader.withoutRulings(List.of(page), nianbao.support.Project.words());

        assertThat(doc.reader()).isEqualTo("pdf");
        List<Table> tables = doc.blocks().stream().filter(b -> b instanceof Table).map(b -> (Table) b).toList();
        assertThat(tables).hasSize(1);
        assertThat(tables.get(0).rows()).contains(
                List.of("一、本年新收政府信息公开申请数量", "5", "0", "0", "0", "0", "0", "5"),
                List.of("二、上年结转政府信息公开申请数量", "0", "0", "0", "0", "0", "0", "0"));
    }
}
