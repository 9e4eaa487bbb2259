package nianbao.read;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nianbao.document.Block;
import nianbao.document.Document;
import nianbao.document.Paragraph;
import nianbao.document.Table;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads saved web pages (a portal's report page) with jsoup.
 *
 * <p><b>Charset.</b> The bytes are decoded here, not by jsoup: jsoup decodes a {@code gb2312} label with
 * Java's strict GB2312, which turns GBK-only characters into U+FFFD, and it does not know {@code x-gbk} at
 * all. Browsers treat every GB label as GBK, so all of them are decoded as GB18030 (a superset). Order: a
 * byte-order mark, then strict UTF-8 (valid UTF-8 beats a {@code <meta>} that says gbk, noted), then a
 * {@code <meta>} charset, then UTF-8 with a few bad bytes replaced (noted), then GB18030.
 *
 * <p><b>Blocks.</b> The DOM is walked once. Text of inline elements accumulates; a block element
 * ({@code p}, {@code div}, {@code h1}–{@code h6}, {@code li}, …) or a {@code <br>} ends the current
 * paragraph, so nested blocks never repeat their text. A {@code <table>} becomes a grid (rowspan and
 * colspan laid out as a browser does) unless it is a layout table (it holds another table, the report
 * title, or long prose, or has a single cell), which is walked like a {@code div}.
 *
 * <p><b>Report versus page chrome.</b> The title is the most heading-like element whose text mentions
 * 年度报告/年报 (not a link or list item, which are menus, nor a cell of a data table); on a page with no
 * such element (the report stored as {@code <br>}-separated lines) it is the first such line. The report
 * container is the nearest ancestor
 * of the title holding at least half of the page's text. Text outside it (breadcrumbs, footer, hidden
 * pop-ups) goes to metadata, and so does text inside it that is plainly chrome: field lines such as
 * 索引号/发布日期/信息来源, tool lines (打印本页, 简体 繁体, 网站标识码), menus and lists before the title, and
 * elements whose class names a navigation, footer or toolbar. The red-header line or an office name just
 * above the title stays in the report.
 */
final class HtmlReader implements ReportReader {

    private static final Set<String> SKIP = Set.of("script", "style", "noscript", "template", "head", "iframe",
            "object", "embed", "select", "option", "button", "input", "textarea", "svg", "canvas", "map", "title");
    private static final Set<String> BLOCK = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
            "ol", "dl", "dt", "dd", "section", "article", "header", "footer", "nav", "aside", "blockquote", "pre",
            "center", "form", "fieldset", "address", "figure", "figcaption", "main", "hr", "table", "caption",
            "thead", "tbody", "tfoot", "tr", "td", "th", "body", "html", "menu", "details", "summary", "legend");
    private static final Set<String> MENU_TAGS = Set.of("nav", "ul", "ol", "menu", "header", "aside", "form");
    private static final Pattern CHROME_CLASS = Pattern.compile(
            "(?i)(^|[\\s_-])(nav|navbar|menu|breadcrumb|crumb|footer|topbar|toolbar|share|login|copyright|sidebar)"
                    + "([\\s_-]|$)");
    private static final Pattern CHROME_FIELD = Pattern.compile(
            "^[【\\[]?\\s*(索引号|发布日期|发布时间|成文日期|发文日期|生成日期|印发日期|信息来源|来源|浏览次数|访问次数|点击数|阅读次数"
                    + "|组配分类|主题分类|体裁分类|服务对象分类|发文机关|发布机构|发文字号|文号|标题|有效性|公开方式|公开范围|公开时限"
                    + "|信息分类|所属机构|责任编辑|编辑|作者|字号|分享到)\\s*[:：]");
    private static final Pattern CHROME_TOKEN = Pattern.compile(
            "打印本页|关闭窗口|【打印】|【关闭】|无障碍|简体|繁体|网站标识码|ICP备|公网安备|主办单位|承办单位|版权所有|技术支持"
                    + "|网站地图|联系我们|扫一扫|分享到|【大\\s*中\\s*小】|字号[:：]|长者模式|首页\\s*>");
    private static final Pattern TITLE_TEXT = Pattern.compile("年度报告|年报");
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([a-z0-9_.:\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "<\\?xml[^>]*encoding\\s*=\\s*[\"']([a-z0-9_.:\\-]+)", Pattern.CASE_INSENSITIVE);

    @Override
    public String name() {
        return "html";
    }

    @Override
    public Document read(Path file) throws UnreadableException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnreadableException("网页文件无法打开。", e);
        }
        try {
            TextDecoder.Decoded decoded = decodeNoting(bytes);
            return parse(decoded.text()).withNote(decoded.note());
        } catch (RuntimeException e) {
            throw new UnreadableException("网页文件格式不正确，无法读取。", e);
        }
    }

    // ---------------------------------------------------------------- charset

    static String decode(byte[] b) {
        return decodeNoting(b).text();
    }

    /**
     * The page's text and a note when it was not read as its bytes and label agree. Valid UTF-8 with
     * Chinese in it wins over a {@code <meta>} that names another charset: CMSs copy the template's
     * {@code gbk} label onto pages they store as UTF-8, and GBK text is never valid UTF-8 by chance.
     */
    static TextDecoder.Decoded decodeNoting(byte[] b) {
        TextDecoder.Bom bom = TextDecoder.bom(b);
        if (bom != null) {
            return new TextDecoder.Decoded(stripBom(lenient(b, bom.length(), bom.charset())), null);
        }
        Charset declared = declaredCharset(b);
        if (TextDecoder.isStrictUtf8(b, 0)) {
            String note = declared != null && !declared.equals(StandardCharsets.UTF_8) && hasNonAscii(b)
                    ? "网页声明的编码（" + declaredLabel(b) + "）与内容不符，已按内容的实际编码 UTF-8 读取。" : null;
            return new TextDecoder.Decoded(stripBom(new String(b, StandardCharsets.UTF_8)), note);
        }
        if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
            return new TextDecoder.Decoded(stripBom(lenient(b, 0, declared)), null);
        }
        try {
            // UTF-8 but for a few bad bytes is read as UTF-8 with them replaced, as a browser shows it.
            TextDecoder.Decoded d = TextDecoder.decodeNoting(b);
            return new TextDecoder.Decoded(stripBom(d.text()), d.note());
        } catch (UnreadableException garbage) {
            return new TextDecoder.Decoded(stripBom(new String(b, TextDecoder.GB18030)), null);
        }
    }

    private static boolean hasNonAscii(byte[] b) {
        for (byte x : b) {
            if (x < 0) {
                return true;
            }
        }
        return false;
    }

    private static String declaredLabel(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, 8192), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (m.find()) {
            return m.group(1);
        }
        Matcher x = XML_ENCODING.matcher(head);
        return x.find() ? x.group(1) : "?";
    }

    /** The charset a {@code <meta>} tag or XML declaration names, mapped the way browsers map labels. */
    static Charset declaredCharset(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, 8192), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        String label = null;
        if (m.find()) {
            label = m.group(1);
        } else {
            Matcher x = XML_ENCODING.matcher(head);
            if (x.find()) {
                label = x.group(1);
            }
        }
        return label == null ? null : charsetForLabel(label);
    }

    static Charset charsetForLabel(String label) {
        String l = label.trim().toLowerCase(Locale.ROOT);
        switch (l) {
            case "gb2312", "gbk", "x-gbk", "gb_2312", "gb_2312-80", "chinese", "csgb2312", "csiso58gb231280",
                    "euc-cn", "x-euc-cn", "cp936", "ms936", "windows-936", "iso-ir-58", "gb18030", "hz-gb-2312" -> {
                return Charset.forName("GB18030");
            }
            case "utf-8", "utf8", "unicode-1-1-utf-8" -> {
                return StandardCharsets.UTF_8;
            }
            case "iso-8859-1", "latin1", "us-ascii", "ascii", "windows-1252" -> {
                return Charset.forName("windows-1252");
            }
            case "big5", "big5-hkscs", "x-x-big5", "cn-big5" -> {
                return Charset.forName("Big5-HKSCS");
            }
            default -> {
                try {
                    return Charset.forName(l);
                } catch (RuntimeException unknown) {
                    return null;
                }
            }
        }
    }

    private static String lenient(byte[] b, int offset, Charset cs) {
        return new String(b, offset, b.length - offset, cs);
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    // ---------------------------------------------------------------- structure

    /** A paragraph or table found in the page, with the element it came from. */
    private record Piece(Block block, Element source) {
    }

    static Document parse(String html) {
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        Element body = page.body();
        Element title = findTitle(body);
        List<Piece> pieces = new ArrayList<>();
        new Walker(pieces, title).walk(body, body);
        // No title element: a CMS that stores the report as <br>-separated lines has the title as a line.
        Piece titleLine = title == null ? titleLine(pieces) : null;
        Element container = title != null ? container(title, body)
                : titleLine != null ? withHalfTheText(titleLine.source(), body) : body;

        List<Block> blocks = new ArrayList<>();
        List<String> metadata = new ArrayList<>();
        String pageTitle = LayoutSpaces.collapse(page.title());
        if (!pageTitle.isEmpty()) {
            metadata.add(pageTitle);
        }
        boolean seenTitle = title == null && titleLine == null;
        for (Piece piece : pieces) {
            Element src = piece.source();
            boolean inside = src == container || src.parents().contains(container);
            boolean isTitle = !seenTitle && (title != null ? isTitlePiece(piece, title) : piece == titleLine);
            seenTitle |= isTitle;
            boolean chrome = !isTitle && (!inside
                    || piece.block() instanceof Paragraph p && isChromeText(p.text())
                    || chromeAncestor(src, container, !seenTitle));
            if (chrome) {
                addMetadata(piece.block(), metadata);
            } else if (piece.block() instanceof Paragraph p) {
                blocks.add(new Paragraph(LayoutSpaces.tidy(p.text())));
            } else {
                blocks.add(piece.block());
            }
        }
        return new Document("html", blocks, metadata);
    }

    /** The piece holding the title: from the title element, or from an inline title inside a larger block. */
    private static boolean isTitlePiece(Piece piece, Element title) {
        Element src = piece.source();
        if (src == title || src.parents().contains(title)) {
            return true;
        }
        return title.parents().contains(src) && piece.block() instanceof Paragraph p
                && LayoutSpaces.tidy(p.text()).contains(LayoutSpaces.tidy(title.text()));
    }

    private static void addMetadata(Block block, List<String> metadata) {
        if (block instanceof Paragraph p) {
            metadata.add(p.text());
        } else if (block instanceof Table t) {
            for (List<String> row : t.rows()) {
                String line = String.join(" ", row.stream().filter(c -> c != null && !c.isEmpty()).toList());
                if (!line.isBlank()) {
                    metadata.add(LayoutSpaces.collapse(line));
                }
            }
        }
    }

    static boolean isChromeText(String text) {
        return text.length() <= 200 && (CHROME_FIELD.matcher(text).find() || CHROME_TOKEN.matcher(text).find());
    }

    /** Inside the container: an element marked as navigation/footer, or a menu list before the title. */
    private static boolean chromeAncestor(Element src, Element container, boolean beforeTitle) {
        for (Element e = src; e != null && e != container; e = e.parent()) {
            if (CHROME_CLASS.matcher(e.className() + " " + e.id()).find()
                    || "nav".equals(e.normalName()) || "footer".equals(e.normalName())) {
                return true;
            }
            if (beforeTitle && MENU_TAGS.contains(e.normalName())) {
                return true;
            }
        }
        return false;
    }

    /** The most heading-like element naming a 年度报告, ignoring links and list items (menus). */
    static Element findTitle(Element body) {
        Element best = null;
        int bestRank = Integer.MAX_VALUE;
        for (Element e : body.getAllElements()) {
            if (e == body || SKIP.contains(e.normalName()) || !isBlockish(e)) {
                continue;
            }
            String text = LayoutSpaces.tidy(e.text());
            if (text.length() < 6 || text.length() > 100 || !TITLE_TEXT.matcher(text).find() || isChromeText(text)) {
                continue; // a breadcrumb "首页 > … > 年报" is page chrome even when it is the only candidate
            }
            if (!e.select("table").isEmpty() || e.closest("a, li, option, td, th") != null && !inLayoutCell(e)) {
                continue;
            }
            int rank = rank(e);
            if (rank < bestRank) {
                best = e;
                bestRank = rank;
            }
        }
        return best;
    }

    /** A title candidate inside a table cell counts only when that table is page layout, not data. */
    private static boolean inLayoutCell(Element e) {
        Element cell = e.closest("td, th");
        if (cell == null || e.closest("a, li, option") != null) {
            return false;
        }
        Element table = cell.closest("table");
        return table != null && (rank(e) < 7 || isLayoutTable(table, null));
    }

    private static boolean isBlockish(Element e) {
        return BLOCK.contains(e.normalName()) || e.className().toLowerCase(Locale.ROOT).contains("title");
    }

    private static int rank(Element e) {
        String tag = e.normalName();
        if (tag.matches("h[1-6]")) {
            return tag.charAt(1) - '1';
        }
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        if (names.contains("title")) {
            return 6;
        }
        return 7;
    }

    /** The first line that reads like the report's title, not a menu entry or a chrome field. */
    private static Piece titleLine(List<Piece> pieces) {
        for (Piece piece : pieces) {
            if (piece.block() instanceof Paragraph p) {
                String text = LayoutSpaces.tidy(p.text());
                if (text.length() >= 6 && text.length() <= 100 && TITLE_TEXT.matcher(text).find()
                        && !isChromeText(text) && piece.source().closest("a, li, option, td, th") == null) {
                    return piece;
                }
            }
        }
        return null;
    }

    /** The nearest ancestor of the title (never the title itself) that holds at least half of the page's text. */
    static Element container(Element title, Element body) {
        return withHalfTheText(title == body || title.parent() == null ? body : title.parent(), body);
    }

    /** The element itself or its nearest ancestor that holds at least half of the page's text. */
    private static Element withHalfTheText(Element start, Element body) {
        int total = LayoutSpaces.collapse(body.text()).length();
        Element e = start;
        while (e.parent() != null && e != body && LayoutSpaces.collapse(e.text()).length() * 2 < total) {
            e = e.parent();
        }
        return e;
    }

    /** Walks the DOM collecting paragraphs and tables in document order without repeating nested text. */
    private static final class Walker {
        private final List<Piece> out;
        private final Element title;
        private final StringBuilder buf = new StringBuilder();

        Walker(List<Piece> out, Element title) {
            this.out = out;
            this.title = title;
        }

        void walk(Node node, Element block) {
            ReadGuard.tick(); // once per node: a huge or deeply nested page stops at its deadline
            if (node instanceof TextNode t) {
                buf.append(t.getWholeText());
                return;
            }
            if (!(node instanceof Element e)) {
                return;
            }
            String tag = e.normalName();
            if (SKIP.contains(tag) || hidden(e)) {
                return;
            }
            if (tag.equals("br")) {
                flush(block);
                return;
            }
            if (tag.equals("table") && !isLayoutTable(e, title)) {
                flush(block);
                Table t = table(e);
                if (!t.rows().isEmpty()) {
                    out.add(new Piece(t, e));
                }
                return;
            }
            if (BLOCK.contains(tag)) {
                flush(block);
                for (Node child : e.childNodes()) {
                    walk(child, e);
                }
                flush(e);
                return;
            }
            for (Node child : e.childNodes()) {
                walk(child, block);
            }
        }

        /** Ends the current paragraph; its text is only collapsed here, tidied once it is known to be report text. */
        private void flush(Element source) {
            String text = LayoutSpaces.collapse(buf.toString());
            buf.setLength(0);
            if (!text.isEmpty()) {
                out.add(new Piece(new Paragraph(text), source));
            }
        }
    }

    private static boolean hidden(Element e) {
        String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        return style.contains("display:none") || style.contains("visibility:hidden") || e.hasAttr("hidden");
    }

    /**
     * A table used for page layout rather than data: it holds another table, the title, or long prose, or
     * it has a single cell (a frame around the body or a note; no statistics table has one cell).
     */
    static boolean isLayoutTable(Element table, Element title) {
        if (table.select("table").size() > 1 || table.select("td, th").size() == 1) {
            return true;
        }
        if (title != null && title.parents().contains(table)) {
            return true;
        }
        for (Element cell : table.select("td, th")) {
            if (LayoutSpaces.collapse(cell.text()).length() > 400) {
                return true;
            }
        }
        return false;
    }

    /** The table as a grid, rows and columns laid out as a browser does with rowspan and colspan. */
    static Table table(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element child : table.children()) {
            switch (child.normalName()) {
                case "tr" -> rows.add(child);
                case "thead", "tbody", "tfoot" -> {
                    for (Element tr : child.children()) {
                        if (tr.normalName().equals("tr")) {
                            rows.add(tr);
                        }
                    }
                }
                default -> {
                }
            }
        }
        GridBuilder grid = new GridBuilder();
        for (int r = 0; r < rows.size(); r++) {
            grid.ensureRows(r + 1);
            int col = 0;
            for (Element cell : rows.get(r).children()) {
                if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) {
                    continue;
                }
                col = grid.nextFree(r, col);
                int rowspan = Math.min(span(cell.attr("rowspan")), rows.size() - r);
                int colspan = Math.min(span(cell.attr("colspan")), 1000);
                grid.put(r, col, rowspan, colspan, cellText(cell));
                col += colspan;
            }
        }
        return grid.build();
    }

    private static int span(String attr) {
        Matcher m = Pattern.compile("\\d+").matcher(attr);
        if (!m.find()) {
            return 1;
        }
        try {
            return Math.max(1, Integer.parseInt(m.group()));
        } catch (NumberFormatException tooBig) {
            return 1;
        }
    }

    /** A cell's lines: its block children and {@code <br>}s separate lines; nested tables are flattened. */
    private static String cellText(Element cell) {
        List<String> lines = new ArrayList<>();
        StringBuilder buf = new StringBuilder();
        collectLines(cell, buf, lines);
        lines.add(buf.toString());
        return LayoutSpaces.cell(lines.stream().filter(l -> !LayoutSpaces.collapse(l).isEmpty()).toList());
    }

    private static void collectLines(Node node, StringBuilder buf, List<String> lines) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                buf.append(t.getWholeText());
            } else if (child instanceof Element e) {
                if (SKIP.contains(e.normalName()) || hidden(e)) {
                    continue;
                }
                boolean block = BLOCK.contains(e.normalName()) || e.normalName().equals("br");
                if (block) {
                    lines.add(buf.toString());
                    buf.setLength(0);
                }
                collectLines(e, buf, lines);
                if (block) {
                    lines.add(buf.toString());
                    buf.setLength(0);
                }
            }
        }
    }
}
