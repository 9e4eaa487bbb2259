package nianbao.findings;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Comparator;
import java.util.List;

/**
 * The outcome of one run: every file, ordered by path, the fingerprint of the rules used, and the rules
 * the supervisor switched off (so nobody mistakes "not checked" for "no problem").
 */
@JsonPropertyOrder({"formatVersion", "rulesFingerprint", "rulesOff", "reports"})
public record BatchResult(int formatVersion, String rulesFingerprint, List<String> rulesOff, List<ReportResult> reports,
                          @JsonIgnore List<RuleInfo> rules, @JsonIgnore List<ResolvedFinding> resolved,
                          @JsonIgnore java.time.Instant checkedAt, @JsonIgnore List<ContentPrint> prints,
                          @JsonIgnore List<ReportingLine> submissions) {
    public BatchResult {
        if (prints instanceof Spooled<?> spool) {
            spool.sortByFile(); // where they lie: a copy would bring them all back into memory
        } else {
            prints = prints == null ? List.of() : prints.stream().sorted(Comparator.comparing(ContentPrint::file)).toList();
        }
        submissions = submissions == null ? List.of() : List.copyOf(submissions);
        if (reports instanceof Spooled<?> spool) {
            spool.sortByFile(); // where they lie: a copy would bring them all back into memory
        } else {
            reports = reports.stream().sorted(Comparator.comparing(ReportResult::file)).toList();
        }
        rulesOff = rulesOff.stream().sorted().toList();
        rules = List.copyOf(rules);
        resolved = List.copyOf(resolved);
    }

    public BatchResult(int formatVersion, String rulesFingerprint, List<String> rulesOff, List<ReportResult> reports,
                       List<RuleInfo> rules) {
        this(formatVersion, rulesFingerprint, rulesOff, reports, rules, List.of(), null, List.of(), List.of());
    }

    public BatchResult(int formatVersion, String rulesFingerprint, List<ReportResult> reports) {
        this(formatVersion, rulesFingerprint, List.of(), reports, List.of());
    }

    /** The same batch with the findings a --review workbook had that this run no longer reports. */
    public BatchResult withResolved(List<ResolvedFinding> resolvedFindings, java.time.Instant at) {
        return new BatchResult(formatVersion, rulesFingerprint, rulesOff, reports, rules, resolvedFindings, at, prints,
                submissions);
    }

    /** The same batch with the lines of 报送情况 (the offices the 机构 sheet expects, and how each reported). */
    public BatchResult withSubmissions(List<ReportingLine> lines) {
        return new BatchResult(formatVersion, rulesFingerprint, rulesOff, reports, rules, resolved, checkedAt, prints, lines);
    }

    /** The same batch with the content print of each checked report (the workbook keeps them, hidden). */
    public BatchResult withPrints(List<ContentPrint> contentPrints) {
        return new BatchResult(formatVersion, rulesFingerprint, rulesOff, reports, rules, resolved, checkedAt, contentPrints,
                submissions);
    }

    /** Whether any report has a finding that counts: those dismissed as 误报 do not. */
    public boolean anyFindings() {
        return reports.stream().anyMatch(r -> !r.forwardedFindings().isEmpty());
    }

    public boolean anyUnreadable() {
        return reports.stream().anyMatch(r -> r.status().equals("unreadable"));
    }
}
