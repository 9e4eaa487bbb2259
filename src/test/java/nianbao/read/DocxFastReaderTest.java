package nianbao.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import nianbao.bench.BatchGenerator;
import nianbao.document.Block;
import nianbao.document.Document;
import nianbao.support.Project;
import nianbao.support.WordVariants;
import nianbao.support.WordVariants.Via;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fast .docx path ({@link DocxFastReader}) against the POI reader it replaces ({@link DocxReader#readWithPoi}):
 * on every .docx the project has, its Word layout variants, a generated batch and hand-written XML for each
 * construct the fast path copies from POI, both give the same {@link Document}, block by block; the
 * constructs it does not copy send the file to POI.
 */
class DocxFastReaderTest {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    @TempDir
    Path dir;

    @Test
    void everyDocxOfTheProjectReadsTheSameWithoutPoi() throws Exception {
        List<Path> files = new ArrayList<>();
        for (Path root : List.of(Project.shared("corpus"), Path.of("src/test/resources"), Project.REPORTS,
                Project.RULES.resolve("examples"))) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> s = Files.walk(root)) {
                    s.filter(p -> p.toString().toLowerCase().endsWith(".docx")).sorted().forEach(files::add);
                }
            }
        }
        assertThat(files).as("the corpus's .docx files").hasSizeGreaterThanOrEqualTo(6);
        for (Path f : files) {
            assertSameAsPoi(f, true);
        }
    }

    @Test
    void wordLayoutVariantsReadTheSameWithoutPoi() throws Exception {
        List<Consumer<XWPFDocument>> changes = new ArrayList<>();
        for (String fmt : List.of("chineseCountingThousand", "chineseCounting", "japaneseCounting", "taiwaneseCounting")) {
            for (boolean tab : List.of(true, false)) {
                for (Via via : Via.values()) {
                    changes.add(WordVariants.numberedHeadings(fmt, tab, via));
                }
            }
        }
        changes.add(WordVariants::numberedRowLabels);
        changes.add(WordVariants::bodyInOneCell);
        changes.add(WordVariants::bodyInContentControl);
        changes.add(WordVariants::tablesInLayoutCells);
        changes.add(WordVariants::borderless);
        changes.add(WordVariants.numberedHeadings("chineseCounting", true, Via.STYLE)
                .andThen(WordVariants::numberedRowLabels).andThen(WordVariants::borderless)
                .andThen(WordVariants::bodyInOneCell));
        changes.add(((Consumer<XWPFDocument>) WordVariants::tablesInLayoutCells).andThen(WordVariants::bodyInContentControl)
                .andThen(WordVariants::bodyInOneCell));
        int n = 0;
        for (String stem : Project.SAMPLES) {
            Path sample = Project.shared("corpus/formats").resolve(stem + ".docx");
            for (Consumer<XWPFDocument> change : changes) {
                assertSameAsPoi(WordVariants.write(sample, dir.resolve(stem + "-" + n++ + ".docx"), change), true);
            }
        }
    }

    @Test
    void aGeneratedBatchReadsTheSameWithoutPoi() throws Exception {
        Path batch = dir.resolve("batch");
        List<BatchGenerator.Entry> entries = new BatchGenerator(new BatchGenerator.Options(24, 5, 0.3,
                BatchGenerator.formats("docx"), false, Project.RULES, Project.shared("seeds"), batch)).write();
        assertThat(entries).hasSize(24);
        try (Stream<Path> s = Files.list(batch)) {
            List<Path> docx = s.filter(p -> p.toString().endsWith(".docx")).sorted().toList();
            assertThat(docx).hasSize(24);
            for (Path f : docx) {
                assertSameAsPoi(f, true);
            }
        }
    }

    @Test
    void runContentAsPoiGivesIt() throws Exception {
        // Each paragraph one construct: hyperlinks, simple and complex fields, smart tags, tracked
        // changes (deleted runs out, nested insertions after the change's own runs), inline controls
        // (nested, with deleted runs), tabs and breaks, hyphens, caps, text boxes, custom XML and math.
        String body = p(r("普通") + "<w:hyperlink r:id=\"x\">" + r("链接") + "<w:bookmarkStart w:id=\"1\" w:name=\"b\"/></w:hyperlink>")
                + p("<w:fldSimple w:instr=\"PAGE\">" + r("3") + "</w:fldSimple>" + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
                        + "<w:r><w:instrText> DATE </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
                        + r("2023年") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>")
                + p("<w:smartTag w:uri=\"u\" w:element=\"place\">" + r("平潭") + "<w:smartTag w:uri=\"u\" w:element=\"x\">"
                        + r("县") + "</w:smartTag></w:smartTag>")
                + p(r("甲") + "<w:ins w:id=\"1\" w:author=\"a\"><w:ins w:id=\"2\" w:author=\"a\">" + r("嵌套") + "</w:ins>"
                        + r("插入") + "<w:hyperlink>" + r("不算") + "</w:hyperlink></w:ins>"
                        + "<w:del w:id=\"3\" w:author=\"a\"><w:r><w:delText>删除</w:delText></w:r><w:r><w:tab/></w:r></w:del>" + r("乙"))
                + p("<w:sdt><w:sdtPr/><w:sdtContent>" + r("控件") + "<w:sdt><w:sdtContent>" + r("内层")
                        + "</w:sdtContent></w:sdt><w:r><w:delText>x</w:delText></w:r>" + r("后")
                        + "<w:ins>" + r("改") + "</w:ins><w:hyperlink>" + r("丢") + "</w:hyperlink></w:sdtContent></w:sdt>" + r("尾"))
                + p("<w:sdt><w:sdtContent><w:sdt><w:sdtContent>" + r("a") + "</w:sdtContent></w:sdt></w:sdtContent></w:sdt>")
                + p("<w:r><w:t>一</w:t><w:tab/><w:t>二</w:t><w:br/><w:t>三</w:t><w:cr/><w:t>四</w:t><w:noBreakHyphen/>"
                        + "<w:softHyphen/><w:sym w:char=\"F0FC\"/><w:ptab w:relativeTo=\"margin\" w:alignment=\"left\" w:leader=\"none\"/>"
                        + "<w:t xml:space=\"preserve\"> 五 </w:t><w:br w:type=\"page\"/><w:lastRenderedPageBreak/></w:r>")
                + p("<w:r><w:rPr><w:caps/></w:rPr><w:t>abc 共</w:t></w:r><w:r><w:rPr><w:smallCaps w:val=\"false\"/></w:rPr>"
                        + "<w:t>def</w:t></w:r><w:r><w:rPr><w:smallCaps w:val=\"1\"/></w:rPr><w:t>ghi</w:t></w:r>")
                + p(r("框前") + "<w:r><w:pict><v:shape xmlns:v=\"urn:schemas-microsoft-com:vml\"><v:textbox><w:txbxContent>"
                        + p(r("文本框一")) + p(r("文本框二") + r("")) + "</w:txbxContent></v:textbox></v:shape></w:pict>"
                        + "<w:t>同一运行</w:t><w:drawing><wp:inline xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\">"
                        + "<w:t>画</w:t></wp:inline></w:drawing></w:r>")
                + p("<w:customXml w:element=\"x\">" + r("自定义") + "</w:customXml><m:oMath xmlns:m=\"http://schemas.openxmlformats.org/officeDocument/2006/math\">"
                        + "<m:r><m:t>x</m:t></m:r></m:oMath>" + r("公式后") + "<w:proofErr w:type=\"spellStart\"/>"
                        + "<mc:AlternateContent xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"><mc:Choice Requires=\"w14\">"
                        + r("替代") + "</mc:Choice></mc:AlternateContent>")
                + p("<w:r><w:t>&lt;&amp;&gt;</w:t><w:t><![CDATA[甲乙]]></w:t><w:t>&#12288;全角&#x3000;</w:t></w:r>")
                + "<w:customXml w:element=\"block\">" + p(r("块级自定义")) + "</w:customXml>"
                + "<w:bookmarkStart w:id=\"9\" w:name=\"z\"/>" + p("")
                + "<w:sectPr/>";
        Path file = withBody(body);
        assertSameAsPoi(file, true);
        assertThat(texts(DocxReader.readWithPoi(file))).contains("普通链接", "甲插入嵌套乙", "控件内层", "x后尾");
    }

    @Test
    void tablesAsPoiLaysThemOut() throws Exception {
        String merged = "<w:tbl><w:tblPr/><w:tblGrid/>"
                + "<w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr>" + tc("<w:gridSpan w:val=\"2\"/><w:vMerge w:val=\"restart\"/>", p(r("甲")))
                + tc("", p(r("乙"))) + "</w:tr>"
                + "<w:tr>" + tc("", p(r("前"))) + tc("<w:gridSpan w:val=\"2\"/><w:vMerge/>", p(r("续"))) + tc("<w:vMerge w:val=\"continue\"/>", p(r("孤")))
                + "</w:tr>"
                + "<w:tr><w:tblPrEx/>" + tc("<w:gridSpan w:val=\"+3\"/>", p(r("宽")) + p("") + p(r("二行")))
                + "<w:sdt><w:sdtContent>" + tc("", p(r("行内控件"))) + "</w:sdtContent></w:sdt>" + tc("", "") + "</w:tr>"
                + "<w:sdt><w:sdtContent><w:tr>" + tc("", p(r("控件行"))) + "</w:tr></w:sdtContent></w:sdt>"
                + "</w:tbl>";
        String prose = "很长的一段说明文字，".repeat(50);
        String layout = "<w:tbl><w:tr>" + tc("", p(r("说明")) + "<w:sdt><w:sdtContent>" + p(r(prose)) + "</w:sdtContent></w:sdt>")
                + tc("<w:vMerge w:val=\"restart\"/>", p(r("右"))) + "</w:tr><w:tr>" + tc("", p(r("下")))
                + tc("<w:vMerge/>", p(r("被合并"))) + "</w:tr></w:tbl>";
        String nested = "<w:tbl><w:tr>" + tc("", p(r("外")) + merged) + "</w:tr></w:tbl>";
        String empty = "<w:tbl><w:tblPr/></w:tbl>" + "<w:tbl><w:tr></w:tr></w:tbl>";
        Path file = withBody(p(r("前言")) + merged + layout + nested + empty + "<w:sdt><w:sdtContent>" + merged
                + "</w:sdtContent></w:sdt>");
        assertSameAsPoi(file, true);
        assertThat(DocxReader.readWithPoi(file).blocks()).hasSizeGreaterThan(5);
    }

    @Test
    void whatTheFastPathDoesNotCopyIsReadByPoi() throws Exception {
        for (String body : List.of(
                p("<w:r><w:t>注</w:t><w:footnoteReference w:id=\"1\"/></w:r>"),
                p("<w:r><w:ruby><w:rubyPr/><w:rt>" + r("pin") + "</w:rt><w:rubyBase>" + r("拼") + "</w:rubyBase></w:ruby></w:r>"),
                p("<w:r><w:fldChar w:fldCharType=\"begin\"><w:ffData><w:checkBox><w:default w:val=\"1\"/></w:checkBox></w:ffData></w:fldChar></w:r>"),
                "<w:altChunk r:id=\"x\"/>" + p(r("正文")),
                "<w:tbl><w:tr>" + tc("<w:vMerge w:val=\"sideways\"/>", p(r("坏"))) + "</w:tr></w:tbl>",
                "<w:tbl><w:tr>" + tc("<w:gridSpan w:val=\"two\"/>", p(r("坏"))) + "</w:tr></w:tbl>")) {
            Path file = withBody(body);
            assertThatThrownBy(() -> DocxFastReader.read(file)).as(body).isInstanceOf(DocxParts.NotSure.class);
            // ... and the reader still gives POI's result, or POI's refusal.
            assertThat(outcome(() -> new DocxReader().read(file))).isEqualTo(outcome(() -> DocxReader.readWithPoi(file)));
        }
    }

    @Test
    void aBrokenPackageIsNotSure() throws Exception {
        Path file = withBody(p(r("正文")));
        Path noRels = dir.resolve("norels.docx");
        rewrite(file, noRels, (name, bytes) -> name.equals("_rels/.rels") ? null : bytes);
        assertThatThrownBy(() -> DocxFastReader.read(noRels)).isInstanceOf(DocxParts.NotSure.class);
        Path strict = dir.resolve("strict.docx");
        rewrite(file, strict, (name, bytes) -> name.equals("word/document.xml")
                ? new String(bytes, StandardCharsets.UTF_8).replace(W, "http://purl.oclc.org/ooxml/wordprocessingml/main")
                        .getBytes(StandardCharsets.UTF_8) : bytes);
        assertThatThrownBy(() -> DocxFastReader.read(strict)).isInstanceOf(DocxParts.NotSure.class);
        Path dtd = dir.resolve("dtd.docx");
        rewrite(file, dtd, (name, bytes) -> name.equals("word/document.xml")
                ? new String(bytes, StandardCharsets.UTF_8).replaceFirst("\\?>", "?><!DOCTYPE w:document [<!ENTITY e \"x\">]>")
                        .getBytes(StandardCharsets.UTF_8) : bytes);
        assertThatThrownBy(() -> DocxFastReader.read(dtd)).isInstanceOf(DocxParts.NotSure.class);
    }

    // ---- helpers ----

    /** Fast path and POI give the same document; {@code fast}: and the fast path did not give up. */
    static void assertSameAsPoi(Path file, boolean fast) throws Exception {
        Document poi = DocxReader.readWithPoi(file);
        Document mine;
        try {
            mine = DocxFastReader.read(file);
        } catch (DocxParts.NotSure e) {
            if (fast) {
                fail(file + " fell back to POI: " + e.getMessage());
            }
            return;
        }
        List<Block> a = poi.blocks();
        List<Block> b = mine.blocks();
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            assertThat(b.get(i)).as(file.getFileName() + " block " + i).isEqualTo(a.get(i));
        }
        assertThat(b).as(file.getFileName() + " block count").hasSameSizeAs(a);
        assertThat(mine).isEqualTo(poi);
    }

    private interface Read {
        Document read() throws Exception;
    }

    /** The document read, or the message of the refusal. */
    private static Object outcome(Read read) {
        try {
            return read.read();
        } catch (Exception e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    private static List<String> texts(Document d) {
        return d.blocks().stream().filter(b -> b instanceof nianbao.document.Paragraph)
                .map(b -> ((nianbao.document.Paragraph) b).text()).toList();
    }

    private static String p(String content) {
        return "<w:p><w:pPr><w:jc w:val=\"left\"/></w:pPr>" + content + "</w:p>";
    }

    private static String r(String text) {
        return "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
    }

    private static String tc(String pr, String content) {
        return "<w:tc><w:tcPr><w:tcW w:w=\"100\" w:type=\"dxa\"/>" + pr + "</w:tcPr>" + content + "</w:tc>";
    }

    /** A .docx POI wrote, with this body in its document.xml. */
    private Path withBody(String body) throws IOException {
        Path base = dir.resolve("base.docx");
        if (!Files.exists(base)) {
            try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(base)) {
                doc.createParagraph().createRun().setText("x");
                doc.write(out);
            }
        }
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:document xmlns:w=\"" + W + "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + "<w:body>" + body + "</w:body></w:document>";
        Path file = dir.resolve("b" + Integer.toHexString(body.hashCode()) + ".docx");
        rewrite(base, file, (name, bytes) -> name.equals("word/document.xml") ? xml.getBytes(StandardCharsets.UTF_8) : bytes);
        return file;
    }

    private interface Change {
        byte[] apply(String name, byte[] bytes);
    }

    private static void rewrite(Path from, Path to, Change change) throws IOException {
        try (InputStream in = Files.newInputStream(from); ZipInputStream zin = new ZipInputStream(in);
             ZipOutputStream zout = new ZipOutputStream(Files.newOutputStream(to))) {
            for (ZipEntry e; (e = zin.getNextEntry()) != null; ) {
                byte[] bytes = change.apply(e.getName(), zin.readAllBytes());
                if (bytes != null) {
                    zout.putNextEntry(new ZipEntry(e.getName()));
                    zout.write(bytes);
                    zout.closeEntry();
                }
            }
        }
    }
}
