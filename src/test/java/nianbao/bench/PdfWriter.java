package nianbao.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.multipdf.LayerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * A generated report as a PDF with a text layer and ruled tables, as Word or WPS prints one. No CJK font is
 * installed here, so the glyphs come from the fonts embedded in the real reports' PDFs
 * (../shared/corpus/formats/*.pdf, subsets of Noto Sans CJK with their ToUnicode maps): every character the
 * generator writes is looked up there, and a character none of them has is an error naming it.
 */
final class PdfWriter {
    private static final float LEFT = 60;
    private static final float RIGHT = 535;
    private static final float TOP = 780;
    private static final float BOTTOM = 60;
    private static final float TEXT_SIZE = 10.5f;
    private static final float CELL_SIZE = 7f;

    /** One glyph: which atlas font, its one-byte code and its width in text space units. */
    private record Glyph(int font, int code, float width) {
    }

    /** The fonts of the real PDFs on one page of a saved document, and every character they can draw. */
    private record Atlas(byte[] pdf, Map<Character, Glyph> glyphs) {
    }

    private static Path fontsFrom = Path.of("..", "shared", "corpus", "formats");
    private static Atlas atlas;

    private PdfWriter() {
    }

    /** Where the PDFs whose embedded fonts are used live (default ../shared/corpus/formats). */
    static synchronized void fontsFrom(Path dir) {
        if (!dir.equals(fontsFrom)) {
            fontsFrom = dir;
            atlas = null;
        }
    }

    private static synchronized Atlas atlas() throws IOException {
        if (atlas != null) {
            return atlas;
        }
        List<Path> sources;
        try (Stream<Path> s = Files.list(fontsFrom)) {
            sources = s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        if (sources.isEmpty()) {
            throw new IOException("no PDF in " + fontsFrom + " to take CJK fonts from");
        }
        Map<Character, Glyph> glyphs = new HashMap<>();
        try (PDDocument target = new PDDocument()) {
            LayerUtility layers = new LayerUtility(target);
            PDResources all = new PDResources();
            Map<Object, Integer> seen = new IdentityHashMap<>();
            List<PDDocument> open = new ArrayList<>();
            List<Map<Character, Glyph>> perFont = new ArrayList<>();
            try {
                for (Path src : sources) {
                    PDDocument doc = Loader.loadPDF(src.toFile());
                    open.add(doc);
                    for (PDPage page : doc.getPages()) {
                        PDFormXObject form = layers.importPageAsForm(doc, page);
                        PDResources res = form.getResources();
                        if (res == null) {
                            continue;
                        }
                        for (COSName name : res.getFontNames()) {
                            PDFont font = res.getFont(name);
                            if (font == null || seen.containsKey(font.getCOSObject())) {
                                continue;
                            }
                            int index = seen.size();
                            seen.put(font.getCOSObject(), index);
                            all.put(COSName.getPDFName("G" + index), font);
                            Map<Character, Glyph> own = new HashMap<>();
                            for (int code = 0; code < 256; code++) {
                                String u = font.toUnicode(code);
                                if (u != null && u.length() == 1 && !own.containsKey(u.charAt(0))) {
                                    own.put(u.charAt(0), new Glyph(index, code, font.getWidth(code) / 1000f));
                                }
                            }
                            perFont.add(own);
                        }
                    }
                }
                // The fonts with most characters first, so a report draws from as few fonts as it can (each one
                // read costs the reader time, and a real report embeds one or two).
                perFont.sort(Comparator.comparingInt((Map<Character, Glyph> m) -> m.size()).reversed());
                for (Map<Character, Glyph> own : perFont) {
                    own.forEach(glyphs::putIfAbsent);
                }
                PDPage holder = new PDPage(PDRectangle.A4);
                holder.setResources(all);
                target.addPage(holder);
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                target.save(bytes);
                atlas = new Atlas(bytes.toByteArray(), glyphs);
            } finally {
                for (PDDocument d : open) {
                    d.close();
                }
            }
        }
        return atlas;
    }

    static void write(GeneratedReport report, Path file) throws IOException {
        Atlas a = atlas();
        TreeSet<Character> missing = new TreeSet<>();
        try (PDDocument doc = Loader.loadPDF(a.pdf())) {
            PDResources atlasFonts = doc.getPage(0).getResources();
            doc.removePage(0);
            // Only the fonts this report draws with go into its pages (the atlas holds all, about 1 MB).
            PDResources fonts = new PDResources();
            Layout layout = new Layout(doc, fonts, a.glyphs(), missing);
            for (GeneratedReport.Part part : report.parts()) {
                if (part instanceof GeneratedReport.Para p) {
                    layout.paragraph(p.text(), p.heading() ? 12f : TEXT_SIZE);
                } else if (part instanceof GeneratedReport.Grid g) {
                    layout.table(g.rows());
                }
            }
            layout.finish();
            for (int used : layout.used) {
                COSName name = COSName.getPDFName("G" + used);
                fonts.put(name, atlasFonts.getFont(name));
            }
            if (!missing.isEmpty()) {
                throw new IOException("no glyph in the real reports' fonts for: " + missing);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                doc.save(out);
            }
        }
    }

    /** Lays out pages top to bottom, writing each page's content stream by hand. */
    private static final class Layout {
        private final PDDocument doc;
        private final PDResources fonts;
        private final Map<Character, Glyph> glyphs;
        private final TreeSet<Character> missing;
        final TreeSet<Integer> used = new TreeSet<>();
        private StringBuilder content;
        private PDPage page;
        private float y;

        Layout(PDDocument doc, PDResources fonts, Map<Character, Glyph> glyphs, TreeSet<Character> missing) {
            this.doc = doc;
            this.fonts = fonts;
            this.glyphs = glyphs;
            this.missing = missing;
            newPage();
        }

        private void newPage() {
            if (page != null) {
                flush();
            }
            page = new PDPage(PDRectangle.A4);
            page.setResources(fonts);
            doc.addPage(page);
            content = new StringBuilder();
            y = TOP;
        }

        private void flush() {
            try {
                PDStream stream = new PDStream(doc);
                try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                    out.write(content.toString().getBytes(StandardCharsets.US_ASCII));
                }
                page.setContents(stream);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        void finish() {
            flush();
            page = null;
        }

        float width(String s, float size) {
            float w = 0;
            for (int i = 0; i < s.length(); i++) {
                Glyph g = glyphs.get(s.charAt(i));
                w += g == null ? size : g.width() * size;
            }
            return w;
        }

        /** Lines of {@code text} that fit in {@code width}. */
        List<String> wrap(String text, float size, float width) {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            float w = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                Glyph g = glyphs.get(c);
                float cw = g == null ? size : g.width() * size;
                if (w + cw > width && line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                    w = 0;
                }
                line.append(c);
                w += cw;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
            }
            return lines;
        }

        /** One line of text at (x, baseline), switching fonts where the glyphs come from another subset. */
        void text(String s, float x, float baseline, float size) {
            int font = -1;
            StringBuilder hex = null;
            float runX = x;
            float at = x;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                Glyph g = glyphs.get(c);
                if (g == null) {
                    if (c != ' ' && c != '\u3000') {
                        missing.add(c);
                    }
                    if (hex != null) {
                        run(font, hex, runX, baseline, size);
                        hex = null;
                    }
                    at += size * (c == ' ' ? 0.3f : 1f);
                    continue;
                }
                if (g.font() != font || hex == null) {
                    if (hex != null) {
                        run(font, hex, runX, baseline, size);
                    }
                    font = g.font();
                    hex = new StringBuilder();
                    runX = at;
                }
                hex.append(String.format(Locale.ROOT, "%02X", g.code()));
                at += g.width() * size;
            }
            if (hex != null) {
                run(font, hex, runX, baseline, size);
            }
        }

        private void run(int font, StringBuilder hex, float x, float baseline, float size) {
            used.add(font);
            content.append(String.format(Locale.ROOT, "BT /G%d %.2f Tf 1 0 0 1 %.2f %.2f Tm <%s> Tj ET%n", font, size, x, baseline, hex));
        }

        void paragraph(String text, float size) {
            float lineHeight = size * 1.6f;
            for (String line : wrap(text, size, RIGHT - LEFT)) {
                if (y - lineHeight < BOTTOM) {
                    newPage();
                }
                y -= lineHeight;
                text(line, LEFT, y + size * 0.3f, size);
            }
            y -= size * 0.6f;
        }

        /** A ruled table: every cell boxed, its text wrapped inside; rows move to the next page whole. */
        void table(List<List<String>> rows) {
            int cols = rows.stream().mapToInt(List::size).max().orElse(1);
            float[] natural = new float[cols];
            for (List<String> row : rows) {
                for (int c = 0; c < row.size(); c++) {
                    String v = row.get(c) == null ? "" : row.get(c);
                    natural[c] = Math.max(natural[c], Math.min(width(v, CELL_SIZE), 120f) + 4);
                }
            }
            float total = 0;
            for (int c = 0; c < cols; c++) {
                natural[c] = Math.max(natural[c], 16f);
                total += natural[c];
            }
            float scale = Math.min(1f, (RIGHT - LEFT) / total);
            float[] x = new float[cols + 1];
            x[0] = LEFT;
            for (int c = 0; c < cols; c++) {
                x[c + 1] = x[c] + natural[c] * scale;
            }
            float lineHeight = CELL_SIZE * 1.35f;
            y -= 4;
            for (List<String> row : rows) {
                List<List<String>> cells = new ArrayList<>();
                int lines = 1;
                for (int c = 0; c < cols; c++) {
                    String v = c < row.size() && row.get(c) != null ? row.get(c) : "";
                    List<String> wrapped = v.isEmpty() ? List.of() : wrap(v, CELL_SIZE, x[c + 1] - x[c] - 3);
                    cells.add(wrapped);
                    lines = Math.max(lines, wrapped.size());
                }
                float h = lines * lineHeight + 4;
                if (y - h < BOTTOM) {
                    newPage();
                }
                float top = y;
                float bottom = y - h;
                content.append(String.format(Locale.ROOT, "0.5 w%n"));
                for (int c = 0; c < cols; c++) {
                    content.append(String.format(Locale.ROOT, "%.2f %.2f %.2f %.2f re S%n", x[c], bottom, x[c + 1] - x[c], h));
                    List<String> wrapped = cells.get(c);
                    for (int l = 0; l < wrapped.size(); l++) {
                        text(wrapped.get(l), x[c] + 1.5f, top - 2 - (l + 1) * lineHeight + CELL_SIZE * 0.3f, CELL_SIZE);
                    }
                }
                y = bottom;
            }
            y -= 8;
        }
    }
}
