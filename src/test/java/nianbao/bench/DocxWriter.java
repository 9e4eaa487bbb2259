package nianbao.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** A generated report as Word .docx: paragraphs, headings in bold, the tables as real Word tables. */
final class DocxWriter {
    private DocxWriter() {
    }

    static void write(GeneratedReport report, Path file) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (GeneratedReport.Part part : report.parts()) {
                if (part instanceof GeneratedReport.Para p) {
                    XWPFParagraph para = doc.createParagraph();
                    XWPFRun run = para.createRun();
                    run.setText(p.text());
                    run.setBold(p.heading());
                    run.setFontFamily("仿宋_GB2312");
                } else if (part instanceof GeneratedReport.Grid g) {
                    List<List<String>> rows = g.rows();
                    int width = rows.stream().mapToInt(List::size).max().orElse(1);
                    XWPFTable table = doc.createTable(rows.size(), width);
                    for (int r = 0; r < rows.size(); r++) {
                        XWPFTableRow row = table.getRow(r);
                        for (int c = 0; c < width; c++) {
                            String v = c < rows.get(r).size() ? rows.get(r).get(c) : "";
                            row.getCell(c).setText(v == null ? "" : v);
                        }
                    }
                    doc.createParagraph();
                }
            }
            doc.write(out);
        }
    }
}
