package nianbao.findings;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The outcome for one input file.
 *
 * @param status "checked", "unreadable" or "skipped"
 * @param error  why the file could not be read or was skipped, one plain Chinese sentence; null when checked
 * @param reader the reader that read it ("text", "docx" …), null when none could
 */
@JsonPropertyOrder({"file", "office", "year", "template", "status", "error", "reader", "findings"})
public record ReportResult(String file, String office, Integer year, String template, String status, String error,
                           String reader, List<Finding> findings) {
    public ReportResult {
        findings = findings.stream().sorted().toList();
    }

    public static ReportResult unreadable(String file, String reader, String reason) {
        return new ReportResult(file, null, null, null, "unreadable", reason, reader, List.of());
    }

    public static ReportResult skipped(String file, String reason) {
        return new ReportResult(file, null, null, null, "skipped", reason, null, List.of());
    }

    public long count(String severity) {
        return findings.stream().filter(f -> f.severity().equals(severity)).count();
    }
}
