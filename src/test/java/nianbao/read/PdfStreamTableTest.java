package nianbao.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nianbao.document.Table;
import org.junit.jupiter.api.Test;

/**
 * A borderless table on synthetic glyphs: columns come from where the numbers stand, a blank cell is a
 * column with nothing in it, and full-width digits (１２), counts with their unit (5件) and blank marks
 * (—, /, －) are values like any other.
 */
class PdfStreamTableTest {
    private static final float SIZE = 9f;

    /** One line: each text starts at its x, one character per em. */
    private static List<PdfGlyph> line(float baseline, Object... textAndX) {
        List<PdfGlyph> out = new ArrayList<>();
        for (int i = 0; i < textAndX.length; i += 2) {
            String text = (String) textAndX[i];
            float x = ((Number) textAndX[i + 1]).floatValue();
            for (int k = 0; k < text.length(); k++) {
                out.add(new PdfGlyph(String.valueOf(text.charAt(k)), x + k * SIZE, baseline, SIZE, SIZE));
            }
        }
        return out;
    }

    @Test
    void numbersPlaceTheCellsWithBlanksFullWidthDigitsUnitsAndBlankMarks() {
        List<PdfGlyph> page = new ArrayList<>();
        page.addAll(line(100, "自然人", 200, "法人", 260, "总计", 320));
        page.addAll(line(114, "一、本年新收", 80, "１２", 205, "３", 265, "１５", 325));
        page.addAll(line(128, "二、上年结转", 80, "1", 265, "1", 325));
        page.addAll(line(142, "（一）予以公开", 80, "5件", 205, "—", 265, "5件", 325));
        page.addAll(line(156, "（二）部分公开", 80, "/", 205, "－", 265, "0", 325));

        List<PdfStreamTable.Found> found = PdfStreamTable.find(page, new Headings(nianbao.support.Project.words()));

        assertThat(found).hasSize(1);
        Table t = found.get(0).table();
        assertThat(t.grid()).isTrue();
        assertThat(t.rows()).containsExactly(
                List.of("", "自然人", "法人", "总计"),
                List.of("一、本年新收", "１２", "３", "１５"),
                List.of("二、上年结转", "", "1", "1"),
                List.of("（一）予以公开", "5件", "—", "5件"),
                List.of("（二）部分公开", "/", "－", "0"));
    }

    @Test
    void aLabelWrappedAroundItsNumbersJoinsTheirRow() {
        List<PdfGlyph> page = new ArrayList<>();
        page.addAll(line(100, "一、本年新收", 80, "1", 205, "2", 265, "3", 325));
        page.addAll(line(113, "（二）部分公开（区分", 80));
        page.addAll(line(119, "4", 205, "5", 265, "9", 325));
        page.addAll(line(126, "处理的）", 80));
        page.addAll(line(140, "（三）其他", 80, "0", 205, "0", 265, "0", 325));

        Table t = PdfStreamTable.find(page, new Headings(nianbao.support.Project.words())).get(0).table();

        assertThat(t.rows()).containsExactly(
                List.of("一、本年新收", "1", "2", "3"),
                List.of("（二）部分公开（区分处理的）", "4", "5", "9"),
                List.of("（三）其他", "0", "0", "0"));
    }

    @Test
    void aTableInTheBodyTypeKeepsTheHeadingAndProseAroundItAsText() {
        List<PdfGlyph> page = new ArrayList<>();
        String prose = "本机关全年共收到政府信息公开申请十五件，均已按期答复，具体情况见下表：本机关全年共收到";
        page.addAll(line(60, prose.substring(0, 40), 80));
        page.addAll(line(74, prose.substring(0, 20), 80));
        page.addAll(line(100, "三、收到和处理政府信息公开申请情况", 98));
        page.addAll(line(126, "自然人", 200, "法人", 260, "总计", 320));
        page.addAll(line(140, "一、本年新收", 80, "12", 205, "3", 265, "15", 325));
        page.addAll(line(154, "二、上年结转", 80, "0", 205, "1", 265, "1", 325));
        page.addAll(line(184, prose.substring(0, 40), 80));
        page.addAll(line(198, prose.substring(0, 12), 80));

        List<nianbao.document.Block> blocks = PdfReader.assemble(List.of(PdfReader.pageItems(0, page, List.of(), 842, new Headings(nianbao.support.Project.words()))));

        List<String> kinds = blocks.stream().map(b -> b instanceof Table ? "table"
                : ((nianbao.document.Paragraph) b).text().substring(0, 2)).toList();
        assertThat(kinds).containsExactly("本机", "三、", "table", "本机");
        Table t = (Table) blocks.get(2);
        assertThat(t.rows().get(0)).containsExactly("", "自然人", "法人", "总计");
        assertThat(t.rows()).hasSize(3);
    }
}
