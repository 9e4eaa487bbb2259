package nianbao.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects the positioned characters of one page.
 *
 * <p>It reuses PDFTextStripper for what it does well (font decoding, ToUnicode maps, dropping the
 * duplicate glyphs some producers overprint for bold) but none of its line and word building, because
 * table cells must be assigned by position before any text is joined. Positions are taken in display
 * space (the page as shown, after its /Rotate), the same space {@link PdfRulingCollector} maps lines to.
 */
final class PdfGlyphCollector extends PDFTextStripper {
    private final List<PdfGlyph> glyphs = new ArrayList<>();

    PdfGlyphCollector() {
        setSortByPosition(false);
        setSuppressDuplicateOverlappingText(true);
    }

    List<PdfGlyph> collect(PDDocument doc, int pageNumber) throws IOException {
        glyphs.clear();
        setStartPage(pageNumber);
        setEndPage(pageNumber);
        getText(doc);
        return new ArrayList<>(glyphs);
    }

    @Override
    protected void writePage() {
        for (List<TextPosition> article : getCharactersByArticle()) {
            for (TextPosition t : article) {
                String s = t.getUnicode();
                if (s == null || s.isEmpty()) {
                    continue;
                }
                float size = t.getFontSizeInPt();
                if (!(size > 0.5f) || size > 200) {
                    size = Math.max(1f, t.getHeightDir());
                }
                // Some producers report a run's advance as one glyph's width (43.8 pt for a 9 pt character);
                // a glyph is never much wider than its em square, and its centre must stay in its cell.
                float width = Math.min(t.getWidthDirAdj(), 1.2f * size * Math.max(1, s.length()));
                // getX/getY are display coordinates (page rotation applied) for every glyph, whatever its
                // writing direction, so stacked or rotated characters share one frame with the rulings.
                glyphs.add(new PdfGlyph(s, t.getX(), t.getY(), width, size));
            }
        }
    }
}
