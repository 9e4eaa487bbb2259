package nianbao.support;

import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Files that once stopped a batch, made at test time (nothing large is checked in): a PDF with very many
 * pages, a web page or text far over a small size budget, tables whose spans would build gigabyte grids,
 * a report with one flipped byte, and a page whose {@code <meta>} names the wrong charset.
 */
public final class Pathological {
    /** The sample report the damaged variants are made from. */
    public static final String STEM = "004_3b473299667ac3ab";

    private Pathological() {
    }

    /** {@code pages} empty pages: a PDF that is small on disk but costs a page parse per page. */
    public static Path manyPagesPdf(Path target, int pages) throws Exception {
        try (var pdf = new org.apache.pdfbox.pdmodel.PDDocument()) {
            for (int i = 0; i < pages; i++) {
                pdf.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            }
            pdf.save(target.toFile());
        }
        return target;
    }

    /** A text report padded with copies of its own prose up to at least {@code bytes}. */
    public static Path hugeText(Path target, long bytes) throws Exception {
        byte[] report = Files.readAllBytes(Project.REPORTS.resolve(STEM + ".txt"));
        try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(target))) {
            for (long n = 0; n < bytes; n += report.length) {
                out.write(report);
            }
        }
        return target;
    }

    /** A web page of at least {@code bytes}: the sample's text as paragraphs, repeated. */
    public static Path hugePage(Path target, long bytes) throws Exception {
        String report = Files.readString(Project.REPORTS.resolve(STEM + ".txt"));
        StringBuilder para = new StringBuilder();
        for (String line : report.split("\n")) {
            para.append("<p>").append(line).append("</p>\n");
        }
        byte[] chunk = para.toString().getBytes(StandardCharsets.UTF_8);
        try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(target))) {
            out.write("<html><head><meta charset=\"utf-8\"></head><body>\n".getBytes(StandardCharsets.UTF_8));
            for (long n = 0; n < bytes; n += chunk.length) {
                out.write(chunk);
            }
            out.write("</body></html>\n".getBytes(StandardCharsets.UTF_8));
        }
        return target;
    }

    /** A report page whose table has cells with rowspan=65535 and colspan=65535 in every row. */
    public static Path hugeSpanPage(Path target, int rows) throws Exception {
        StringBuilder html = new StringBuilder("<html><head><meta charset=\"utf-8\"></head><body>"
                + "<h1>某县2023年政府信息公开工作年度报告</h1><p>一、总体情况</p><table>");
        for (int r = 0; r < rows; r++) {
            html.append("<tr><td rowspan=\"65535\" colspan=\"65535\">").append(r)
                    .append("</td><td>1</td><td>2</td></tr>");
        }
        html.append("</table><p>二、主动公开政府信息情况</p></body></html>");
        Files.writeString(target, html, StandardCharsets.UTF_8);
        return target;
    }

    /** A Word report whose table's cells each span 65535 grid columns, merged down every row. */
    public static Path hugeSpanDocx(Path target, int rows, int cells) throws Exception {
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(); var out = Files.newOutputStream(target)) {
            doc.createParagraph().createRun().setText("某县2023年政府信息公开工作年度报告");
            var table = doc.createTable(rows, cells);
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cells; c++) {
                    var cell = table.getRow(r).getCell(c);
                    cell.setText(String.valueOf(r + c));
                    var pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                    pr.addNewGridSpan().setVal(BigInteger.valueOf(65535));
                    pr.addNewVMerge().setVal(r == 0 ? org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge.RESTART
                            : org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge.CONTINUE);
                }
            }
            doc.write(out);
        }
        return target;
    }

    /** The sample report with the top bit of one byte flipped, inside a word of its closing prose. */
    public static Path flippedByte(Path target) throws Exception {
        String text = Files.readString(Project.REPORTS.resolve(STEM + ".txt"));
        int at = -1;
        int pos = 0;
        for (String line : text.split("\n", -1)) {
            if (pos > 500 && line.length() > 60 && line.chars().noneMatch(Character::isDigit) && line.contains("的")) {
                at = pos + line.indexOf('的');
                break;
            }
            pos += line.length() + 1;
        }
        if (at < 0) {
            throw new IllegalStateException("no prose line to damage in " + STEM);
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int offset = text.substring(0, at).getBytes(StandardCharsets.UTF_8).length;
        bytes[offset] ^= (byte) 0x80; // the lead byte of 的 (E7) becomes 'g'; its two trail bytes are left invalid
        Files.write(target, bytes);
        return target;
    }

    /** The sample's web page stored as UTF-8 while its {@code <meta>} still says gbk, as some CMSs do. */
    public static Path lyingCharsetPage(Path target) throws Exception {
        Path sample = Project.shared("corpus/formats").resolve(STEM + ".html");
        String page = new String(Files.readAllBytes(sample), Charset.forName("GB18030"));
        if (!page.contains("charset=\"gbk\"")) {
            throw new IllegalStateException("the sample page no longer declares gbk: " + sample);
        }
        Files.write(target, page.getBytes(StandardCharsets.UTF_8));
        return target;
    }
}
