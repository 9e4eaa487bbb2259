package nianbao.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Chooses the reader for a file by looking at its bytes, not its name: county offices send a .doc that
 * is really .docx, or a saved web page named .txt. Files that are not reports at all (spreadsheets,
 * images, archives) are skipped with a reason.
 */
public final class Readers {

    /** Either a reader to use or, when {@code reader} is null, why the file is skipped. */
    public record Choice(ReportReader reader, String skipReason) {
        static Choice use(ReportReader reader) {
            return new Choice(reader, null);
        }

        static Choice skip(String reason) {
            return new Choice(null, reason);
        }
    }

    private static final java.util.regex.Pattern HTML_TAG = java.util.regex.Pattern.compile(
            "</(p|div|span|td|th|tr|h[1-6]|li|ul|ol|font|b|strong|em|i|u|a|section|article|center|o:p)\\s*>|<br\\s*/?>");

    private Readers() {
    }

    /** The reader for the file, without the template's words (a reader's own tests). */
    public static Choice choose(Path file) throws IOException {
        return choose(file, nianbao.document.ReadingWords.NONE);
    }

    /** The reader for the file, chosen by its content; text and PDF readers see structure by {@code words}. */
    public static Choice choose(Path file, nianbao.document.ReadingWords words) throws IOException {
        byte[] head = readHead(file, 4096);
        if (startsWith(head, "%PDF".getBytes(StandardCharsets.US_ASCII))) {
            return Choice.use(new PdfReader(words));
        }
        if (startsWith(head, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0})) {
            return chooseOle2(file);
        }
        if (startsWith(head, new byte[] {'P', 'K', 3, 4})) {
            return chooseZip(file);
        }
        if (startsWith(head, new byte[] {(byte) 0x89, 'P', 'N', 'G'})
                || startsWith(head, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})
                || startsWith(head, "GIF8".getBytes(StandardCharsets.US_ASCII))) {
            return Choice.skip("该文件是图片，不是年度报告文本，已跳过。");
        }
        if (startsWith(head, "{\\rtf".getBytes(StandardCharsets.US_ASCII))) {
            return Choice.skip("该文件是 RTF 格式，请在 Word 或 WPS 中另存为 .docx 后再检查，已跳过。");
        }
        if (looksBinary(head)) {
            return Choice.skip("该文件不是可识别的文本、Word、PDF 或网页格式，已跳过。");
        }
        String start = new String(head, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        String trimmed = start.replaceFirst("^(\u00ef\u00bb\u00bf)?\\s*", "");
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            // findings.json of an earlier run, or another tool's data: never a report.
            return Choice.skip("该文件是 JSON 数据文件，不是年度报告，已跳过。");
        }
        if (looksLikeHtml(start)) {
            return Choice.use(new HtmlReader());
        }
        return Choice.use(new TextReader(words));
    }

    /**
     * A page, or a fragment of one: a CMS export or a partly saved page has no {@code <html>} or
     * {@code <body>}, and Word's clipboard HTML starts with {@code <!--StartFragment-->}, but all of them
     * close their paragraphs, cells and runs. Three tags of HTML elements in the first 4 KB, one of them
     * a closing tag, never happen in a plain-text report and always in a fragment (a text file with a few
     * stray {@code <br>} left by a CMS is still text: HTML would run its lines together).
     */
    static boolean looksLikeHtml(String lowerCaseHead) {
        if (lowerCaseHead.contains("<html") || lowerCaseHead.contains("<!doctype html") || lowerCaseHead.contains("<body")
                || lowerCaseHead.contains("<table") || lowerCaseHead.contains("<meta")) {
            return true;
        }
        java.util.regex.Matcher m = HTML_TAG.matcher(lowerCaseHead);
        int tags = 0;
        boolean closing = false;
        while ((tags < 3 || !closing) && m.find()) {
            tags++;
            closing |= m.group().startsWith("</");
        }
        return tags >= 3 && closing;
    }

    /** Old Office files share one container: only a Word document is a report; a workbook is skipped. */
    private static Choice chooseOle2(Path file) {
        try (InputStream in = Files.newInputStream(file);
             org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem(in)) {
            org.apache.poi.poifs.filesystem.DirectoryNode root = fs.getRoot();
            if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
                return Choice.skip("该文件是电子表格（.xls），不是年度报告，已跳过。");
            }
            if (root.hasEntry("PowerPoint Document")) {
                return Choice.skip("该文件是演示文稿（.ppt），不是年度报告，已跳过。");
            }
        } catch (IOException | RuntimeException e) {
            // Let the Word reader say in its own words why the file cannot be read.
        }
        return Choice.use(new DocReader());
    }

    private static Choice chooseZip(Path file) {
        // The central directory, not a stream: POI and Excel write entries a ZipInputStream cannot read.
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            if (zip.getEntry("word/document.xml") != null) {
                return Choice.use(new DocxReader());
            }
            if (zip.getEntry("content.xml") != null || zip.getEntry("mimetype") != null) {
                return Choice.skip("该文件是 OpenDocument（.odt 等）格式，请另存为 .docx 后再检查，已跳过。");
            }
            boolean excel = zip.stream().anyMatch(e -> e.getName().startsWith("xl/"));
            return Choice.skip(excel ? "该文件是电子表格，不是年度报告，已跳过。" : "该文件是压缩包，请解压后再检查，已跳过。");
        } catch (IOException e) {
            return Choice.skip("该文件是损坏的压缩文件，无法识别，已跳过。");
        }
    }

    private static byte[] readHead(Path file, int max) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(max);
        }
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** NUL bytes do not occur in UTF-8 or GB18030 text (UTF-16 would need its own reader). */
    private static boolean looksBinary(byte[] head) {
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }
}
