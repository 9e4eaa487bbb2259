package nianbao.read;

/**
 * The readers for Word, PDF and web pages, handed out by {@link Readers} after it has sniffed a file's
 * bytes. Each reader is stateless, so one instance per call is cheap and safe to use from any thread.
 */
final class FormatReaders {
    private FormatReaders() {
    }

    static ReportReader docx() {
        return new DocxReader();
    }

    static ReportReader doc() {
        return new DocReader();
    }

    static ReportReader pdf() {
        return new PdfReader();
    }

    static ReportReader html() {
        return new HtmlReader();
    }
}
