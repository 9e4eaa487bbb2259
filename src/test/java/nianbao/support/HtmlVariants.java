package nianbao.support;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Web-page layouts county offices and their CMS produce, made at test time from a sample .html with
 * jsoup, so the sample's words and numbers stay and only the markup changes: fragments without
 * {@code <html>}/{@code <body>}, HTML saved or pasted from Word, the body in a one-cell layout table,
 * data tables nested in layout cells. A variant is written in the sample's own encoding family (GB18030
 * for a gb2312 page) so that a fragment, which has no {@code <meta>} to say so, still needs the reader's
 * UTF-8-else-GB18030 choice.
 */
public final class HtmlVariants {
    private HtmlVariants() {
    }

    /** A page as jsoup sees it, with the charset its bytes are in. */
    public record Page(Document doc, Charset charset) {
    }

    public static Page read(Path sample) throws Exception {
        byte[] bytes = Files.readAllBytes(sample);
        String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        Charset cs = head.matches("(?s).*charset\\s*=\\s*[\"']?\\s*gb.*") ? Charset.forName("GB18030") : StandardCharsets.UTF_8;
        Document doc = Jsoup.parse(new String(bytes, cs));
        // Pretty printing would add white space between inline elements that the sample does not have.
        doc.outputSettings().prettyPrint(false).charset(cs);
        return new Page(doc, cs);
    }

    /** Writes the whole page after the change. */
    public static Path writePage(Page page, Path target, UnaryOperator<Document> change) throws Exception {
        Document d = change.apply(page.doc());
        Files.write(target, d.outerHtml().getBytes(page.charset()));
        return target;
    }

    /** Writes only what is inside {@code <body>}: no {@code <html>}, {@code <head>}, {@code <meta>} or {@code <body>}. */
    public static Path writeFragment(Page page, Path target, UnaryOperator<Document> change, String before,
            String after) throws Exception {
        Document d = change.apply(page.doc());
        Files.write(target, (before + d.body().html() + after).getBytes(page.charset()));
        return target;
    }

    /**
     * What a CMS exports of an article: only the inside of the element that holds the report (here the
     * parent of its first table), without the portal page's breadcrumb and footer.
     */
    public static Path writeArticle(Page page, Path target) throws Exception {
        Element article = page.doc().body().selectFirst("table").parent();
        Files.write(target, article.html().getBytes(page.charset()));
        return target;
    }

    /** The body's content moved into the single cell of a full-width layout table. */
    public static Document bodyInOneCell(Document doc) {
        Element body = doc.body();
        List<Node> children = new ArrayList<>(body.childNodes());
        Element cell = body.appendElement("table").attr("width", "100%").attr("border", "0")
                .appendElement("tbody").appendElement("tr").appendElement("td");
        for (Node n : children) {
            cell.appendChild(n);
        }
        return doc;
    }

    /** Each data table moved into the second cell of a two-cell layout table (an empty indent cell first). */
    public static Document tablesInLayoutCells(Document doc) {
        for (Element table : new ArrayList<>(doc.body().select("table"))) {
            Element frame = new Element("table").attr("width", "100%").attr("border", "0");
            Element row = frame.appendElement("tr");
            row.appendElement("td").attr("width", "5%");
            table.before(frame);
            row.appendElement("td").appendChild(table);
        }
        return doc;
    }

    /**
     * The body as a CMS editor often stores it: no paragraph elements, each paragraph a line of one
     * {@code <div>} ended by {@code <br>}, indented with {@code &nbsp;} and wrapped in {@code <font>}, the
     * title and the red header too.
     */
    public static Document linesWithBreaks(Document doc) {
        for (Element p : new ArrayList<>(doc.body().select("p, h1, h2, h3, h4"))) {
            if (p.closest("td") != null || p.parent() == null) {
                continue;
            }
            Element font = new Element("font").attr("face", "仿宋_GB2312");
            font.append("&nbsp;&nbsp;&nbsp;&nbsp;");
            for (Node n : new ArrayList<>(p.childNodes())) {
                font.appendChild(n);
            }
            p.before(font);
            p.before(new Element("br"));
            p.remove();
        }
        return doc;
    }

    /** Tables without borders: no border attribute, no border style. */
    public static Document borderless(Document doc) {
        for (Element e : doc.body().select("table, td, th, tr")) {
            e.removeAttr("border").removeAttr("style");
        }
        doc.head().select("style").remove();
        return doc;
    }

    /**
     * The markup Word writes when a report is saved as a web page or pasted into a CMS editor: paragraphs
     * of class MsoNormal whose text is split over {@code <span>} runs (with line breaks in the source
     * between them), {@code <o:p>} end marks, list numerals in {@code mso-list:Ignore} spans behind
     * {@code <![if !supportLists]>}, header cells as ordinary cells, every cell's lines as {@code <p>}
     * elements or as {@code <br>}-separated runs, and empty cells holding {@code &nbsp;}.
     */
    public static Document wordHtml(Document doc) {
        Element html = doc.selectFirst("html");
        html.attr("xmlns:o", "urn:schemas-microsoft-com:office:office")
                .attr("xmlns:w", "urn:schemas-microsoft-com:office:word");
        doc.head().appendElement("meta").attr("name", "Generator").attr("content", "Microsoft Word 15");
        doc.head().append("<style><!-- p.MsoNormal {mso-style-parent:\"\"; margin:0cm; font-size:10.5pt;"
                + " font-family:等线;} --></style><!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View>"
                + "</w:WordDocument></xml><![endif]-->");
        doc.body().attr("lang", "ZH-CN").attr("style", "tab-interval:21.0pt");
        int[] cellNo = {0};
        for (Element table : doc.body().select("table")) {
            table.attr("class", "MsoTableGrid").attr("border", "1").attr("cellspacing", "0").attr("cellpadding", "0")
                    .attr("style", "border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;"
                            + "mso-yfti-tbllook:1184");
            for (Element cell : table.select("td, th")) {
                wordCell(cell, cellNo[0]++ % 2 == 0);
            }
        }
        for (Element p : doc.body().select("p, h1, h2, h3, h4")) {
            if (p.closest("td") == null && p.closest(".crumb, .footer, .info, ul") == null) {
                wordParagraph(p);
                if (p.normalName().startsWith("h")) {
                    // Word keeps the empty paragraphs an author typed for spacing.
                    p.after("<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>");
                }
            }
        }
        // Word puts the document in a section div: here, inside the element that holds the tables.
        Element holder = doc.body().selectFirst("table").parent();
        Element section = new Element("div").attr("class", "WordSection1").attr("style", "layout-grid:15.6pt");
        for (Node n : new ArrayList<>(holder.childNodes())) {
            section.appendChild(n);
        }
        holder.appendChild(section);
        return doc;
    }

    private static void wordCell(Element cell, boolean linesAsParagraphs) {
        List<String> lines = lines(cell);
        cell.tagName("td");
        cell.attr("valign", "top").attr("style", "border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt;"
                + "padding:0cm 5.4pt 0cm 5.4pt");
        cell.empty();
        if (lines.isEmpty()) {
            cell.append("<p class=MsoNormal align=center style='text-align:center'><span lang=EN-US>"
                    + "<o:p>&nbsp;</o:p></span></p>");
        } else if (linesAsParagraphs) {
            for (String line : lines) {
                cell.appendElement("p").attr("class", "MsoNormal").attr("align", "center")
                        .appendElement("span").attr("lang", "EN-US").attr("style", "font-size:10.0pt")
                        .appendText(line).appendElement("o:p");
            }
        } else {
            Element span = cell.appendElement("p").attr("class", "MsoNormal")
                    .appendElement("span").attr("style", "font-size:10.0pt;font-family:宋体");
            for (int i = 0; i < lines.size(); i++) {
                if (i > 0) {
                    span.appendElement("br");
                }
                span.appendText(lines.get(i));
            }
        }
    }

    /** The cell's visible lines: {@code <br>} and block children separate lines, blank lines dropped. */
    private static List<String> lines(Element cell) {
        List<String> out = new ArrayList<>();
        StringBuilder buf = new StringBuilder();
        collect(cell, buf, out);
        out.add(buf.toString());
        return out.stream().map(s -> s.replace('\u00A0', ' ').strip()).filter(s -> !s.isEmpty()).toList();
    }

    private static void collect(Node node, StringBuilder buf, List<String> out) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                buf.append(t.getWholeText());
            } else if (child instanceof Element e) {
                boolean block = e.isBlock() || e.normalName().equals("br");
                if (block) {
                    out.add(buf.toString());
                    buf.setLength(0);
                }
                collect(e, buf, out);
                if (block) {
                    out.add(buf.toString());
                    buf.setLength(0);
                }
            }
        }
    }

    /** The paragraph's text as Word runs, split where Chinese text meets Chinese text. */
    private static void wordParagraph(Element p) {
        String text = p.text();
        boolean plain = p.children().stream().allMatch(c -> c.normalName().equals("span")) && p.select("br").isEmpty();
        if (text.isEmpty() || !plain) {
            return;
        }
        p.attr("class", "MsoNormal").attr("style", p.attr("style") + ";mso-line-height-rule:exactly");
        p.empty();
        int numeral = listNumeral(text);
        if (numeral > 0) {
            p.append("<![if !supportLists]><span style='mso-list:Ignore'>" + text.substring(0, numeral)
                    + "<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp; </span></span><![endif]>");
            text = text.substring(numeral);
        }
        int cut = cjkCut(text);
        p.appendElement("span").attr("style", "font-family:仿宋_GB2312").appendText(text.substring(0, cut));
        p.appendText("\r\n");
        p.appendElement("span").attr("lang", "EN-US").attr("style", "font-family:仿宋_GB2312")
                .appendText(text.substring(cut)).appendElement("o:p");
    }

    /** Length of a leading "一、" numeral (what Word writes as a list number), or 0. */
    private static int listNumeral(String text) {
        int i = 0;
        while (i < text.length() && "一二三四五六七八九十".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i > 0 && i < text.length() && text.charAt(i) == '、' ? i + 1 : 0;
    }

    /** A place near the middle with Chinese on both sides, so that a break there cannot join two numbers. */
    private static int cjkCut(String text) {
        for (int i = text.length() / 2; i > 0 && i < text.length(); i++) {
            if (isHan(text.charAt(i - 1)) && isHan(text.charAt(i))) {
                return i;
            }
        }
        return text.length();
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
