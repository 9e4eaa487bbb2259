package nianbao.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nianbao.document.Block;
import nianbao.document.Document;
import nianbao.document.Paragraph;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads PDF files with PDFBox 3: running text as paragraphs and ruled tables as grids.
 *
 * <p>Each page is read twice: once for its characters with their positions ({@link PdfGlyphCollector})
 * and once for its drawn lines ({@link PdfRulingCollector}). Ruled tables are rebuilt from the lines
 * ({@link PdfLattice}) because a PDF has no table structure and text order alone loses blank cells and
 * merged cells; characters inside a table frame go to its cells. Among the other characters, a table drawn
 * without ruling lines is found by its numbers and laid out on the text's own columns
 * ({@link PdfStreamTable}); small-type lines ending a page may head such a table on the next page. The
 * rest form text lines.
 *
 * <p>Page furniture is dropped: a page-number line ("— 3 —", "-3-", "第 3 页") at the top or bottom of a
 * page, and a running header or footer (the same line, digits aside, at the top or bottom of at least
 * half of the pages). Only then are page breaks looked at, so furniture never separates the two parts
 * of a table. A table that ends a page and a table that starts the next one with the same outer edges is one
 * table continued: both parts are laid out on the union of their column edges ({@link PdfTableStitcher}),
 * a header row repeated on the new page is dropped, and a merged cell cut by the page break is joined
 * again.
 *
 * <p>Lines become paragraphs the way a reader sees them: a new paragraph starts after a short line,
 * at an indented line, after a larger gap, at a change of font size, or at a heading such as "二、" after a
 * finished sentence; a paragraph running over a page break is joined. Wrapped Chinese lines are joined
 * without a space.
 *
 * <p>A PDF without any text (a scan) cannot be checked and is reported as unreadable rather than as an
 * empty report. The file is opened read-only.
 */
final class PdfReader implements ReportReader {
    private final nianbao.document.ReadingWords words;

    /** A reader that sees the template's structure in a PDF's text layer by {@code words}. */
    PdfReader(nianbao.document.ReadingWords words) {
        this.words = words;
    }

    /** A reader without the template's words (a reader's own tests). */
    PdfReader() {
        this(nianbao.document.ReadingWords.NONE);
    }

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^[\\s\\-—–－―_·•~～]*(第\\s*)?\\d{1,4}(\\s*页)?(\\s*[/／]\\s*\\d{1,4}|\\s*共\\s*\\d{1,4}\\s*页)?"
                    + "[\\s\\-—–－―_·•~～]*$|^(?i:page)\\s*\\d+(\\s*of\\s*\\d+)?$");
    private static final Pattern HEADING = Pattern.compile(
            "^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\\d{1,2}[.．、](?!\\d)|第[一二三四五六七八九十]+[章节部分])");
    private static final Pattern SENTENCE_END = Pattern.compile("[。；;：:！!？?）)]$");

    @Override
    public String name() {
        return "pdf";
    }

    /** Something on a page in reading order: a text line, (part of) a ruled table or a borderless one. */
    record Item(int page, float top, PdfText.Line line, PdfTableStitcher.Part table, PdfStreamTable.Found stream) {
        Item(int page, float top, PdfText.Line line, PdfTableStitcher.Part table) {
            this(page, top, line, table, null);
        }
    }

    @Override
    public Document read(Path file) throws UnreadableException {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            List<List<Item>> pages = new ArrayList<>();
            List<List<PdfGlyph>> pageGlyphs = new ArrayList<>();
            List<Float> heights = new ArrayList<>();
            PdfGlyphCollector glyphCollector = new PdfGlyphCollector();
            int visible = 0;
            // The page count is in the page tree's root: a 100,000-page file is refused before any page is read.
            ReadGuard.pages(pdf.getNumberOfPages());
            for (int p = 0; p < pdf.getNumberOfPages(); p++) {
                ReadGuard.tick();
                PDPage page = pdf.getPage(p);
                List<PdfGlyph> glyphs = glyphCollector.collect(pdf, p + 1);
                pageGlyphs.add(glyphs);
                visible += (int) glyphs.stream().filter(g -> !g.text().isBlank()).count();
                List<PdfRuling> rulings = new PdfRulingCollector(page).collect();
                PDRectangle crop = page.getCropBox();
                float height = page.getRotation() % 180 == 0 ? crop.getHeight() : crop.getWidth();
                pages.add(pageItems(p, glyphs, rulings, height, new Headings(words)));
                heights.add(height);
            }
            dropRunningLines(pages, heights);
            if (visible == 0) {
                throw new UnreadableException("PDF 没有文字层（可能是扫描件），无法读取。");
            }
            List<Block> blocks = assemble(pages);
            if (blocks.stream().noneMatch(b -> b instanceof nianbao.document.Table)) {
                return withoutRulings(pageGlyphs, words);
            }
            return new Document(name(), blocks, List.of());
        } catch (InvalidPasswordException e) {
            throw new UnreadableException("PDF 文件设有打开密码，无法读取。", e);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableException("PDF 文件已损坏或格式不正确，无法读取。", e);
        }
    }

    /**
     * A PDF in which no table was found, by rulings or by its columns: its lines, with wide gaps as tabs,
     * go through the text reader's table recovery, as a flattened text report would.
     */
    static Document withoutRulings(List<List<PdfGlyph>> pages, nianbao.document.ReadingWords words) {
        StringBuilder text = new StringBuilder();
        for (List<PdfGlyph> glyphs : pages) {
            for (PdfText.Line line : PdfText.columnLines(glyphs)) {
                String t = line.text();
                if (!PAGE_NUMBER.matcher(t.strip()).matches()) {
                    text.append(t).append('\n');
                }
            }
        }
        Document doc = TextReader.parse(text.toString(), words);
        return new Document("pdf", doc.blocks(), doc.metadata());
    }

    /** The page's tables and text lines, top to bottom, without page numbers at its top or bottom. */
    static List<Item> pageItems(int page, List<PdfGlyph> glyphs, List<PdfRuling> rulings, float height, Headings headings) {
        List<Item> items = new ArrayList<>();
        List<PdfGlyph> rest = new ArrayList<>(glyphs);
        for (PdfLattice.Frame frame : PdfLattice.frames(rulings)) {
            List<PdfGlyph> inside = new ArrayList<>();
            List<PdfGlyph> outside = new ArrayList<>();
            for (PdfGlyph g : rest) {
                (frame.contains(g) ? inside : outside).add(g);
            }
            rest = outside;
            items.add(new Item(page, frame.top(), null, new PdfTableStitcher.Part(page, frame, inside)));
        }
        for (PdfStreamTable.Found found : PdfStreamTable.find(rest, headings)) {
            java.util.Set<PdfGlyph> used = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            used.addAll(found.glyphs());
            rest = rest.stream().filter(g -> !used.contains(g)).toList();
            items.add(new Item(page, found.top(), null, null, found));
        }
        PdfStreamTable.Found head = PdfStreamTable.trailingHead(rest);
        if (head != null) {
            java.util.Set<PdfGlyph> used = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            used.addAll(head.glyphs());
            rest = rest.stream().filter(g -> !used.contains(g)).toList();
            items.add(new Item(page, head.top(), null, null, head));
        }
        for (PdfText.Line line : PdfText.lines(rest)) {
            items.add(new Item(page, line.top(), line, null));
        }
        items.sort(Comparator.comparingDouble(Item::top));
        while (!items.isEmpty() && isPageNumber(items.get(items.size() - 1), height, false)) {
            items.remove(items.size() - 1);
        }
        while (!items.isEmpty() && isPageNumber(items.get(0), height, true)) {
            items.remove(0);
        }
        return items;
    }

    private static boolean isPageNumber(Item item, float height, boolean top) {
        if (item.line() == null || !PAGE_NUMBER.matcher(item.line().text()).matches()) {
            return false;
        }
        float y = item.line().baseline();
        return top ? y < 0.12f * height : y > 0.85f * height;
    }

    /**
     * Drops running headers and footers: a line at the very top or bottom of a page whose text (digits
     * ignored) recurs there on at least half of the pages, and on two pages at least.
     */
    static void dropRunningLines(List<List<Item>> pages, List<Float> heights) {
        if (pages.size() < 2) {
            return;
        }
        Map<String, Integer> counts = new HashMap<>();
        for (int p = 0; p < pages.size(); p++) {
            for (String key : new java.util.HashSet<>(edgeKeys(pages.get(p), heights.get(p)).values())) {
                counts.merge(key, 1, Integer::sum);
            }
        }
        for (int p = 0; p < pages.size(); p++) {
            Map<Item, String> keys = edgeKeys(pages.get(p), heights.get(p));
            for (Map.Entry<Item, String> e : keys.entrySet()) {
                int n = counts.getOrDefault(e.getValue(), 0);
                if (n >= 2 && n * 2 >= pages.size()) {
                    pages.get(p).remove(e.getKey());
                }
            }
        }
    }

    /** The first and last items of a page when they are text lines in its top or bottom margin. */
    private static Map<Item, String> edgeKeys(List<Item> page, float height) {
        Map<Item, String> keys = new java.util.IdentityHashMap<>();
        if (page.isEmpty()) {
            return keys;
        }
        Item first = page.get(0);
        Item last = page.get(page.size() - 1);
        if (first.line() != null && first.line().baseline() < 0.12f * height) {
            keys.put(first, key(first.line().text()));
        }
        if (last.line() != null && last.line().baseline() > 0.85f * height) {
            keys.put(last, key(last.line().text()));
        }
        return keys;
    }

    private static String key(String text) {
        return text.replaceAll("\\s+", "").replaceAll("\\d+", "#");
    }

    /** Joins the pages: tables continued over a page break are stitched, lines are built into paragraphs. */
    static List<Block> assemble(List<List<Item>> pages) {
        Margins margins = Margins.of(pages);
        List<Block> blocks = new ArrayList<>();
        List<PdfTableStitcher.Part> table = new ArrayList<>();
        ParagraphBuilder paragraph = new ParagraphBuilder(margins, blocks);
        StreamTableSeams seams = new StreamTableSeams();
        for (int p = 0; p < pages.size(); p++) {
            List<Item> page = pages.get(p);
            for (int i = 0; i < page.size(); i++) {
                Item item = page.get(i);
                if (item.stream() != null && item.stream().headOnly()) {
                    List<Item> next = p + 1 < pages.size() ? pages.get(p + 1) : List.of();
                    if (!seams.hold(item, i == page.size() - 1, next)) {
                        for (PdfText.Line l : item.stream().textLines()) {
                            paragraph.add(l, item.page());
                        }
                    }
                    continue;
                }
                if (item.stream() != null) {
                    if (!table.isEmpty()) {
                        blocks.add(PdfTableStitcher.build(table));
                        table.clear();
                    }
                    paragraph.end();
                    seams.add(item, i == 0, blocks);
                    continue;
                }
                if (item.table() != null) {
                    PdfTableStitcher.Part open = table.isEmpty() ? null : table.get(table.size() - 1);
                    boolean continues = i == 0 && open != null && open.page() == item.page() - 1
                            && paragraph.isEmpty() && PdfTableStitcher.continues(open, item.table());
                    if (!continues && !table.isEmpty()) {
                        blocks.add(PdfTableStitcher.build(table));
                        table.clear();
                    }
                    paragraph.end();
                    table.add(item.table());
                } else {
                    if (!table.isEmpty()) {
                        blocks.add(PdfTableStitcher.build(table));
                        table.clear();
                    }
                    paragraph.add(item.line(), item.page());
                }
            }
            // A table ending the page may continue on the next one; keep it open.
        }
        if (!table.isEmpty()) {
            blocks.add(PdfTableStitcher.build(table));
        }
        paragraph.end();
        return blocks;
    }

    /** The body's usual left and right edge, line pitch and font size: the most common values. */
    record Margins(float left, float right, float pitch, float bodySize) {
        static Margins of(List<List<Item>> pages) {
            Map<Integer, Integer> sizes = new HashMap<>();
            Map<Integer, Integer> lefts = new HashMap<>();
            Map<Integer, Integer> rights = new HashMap<>();
            Map<Integer, Integer> pitches = new HashMap<>();
            for (List<Item> page : pages) {
                PdfText.Line prev = null;
                for (Item item : page) {
                    if (item.line() == null) {
                        prev = null;
                        continue;
                    }
                    PdfText.Line l = item.line();
                    lefts.merge(Math.round(l.x()), 1, Integer::sum);
                    sizes.merge(Math.round(l.size()), 1, Integer::sum);
                    rights.merge(Math.round(l.right()), 1, Integer::sum);
                    if (prev != null && Math.abs(prev.size() - l.size()) < 0.5f) {
                        pitches.merge(Math.round(l.baseline() - prev.baseline()), 1, Integer::sum);
                    }
                    prev = l;
                }
            }
            return new Margins(mode(lefts, 0), mode(rights, Integer.MAX_VALUE), mode(pitches, 0), mode(sizes, 0));
        }

        private static float mode(Map<Integer, Integer> counts, int fallback) {
            return counts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(fallback);
        }
    }

    /** Collects lines into paragraphs. */
    private static final class ParagraphBuilder {
        private final Margins margins;
        private final List<Block> out;
        private String text = "";
        private PdfText.Line last;
        private int lastPage;

        ParagraphBuilder(Margins margins, List<Block> out) {
            this.margins = margins;
            this.out = out;
        }

        boolean isEmpty() {
            return last == null;
        }

        void add(PdfText.Line line, int page) {
            if (last != null && startsNew(line, page)) {
                end();
            }
            text = last == null ? LayoutSpaces.tidy(line.text()) : LayoutSpaces.joinWrapped(text, LayoutSpaces.tidy(line.text()));
            last = line;
            lastPage = page;
        }

        private boolean startsNew(PdfText.Line line, int page) {
            float em = Math.max(line.size(), last.size());
            if (Math.abs(line.size() - last.size()) > 1f) {
                return true;
            }
            if (line.x() > margins.left() + 0.8f * em) {
                // An indented first line or a centred line starts a paragraph, except the second line of a
                // centred title that was too long for one line.
                // A title set in two centred lines (the office and year, then the rest) is one
                // paragraph too, whatever the length of its first line: same large type, same axis, no gap.
                boolean centredPair = Math.abs((line.x() + line.right()) / 2 - (last.x() + last.right()) / 2) < em;
                boolean titleWrap = line.size() > margins.bodySize() + 1f && page == lastPage && centredPair
                        && (last.x() <= margins.left() + 0.8f * em && last.right() >= margins.right() - 1.5f * em
                        || last.x() > margins.left() + 0.8f * em && line.baseline() - last.baseline() < 1.8f * em);
                return !titleWrap;
            }
            if (last.right() < margins.right() - 1.5f * em) {
                return true; // the previous line stopped short
            }
            if (HEADING.matcher(line.text()).find() && SENTENCE_END.matcher(last.text()).find()) {
                return true;
            }
            if (page == lastPage) {
                float gap = line.baseline() - last.baseline();
                return margins.pitch() > 0 ? gap > 1.6f * margins.pitch() : gap > 2.2f * em;
            }
            return false;
        }

        void end() {
            if (last != null && !text.isBlank()) {
                out.add(new Paragraph(text));
            }
            text = "";
            last = null;
        }
    }
}
