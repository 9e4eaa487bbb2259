package nianbao.findings;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Comparator;
import java.util.List;

/** The outcome of one run: every file, ordered by path, and the fingerprint of the rules used. */
@JsonPropertyOrder({"formatVersion", "rulesFingerprint", "reports"})
public record BatchResult(int formatVersion, String rulesFingerprint, List<ReportResult> reports) {
    public BatchResult {
        reports = reports.stream().sorted(Comparator.comparing(ReportResult::file)).toList();
    }

    public boolean anyFindings() {
        return reports.stream().anyMatch(r -> !r.findings().isEmpty());
    }

    public boolean anyUnreadable() {
        return reports.stream().anyMatch(r -> r.status().equals("unreadable"));
    }
}
