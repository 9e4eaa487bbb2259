package nianbao.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nianbao.document.Block;
import nianbao.document.Paragraph;
import org.junit.jupiter.api.Test;

/**
 * A title too long for one line is set as two centred lines in large type; the reader joins them into
 * one paragraph, so the title is found whole. Synthetic glyphs stand in for a PDF, since no CJK font is
 * installed here to typeset one.
 */
class PdfTitleTest {
    private static final float PAGE_WIDTH = 595;

    /** One line of text centred on the page, one character per em. */
    private static List<PdfGlyph> centred(String text, float baseline, float size) {
        float x = (PAGE_WIDTH - text.length() * size) / 2;
        return at(text, x, baseline, size);
    }

    private static List<PdfGlyph> at(String text, float x, float baseline, float size) {
        List<PdfGlyph> out = new ArrayList<>();
        for (int k = 0; k < text.length(); k++) {
            out.add(new PdfGlyph(String.valueOf(text.charAt(k)), x + k * size, baseline, size, size));
        }
        return out;
    }

    private static List<String> paragraphs(List<PdfGlyph> glyphs) {
        List<List<PdfReader.Item>> pages = List.of(PdfReader.pageItems(0, glyphs, List.of(), 842, new Headings(nianbao.support.Project.words())));
        List<String> out = new ArrayList<>();
        for (Block b : PdfReader.assemble(pages)) {
            if (b instanceof Paragraph p) {
                out.add(p.text());
            }
        }
        return out;
    }

    private static List<PdfGlyph> body(float from) {
        List<PdfGlyph> g = new ArrayList<>();
        String line = "根据《中华人民共和国政府信息公开条例》规定，现公布本机关政府信息公开工作情况，";
        for (int i = 0; i < 4; i++) {
            g.addAll(at(line.substring(0, 27), 80, from + i * 28, 16));
        }
        return g;
    }

    @Test
    void aTitleWrappedOverTwoCentredLinesIsOneParagraph() {
        List<PdfGlyph> page = new ArrayList<>();
        // The first line stops well short of the margins: both lines are centred, neither is full.
        page.addAll(centred("某某县２０２０年政府信息公开", 80, 22));
        page.addAll(centred("工作年度报告", 112, 22));
        page.addAll(body(170));

        List<String> paragraphs = paragraphs(page);

        assertThat(paragraphs.get(0)).isEqualTo("某某县２０２０年政府信息公开工作年度报告");
    }

    @Test
    void aCentredTitleIsNotJoinedToTheBodyBelowIt() {
        List<PdfGlyph> page = new ArrayList<>();
        page.addAll(centred("某某县２０２０年政府信息公开工作年度报告", 80, 22));
        page.addAll(body(140));

        List<String> paragraphs = paragraphs(page);

        assertThat(paragraphs.get(0)).isEqualTo("某某县２０２０年政府信息公开工作年度报告");
        assertThat(paragraphs).hasSize(2);
    }
}
