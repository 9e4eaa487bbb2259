package nianbao.read;

import java.nio.file.Path;
import nianbao.document.Document;

/** Reads one file format into the common document model. */
public interface ReportReader {
    /** Short name of the format, reported in the output ("text", "docx", …). */
    String name();

    /**
     * Reads the file. Never modifies it.
     *
     * @throws UnreadableException with a one-sentence Chinese reason when the file cannot be read as a report
     */
    Document read(Path file) throws UnreadableException;
}
