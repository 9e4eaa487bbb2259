package nianbao.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import nianbao.document.Block;
import nianbao.document.Document;
import nianbao.document.Paragraph;
import nianbao.document.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Charset handling, grid layout and the report/chrome split of the web-page reader on small pages. */
class HtmlReaderTest {
    @TempDir
    Path dir;

    private static final Charset GB18030 = Charset.forName("GB18030");

    private Document read(String html, Charset charset) throws Exception {
        Path file = dir.resolve("page.html");
        Files.write(file, html.getBytes(charset));
        return new HtmlReader().read(file);
    }

    private static List<String> paragraphs(Document doc) {
        return doc.blocks().stream().filter(b -> b instanceof Paragraph).map(b -> ((Paragraph) b).text()).toList();
    }

    @Test
    void gbkOnlyCharactersSurviveEveryGbLabel() throws Exception {
        for (String label : List.of("gb2312", "GBK", "x-gbk")) {
            Document doc = read("<html><head><meta charset=\"" + label + "\"></head><body>"
                    + "<h1>2020年政府信息公开工作年度报告</h1><p>朱镕基——访谈</p></body></html>", GB18030);
            assertThat(paragraphs(doc)).as(label).contains("朱镕基——访谈");
        }
    }

    @Test
    void undeclaredGbPageIsRecognised() throws Exception {
        Document doc = read("<html><body><p>本年度报告所列数据统计期限</p></body></html>", GB18030);
        assertThat(paragraphs(doc)).containsExactly("本年度报告所列数据统计期限");
    }

    @Test
    void pageClaimingUtf8ButWrittenInGbIsStillRead() throws Exception {
        Document doc = read("<html><head><meta charset=\"utf-8\"></head><body><p>政府信息公开</p></body></html>", GB18030);
        assertThat(paragraphs(doc)).containsExactly("政府信息公开");
    }

    @Test
    void nestedBlocksAreNotRepeatedAndBreaksSplitParagraphs() throws Exception {
        Document doc = read("<html><body><div>导语<p>第一段</p>尾句<br>第二行</div></body></html>", StandardCharsets.UTF_8);
        assertThat(paragraphs(doc)).containsExactly("导语", "第一段", "尾句", "第二行");
    }

    @Test
    void rowspanAndColspanAreLaidOutOnTheGrid() throws Exception {
        Document doc = read("<html><body><table>"
                + "<tr><td rowspan=\"2\">项目</td><td colspan=\"2\">申请人</td></tr>"
                + "<tr><td>自然人</td><td>法人<br>组织</td></tr>"
                + "<tr><td>新收</td><td>1</td><td></td></tr>"
                + "</table></body></html>", StandardCharsets.UTF_8);
        Table t = (Table) doc.blocks().stream().filter(b -> b instanceof Table).findFirst().orElseThrow();
        assertThat(t.grid()).isTrue();
        assertThat(t.rows()).isEqualTo(List.of(
                Arrays.asList("项目", "申请人", null),
                Arrays.asList(null, "自然人", "法人\n组织"),
                Arrays.asList("新收", "1", "")));
    }

    @Test
    void portalChromeGoesToMetadata() throws Exception {
        String body = "<p>" + "本机关认真贯彻落实政府信息公开条例。".repeat(20) + "</p>";
        Document doc = read("<html><head><title>某县政府</title></head><body>"
                + "<div class=\"nav\"><a href=\"/\">首页</a> <a href=\"/a\">政务公开</a></div>"
                + "<div class=\"main\"><ul><li>索引号：123-456</li><li>发布日期：2021-01-20</li></ul>"
                + "<h1>某县2020年政府信息公开工作年度报告</h1><div class=\"info\">发布时间：2021-01-20 浏览次数：3</div>"
                + body + "<table><tr><td>规章</td><td>0</td></tr></table></div>"
                + "<div class=\"footer\">主办单位：某县人民政府办公室 网站标识码：1234</div></body></html>",
                StandardCharsets.UTF_8);
        List<Block> blocks = doc.blocks();
        assertThat(blocks.get(0)).isEqualTo(new Paragraph("某县2020年政府信息公开工作年度报告"));
        assertThat(blocks).hasSize(3);
        assertThat(doc.metadata()).contains("索引号：123-456", "发布日期：2021-01-20", "发布时间：2021-01-20 浏览次数：3",
                "主办单位：某县人民政府办公室 网站标识码：1234");
        assertThat(String.join("", doc.metadata())).contains("首页");
    }

    @Test
    void layoutTablesAreWalkedAndDataTablesInsideThemKept() throws Exception {
        String body = "<p>" + "本机关认真贯彻落实政府信息公开条例。".repeat(20) + "</p>";
        Document doc = read("<html><body><table><tr><td>首页 | 政务公开 | 互动交流</td></tr><tr><td>"
                + "<h1>某县2020年政府信息公开工作年度报告</h1>" + body
                + "<table><tr><td>规章</td><td>0</td></tr></table></td></tr></table></body></html>",
                StandardCharsets.UTF_8);
        assertThat(doc.blocks()).hasSize(3);
        assertThat(doc.blocks().get(2)).isEqualTo(new Table(List.of(List.of("规章", "0")), true));
        assertThat(doc.metadata()).contains("首页 | 政务公开 | 互动交流");
    }

    @Test
    void fragmentsAreHtmlByContentWhateverTheirName() throws Exception {
        Path txt = dir.resolve("cms-export.txt");
        Files.writeString(txt, "<!--StartFragment--><p class=MsoNormal><span>一、总体情况</span><o:p></o:p></p>"
                + "<p>正文</p>", StandardCharsets.UTF_8);
        assertThat(Readers.choose(txt).reader()).isInstanceOf(HtmlReader.class);
        Path plain = dir.resolve("report.txt");
        Files.writeString(plain, "一、总体情况<br>\n正文写到 a<b 和 c>d 也还是文本。<br>\n再一行<br/>\n", StandardCharsets.UTF_8);
        assertThat(Readers.choose(plain).reader()).isInstanceOf(TextReader.class);
    }

    @Test
    void oneCellFrameIsReadingOrderAndWordCellsKeepTheirLines() throws Exception {
        Document doc = read("<table><tr><td><p>一、总体情况</p><table>"
                + "<tr><td><p class=MsoNormal><span>本年新<o:p></o:p></span></p><p class=MsoNormal>制作数量</p></td>"
                + "<td><p class=MsoNormal><span lang=EN-US>对外<br>公开</span></p></td></tr>"
                + "<tr><td><p class=MsoNormal><span lang=EN-US>1<o:p></o:p></span></p></td>"
                + "<td><p class=MsoNormal><o:p>&nbsp;</o:p></p></td></tr></table></td></tr></table>",
                StandardCharsets.UTF_8);
        assertThat(doc.blocks()).containsExactly(new Paragraph("一、总体情况"),
                new Table(List.of(List.of("本年新\n制作数量", "对外\n公开"), List.of("1", "")), true));
    }

    @Test
    void titleWrittenAsALineOfBreaksStillSeparatesTheBreadcrumb() throws Exception {
        Document doc = read("<html><body><div class=crumb>首页 &gt; 政务公开 &gt; 年报</div><div>"
                + "<font>&nbsp;&nbsp;某县2020年政府信息公开工作年度报告</font><br>"
                + "<font>&nbsp;&nbsp;一、总体情况</font><br><font>" + "本年度工作情况如下。".repeat(20) + "</font><br>"
                + "</div></body></html>", StandardCharsets.UTF_8);
        assertThat(paragraphs(doc).get(0)).isEqualTo("某县2020年政府信息公开工作年度报告");
        assertThat(doc.metadata()).contains("首页 > 政务公开 > 年报");
    }
}
