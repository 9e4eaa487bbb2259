package nianbao.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nianbao.document.Paragraph;
import nianbao.document.Table;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** Numerals Word draws from numbering.xml, and the counting formats they are drawn in. */
class WordNumberingTest {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    @TempDir
    Path dir;

    @Test
    void countingFormats() {
        assertThat(Numerals.format(1, "chineseCountingThousand")).isEqualTo("一");
        assertThat(Numerals.format(10, "chineseCountingThousand")).isEqualTo("十");
        assertThat(Numerals.format(11, "japaneseCounting")).isEqualTo("十一");
        assertThat(Numerals.format(20, "taiwaneseCounting")).isEqualTo("二十");
        assertThat(Numerals.format(105, "chineseCountingThousand")).isEqualTo("一百零五");
        assertThat(Numerals.format(9, "chineseCounting")).isEqualTo("九");
        assertThat(Numerals.format(10, "chineseCounting")).isEqualTo("一〇");
        assertThat(Numerals.format(3, "ideographTraditional")).isEqualTo("丙");
        assertThat(Numerals.format(12, "chineseLegalSimplified")).isEqualTo("拾贰");
        assertThat(Numerals.format(4, "decimalEnclosedCircle")).isEqualTo("④");
        assertThat(Numerals.format(14, "lowerRoman")).isEqualTo("xiv");
        assertThat(Numerals.format(7, "decimalFullWidth")).isEqualTo("７");
        assertThat(Numerals.format(2, "bullet")).isEmpty();
        assertThat(Numerals.format(5, "somethingNew")).isEqualTo("5");
    }

    @Test
    void levelsRestartsOverridesAndCells() throws Exception {
        Path file = dir.resolve("n.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            XWPFNumbering numbering = doc.createNumbering();
            BigInteger abs = numbering.addAbstractNum(new XWPFAbstractNum(CTAbstractNum.Factory.parse(
                    "<w:abstractNum xmlns:w=\"" + W + "\" w:abstractNumId=\"3\">"
                            + lvl(0, 1, "chineseCountingThousand", "%1、", "")
                            + lvl(1, 1, "chineseCounting", "（%2）", "")
                            + lvl(2, 1, "decimal", "%1.%2.%3", "<w:isLgl/>")
                            + lvl(3, 1, "decimal", "%4)", "<w:lvlRestart w:val=\"0\"/>")
                            + "</w:abstractNum>", new XmlOptions().setLoadReplaceDocumentElement(null))));
            BigInteger num = numbering.addNum(abs);
            para(doc, num, 0, "总体情况");          // 一、
            para(doc, num, 1, "机制");              // （一）
            para(doc, num, 1, "力度");              // （二）
            para(doc, num, 2, "细目");              // 1.2.1 (isLgl: every level in decimal)
            para(doc, num, 3, "不重新编号");         // 1)
            para(doc, num, 0, "主动公开");          // 二、, restarts levels 1 and 2 but not 3 (lvlRestart 0)
            para(doc, num, 1, "新一轮");            // （一）
            para(doc, num, 3, "继续");              // 2)
            doc.createParagraph().createRun().setText("未编号");
            XWPFParagraph off = para(doc, num, 0, "关闭编号");
            off.setNumID(BigInteger.ZERO);          // numId 0: not numbered, and no number used up
            XWPFTable t = doc.createTable(1, 2);
            XWPFParagraph inCell = t.getRow(0).getCell(0).getParagraphs().get(0);
            inCell.setNumID(num);
            inCell.setNumILvl(BigInteger.ZERO);
            inCell.createRun().setText("单元格里");   // 三、 : cells are counted in document order
            BigInteger again = numbering.addNum(abs);
            CTNumLvl o = numbering.getNum(again).getCTNum().addNewLvlOverride();
            o.setIlvl(BigInteger.ZERO);
            o.addNewStartOverride().setVal(BigInteger.valueOf(6));
            para(doc, again, 0, "其他事项");          // 六、 : a new instance restarting at 6
            para(doc, num, 0, "接着");               // 七、 : the instances share their counters
            doc.write(out);
        }
        DocxFastReaderTest.assertSameAsPoi(file, true);
        List<nianbao.document.Block> blocks = new DocxReader().read(file).blocks();
        assertThat(blocks).containsExactly(
                new Paragraph("一、总体情况"), new Paragraph("（一）机制"), new Paragraph("（二）力度"),
                new Paragraph("1.2.1细目"), new Paragraph("1)不重新编号"), new Paragraph("二、主动公开"),
                new Paragraph("（一）新一轮"), new Paragraph("2)继续"), new Paragraph("未编号"),
                new Paragraph("关闭编号"), new Table(List.of(List.of("三、单元格里", "")), true),
                new Paragraph("六、其他事项"), new Paragraph("七、接着"));
    }

    @Test
    void numberingInheritedThroughBasedOnStylesAndLinkedLevels() throws Exception {
        Path file = dir.resolve("s.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            XWPFNumbering numbering = doc.createNumbering();
            BigInteger abs = numbering.addAbstractNum(new XWPFAbstractNum(CTAbstractNum.Factory.parse(
                    "<w:abstractNum xmlns:w=\"" + W + "\" w:abstractNumId=\"4\">"
                            + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCountingThousand\"/>"
                            + "<w:pStyle w:val=\"Sec\"/><w:lvlText w:val=\"%1、\"/></w:lvl>"
                            + "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/>"
                            + "<w:pStyle w:val=\"Sub\"/><w:lvlText w:val=\"（%2）\"/></w:lvl></w:abstractNum>",
                    new XmlOptions().setLoadReplaceDocumentElement(null))));
            BigInteger num = numbering.addNum(abs);
            XWPFStyles styles = doc.createStyles();
            // "Sec" and "Sub" name only the list; "Sec2" is based on "Sec" and inherits its numbering.
            styles.addStyle(style("Sec", null, num));
            styles.addStyle(style("Sub", null, num));
            styles.addStyle(style("Sec2", "Sec", null));
            for (String[] p : new String[][] {{"Sec", "总体情况"}, {"Sub", "机制"}, {"Sec2", "主动公开"}, {"Sub", "重点"}}) {
                XWPFParagraph para = doc.createParagraph();
                para.setStyle(p[0]);
                para.createRun().setText(p[1]);
            }
            doc.write(out);
        }
        DocxFastReaderTest.assertSameAsPoi(file, true);
        assertThat(new DocxReader().read(file).blocks()).containsExactly(new Paragraph("一、总体情况"),
                new Paragraph("（一）机制"), new Paragraph("二、主动公开"), new Paragraph("（一）重点"));
    }

    private static XWPFStyle style(String id, String basedOn, BigInteger num) {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setStyleId(id);
        s.setType(STStyleType.PARAGRAPH);
        s.addNewName().setVal(id);
        if (basedOn != null) {
            s.addNewBasedOn().setVal(basedOn);
        }
        if (num != null) {
            s.addNewPPr().addNewNumPr().addNewNumId().setVal(num);
        }
        return new XWPFStyle(s);
    }

    private static String lvl(int ilvl, int start, String fmt, String text, String extra) {
        String restart = extra.startsWith("<w:lvlRestart") ? extra : "";
        String lgl = extra.startsWith("<w:isLgl") ? extra : "";
        return "<w:lvl w:ilvl=\"" + ilvl + "\"><w:start w:val=\"" + start + "\"/><w:numFmt w:val=\"" + fmt + "\"/>"
                + restart + lgl + "<w:suff w:val=\"nothing\"/><w:lvlText w:val=\"" + text + "\"/></w:lvl>";
    }

    private static XWPFParagraph para(XWPFDocument doc, BigInteger num, int level, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setNumID(num);
        p.setNumILvl(BigInteger.valueOf(level));
        p.createRun().setText(text);
        return p;
    }
}
