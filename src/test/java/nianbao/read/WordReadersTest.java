package nianbao.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import nianbao.document.Document;
import nianbao.document.Paragraph;
import nianbao.document.Table;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Word readers on small generated files: merges, line breaks, and OLE2 files that are not Word. */
class WordReadersTest {
    @TempDir
    Path dir;

    @Test
    void docxMergesAndLineBreaks() throws Exception {
        Path file = dir.resolve("t.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            XWPFRun run = doc.createParagraph().createRun();
            run.setText("第一行");
            run.addBreak();
            run.setText("第二行");
            XWPFTable t = doc.createTable(3, 2);
            t.getRow(0).getCell(0).setText("合并");
            t.getRow(0).getCell(0).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
            t.getRow(1).getCell(0).getCTTc().addNewTcPr().addNewVMerge();
            // A continuation with no merge open above it (column 1) is an ordinary cell.
            t.getRow(0).getCell(1).setText("a");
            t.getRow(1).getCell(1).setText("b");
            t.getRow(2).getCell(0).setText("c");
            XWPFTableCell odd = t.getRow(2).getCell(1);
            odd.setText("d");
            odd.getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.CONTINUE);
            doc.write(out);
        }
        DocxFastReaderTest.assertSameAsPoi(file, true);
        Document doc = new DocxReader().read(file);
        assertThat(doc.blocks().subList(0, 2)).containsExactly(new Paragraph("第一行"), new Paragraph("第二行"));
        Table table = (Table) doc.blocks().get(2);
        assertThat(table.rows()).isEqualTo(List.of(
                Arrays.asList("合并", "a"),
                Arrays.asList(null, "b"),
                Arrays.asList("c", "d")));
    }

    @Test
    void ole2FileThatIsNotWordGetsItsOwnReason() throws Exception {
        Path file = dir.resolve("book.doc");
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
            fs.createDocument(new ByteArrayInputStream(new byte[64]), "Workbook");
            fs.writeFilesystem(out);
        }
        assertThatThrownBy(() -> new DocReader().read(file))
                .isInstanceOf(UnreadableException.class)
                .hasMessageContaining("不是 Word 文档");
    }

    @Test
    void brokenDocxIsUnreadableNotACrash() throws Exception {
        Path file = dir.resolve("broken.docx");
        Files.write(file, new byte[] {'P', 'K', 3, 4, 0, 0});
        assertThatThrownBy(() -> new DocxReader().read(file))
                .isInstanceOf(UnreadableException.class)
                .hasMessage("Word（.docx）文件已损坏或格式不正确，无法读取。");
    }
}
