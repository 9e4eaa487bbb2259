package nianbao.findings;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * The outcome for one input file.
 *
 * @param status "checked", "unreadable" or "skipped"
 * @param error  why the file could not be read or was skipped, one plain Chinese sentence; null when checked
 * @param reader the reader that read it ("text", "docx" …), null when none could
 * @param reading what was read (identification, sections, table grids) when checked, else null; not part of
 *                findings.json, whose format stays as it was
 */
@JsonPropertyOrder({"file", "office", "year", "template", "status", "error", "reader", "findings"})
public record ReportResult(String file, String office, Integer year, String template, String status, String error,
                           String reader, @JsonIgnore List<Finding> findings, @JsonIgnore Map<String, Review> reviews,
                           @JsonIgnore Reading reading) {
    public ReportResult {
        findings = findings.stream().sorted().toList();
        reviews = Map.copyOf(reviews);
    }

    /** How the file was read when that was not plain (bytes replaced, a charset overruled); in the JSON. */
    @com.fasterxml.jackson.annotation.JsonProperty("readingNotes")
    public List<String> readingNotes() {
        return reading == null ? List.of() : reading.notes();
    }

    public ReportResult(String file, String office, Integer year, String template, String status, String error,
                        String reader, List<Finding> findings) {
        this(file, office, year, template, status, error, reader, findings, Map.of(), null);
    }

    public ReportResult(String file, String office, Integer year, String template, String status, String error,
                        String reader, List<Finding> findings, Map<String, Review> reviews) {
        this(file, office, year, template, status, error, reader, findings, reviews, null);
    }

    /** The same result with what was read from the report (the grids the office workbook lays out). */
    public ReportResult withReading(Reading read) {
        return new ReportResult(file, office, year, template, status, error, reader, findings, reviews, read);
    }

    /**
     * The same result without the grids read from its tables (kept only for the per-office workbooks), but with
     * its reading notes, which findings.json carries.
     */
    public ReportResult withoutGrids() {
        if (reading == null) {
            return this;
        }
        Reading notesOnly = reading.notes().isEmpty() ? null
                : new Reading(null, null, null, null, List.of(), List.of(), reading.notes());
        return new ReportResult(file, office, year, template, status, error, reader, findings, reviews, notesOnly);
    }

    /** The same result with more findings (cross-year checks) added. */
    public ReportResult withFindings(List<Finding> more) {
        List<Finding> all = new java.util.ArrayList<>(findings);
        all.addAll(more);
        return new ReportResult(file, office, year, template, status, error, reader, all, reviews, reading);
    }

    /** The same result with the supervisor's earlier decisions attached, keyed by {@link FindingId}. */
    public ReportResult withReviews(Map<String, Review> byId) {
        return new ReportResult(file, office, year, template, status, error, reader, findings, byId, reading);
    }

    /** The supervisor's earlier decision on this finding, or null. */
    public Review review(Finding f) {
        return reviews.isEmpty() ? null : reviews.get(FindingId.of(this, f)); // no digest without a review
    }

    public static ReportResult unreadable(String file, String reader, String reason) {
        return new ReportResult(file, null, null, null, "unreadable", reason, reader, List.of());
    }

    public static ReportResult skipped(String file, String reason) {
        return new ReportResult(file, null, null, null, "skipped", reason, null, List.of());
    }

    /**
     * Whether this finding goes to the office and counts: every finding does except one the supervisor
     * dismissed as 误报 in an earlier review. The one test every count, the exit code and the office's
     * workbook use; a dismissed finding stays (greyed) only in the supervisor's own 问题清单.
     */
    public boolean forwarded(Finding f) {
        if (!anyDismissed()) {
            return true; // no digest to compute for a report without a 误报
        }
        Review r = review(f);
        return r == null || !r.dismissed();
    }

    /** The findings that go to the office and count ({@link #forwarded}), in their order. */
    public List<Finding> forwardedFindings() {
        return !anyDismissed() ? findings : findings.stream().filter(this::forwarded).toList();
    }

    /** The findings dismissed as 误报 in an earlier review, in their order. */
    public List<Finding> dismissedFindings() {
        return !anyDismissed() ? List.of() : findings.stream().filter(f -> !forwarded(f)).toList();
    }

    private boolean anyDismissed() {
        return !reviews.isEmpty() && reviews.values().stream().anyMatch(Review::dismissed);
    }

    /** The same result with only the forwarded findings: what the office's own workbook shows. */
    public ReportResult forwardedOnly() {
        List<Finding> kept = forwardedFindings();
        return kept.size() == findings.size() ? this
                : new ReportResult(file, office, year, template, status, error, reader, kept,
                        reviews.entrySet().stream().filter(e -> !e.getValue().dismissed())
                                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)),
                        reading);
    }

    /** The forwarded findings of this severity (a 误报 counts nowhere). */
    public long count(String severity) {
        return forwardedFindings().stream().filter(f -> f.severity().equals(severity)).count();
    }

    /** A finding in findings.json: its fields, and the decision carried over from a review when there is one. */
    public record JsonFinding(@com.fasterxml.jackson.annotation.JsonUnwrapped Finding finding,
                              @com.fasterxml.jackson.annotation.JsonInclude(
                                      com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) Review review) {
    }

    /** Every finding, dismissed ones included, each with its carried-over decision (findings.json). */
    @com.fasterxml.jackson.annotation.JsonProperty("findings")
    public List<JsonFinding> jsonFindings() {
        return findings.stream().map(f -> new JsonFinding(f, review(f))).toList();
    }
}
