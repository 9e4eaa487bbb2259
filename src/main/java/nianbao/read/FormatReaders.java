package nianbao.read;

import java.nio.file.Path;
import nianbao.document.Document;

/**
 * The readers for Word, PDF and web pages. Until a format's reader exists the file is reported as
 * unreadable with a plain reason, never as an empty report.
 */
final class FormatReaders {
    private FormatReaders() {
    }

    static ReportReader docx() {
        return notYet("docx", "Word（.docx）");
    }

    static ReportReader doc() {
        return notYet("doc", "Word（.doc）");
    }

    static ReportReader pdf() {
        return notYet("pdf", "PDF");
    }

    static ReportReader html() {
        return notYet("html", "网页（.html）");
    }

    private static ReportReader notYet(String name, String label) {
        return new ReportReader() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Document read(Path file) throws UnreadableException {
                throw new UnreadableException("本版本尚不能读取" + label + "格式的报告，请另存为文本后再检查。");
            }
        };
    }
}
