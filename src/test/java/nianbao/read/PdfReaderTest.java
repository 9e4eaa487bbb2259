package nianbao.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import nianbao.document.Block;
import nianbao.document.Document;
import nianbao.document.Paragraph;
import nianbao.document.Table;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PDF table recovery on small synthetic PDFs, for the variants the fixture corpus does not have:
 * borders drawn as thin filled rectangles (Word's export), a landscape page (/Rotate 90), a colspan shown
 * only by a missing border, and a table continued over a page break with its header row repeated.
 */
class PdfReaderTest {
    @TempDir
    Path dir;

    private static final PDType1Font FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    /** Draws tables in display coordinates (top-down) on pages of the given /Rotate. */
    private static final class Drawer implements AutoCloseable {
        final PDDocument pdf = new PDDocument();
        PDPageContentStream cs;
        int rotation;
        float pageWidth;
        float pageHeight;

        void newPage(int rotation) throws IOException {
            if (cs != null) {
                cs.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            page.setRotation(rotation);
            pdf.addPage(page);
            this.rotation = rotation;
            pageWidth = PDRectangle.A4.getWidth();
            pageHeight = PDRectangle.A4.getHeight();
            cs = new PDPageContentStream(pdf, page);
        }

        /** User-space x/y of a display point. */
        float[] user(float dx, float dy) {
            return rotation == 90 ? new float[] {dy, dx} : new float[] {dx, pageHeight - dy};
        }

        void line(float x1, float y1, float x2, float y2, boolean filled) throws IOException {
            if (filled) {
                float[] a = user(Math.min(x1, x2) - 0.25f, Math.min(y1, y2) - 0.25f);
                float[] b = user(Math.max(x1, x2) + 0.25f, Math.max(y1, y2) + 0.25f);
                cs.addRect(Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.abs(a[0] - b[0]), Math.abs(a[1] - b[1]));
                cs.fill();
            } else {
                float[] a = user(x1, y1);
                float[] b = user(x2, y2);
                cs.moveTo(a[0], a[1]);
                cs.lineTo(b[0], b[1]);
                cs.stroke();
            }
        }

        void text(String s, float dx, float baseline) throws IOException {
            float[] p = user(dx, baseline);
            cs.beginText();
            cs.setFont(FONT, 10);
            cs.setTextMatrix(rotation == 90
                    ? new Matrix(0, 1, -1, 0, p[0], p[1])
                    : Matrix.getTranslateInstance(p[0], p[1]));
            cs.showText(s);
            cs.endText();
        }

        /** A grid of cells 80 x 20 at (left, top); a null cell is covered by the cell to its left. */
        void table(float left, float top, String[][] rows, boolean filled) throws IOException {
            float w = 80;
            float h = 20;
            int cols = rows[0].length;
            for (int r = 0; r <= rows.length; r++) {
                line(left, top + r * h, left + cols * w, top + r * h, filled);
            }
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c <= cols; c++) {
                    boolean covered = c > 0 && c < cols && rows[r][c] == null;
                    if (!covered) {
                        line(left + c * w, top + r * h, left + c * w, top + (r + 1) * h, filled);
                    }
                    if (c < cols && rows[r][c] != null) {
                        text(rows[r][c], left + c * w + 5, top + r * h + 14);
                    }
                }
            }
        }

        Path save(Path file) throws IOException {
            cs.close();
            pdf.save(file.toFile());
            return file;
        }

        @Override
        public void close() throws IOException {
            pdf.close();
        }
    }

    private static List<Table> tables(Document doc) {
        return doc.blocks().stream().filter(b -> b instanceof Table).map(b -> (Table) b).toList();
    }

    private static List<List<String>> grid(String[][] rows) {
        return Arrays.stream(rows).map(r -> Arrays.asList(r)).toList();
    }

    private static final String[][] SIMPLE = {{"Item", "Count", "Total"}, {"A", "1", "2"}, {"B", "", "4"}};

    @Test
    void strokedBordersGiveTheGridWithBlankCells() throws Exception {
        try (Drawer d = new Drawer()) {
            d.newPage(0);
            d.text("Heading above the table", 72, 90);
            d.table(72, 120, SIMPLE, false);
            Document doc = new PdfReader().read(d.save(dir.resolve("stroked.pdf")));
            assertThat(tables(doc)).hasSize(1);
            assertThat(tables(doc).get(0).rows()).isEqualTo(grid(SIMPLE));
            assertThat(doc.blocks().get(0)).isEqualTo(new Paragraph("Heading above the table"));
        }
    }

    @Test
    void thinFilledRectanglesAreBordersToo() throws Exception {
        try (Drawer d = new Drawer()) {
            d.newPage(0);
            d.table(72, 120, SIMPLE, true);
            Document doc = new PdfReader().read(d.save(dir.resolve("filled.pdf")));
            assertThat(tables(doc)).hasSize(1);
            assertThat(tables(doc).get(0).rows()).isEqualTo(grid(SIMPLE));
        }
    }

    @Test
    void landscapePageLinesUpWithItsText() throws Exception {
        try (Drawer d = new Drawer()) {
            d.newPage(90);
            d.table(72, 120, SIMPLE, false);
            Document doc = new PdfReader().read(d.save(dir.resolve("rotated.pdf")));
            assertThat(tables(doc)).hasSize(1);
            assertThat(tables(doc).get(0).rows()).isEqualTo(grid(SIMPLE));
        }
    }

    @Test
    void missingBorderIsAColspan() throws Exception {
        String[][] rows = {{"Group", null, "X"}, {"a", "b", "c"}};
        try (Drawer d = new Drawer()) {
            d.newPage(0);
            d.table(72, 120, rows, false);
            Document doc = new PdfReader().read(d.save(dir.resolve("span.pdf")));
            assertThat(tables(doc).get(0).rows()).isEqualTo(grid(rows));
        }
    }

    @Test
    void tableContinuedOnTheNextPageIsOneTableWithoutTheRepeatedHeaderOrPageFurniture() throws Exception {
        try (Drawer d = new Drawer()) {
            d.newPage(0);
            d.text("Before", 72, 700);
            d.table(72, 720, new String[][] {{"Item", "Count"}, {"A", "1"}}, false);
            d.text("Annual report 2024", 240, 795);
            d.text("- 1 -", 280, 810);
            d.newPage(0);
            d.text("Annual report 2024", 240, 60);
            d.table(72, 72, new String[][] {{"Item", "Count"}, {"B", "2"}}, false);
            d.text("After", 72, 140);
            d.text("- 2 -", 280, 810);
            Document doc = new PdfReader().read(d.save(dir.resolve("continued.pdf")));
            List<Block> blocks = doc.blocks();
            assertThat(blocks).hasSize(3);
            assertThat(blocks.get(0)).isEqualTo(new Paragraph("Before"));
            assertThat(((Table) blocks.get(1)).rows())
                    .isEqualTo(grid(new String[][] {{"Item", "Count"}, {"A", "1"}, {"B", "2"}}));
            assertThat(blocks.get(2)).isEqualTo(new Paragraph("After"));
        }
    }
}
