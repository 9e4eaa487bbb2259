package nianbao.analysis;

import java.util.List;
import nianbao.engine.RuleFailure;
import nianbao.findings.BatchResult;
import nianbao.findings.ReportResult;

/**
 * The outcome of a batch: the whole result, for the renderers, and what the terminal says of it (a line
 * per file, the rules switched off, whether any file had findings or could not be read).
 */
public record BatchRun(BatchResult result, int reviewFiles, int reviewConflicts, int reviewedOutsideBatch) {
    /** A batch checked without --review. */
    public BatchRun(BatchResult result) {
        this(result, 0, 0, 0);
    }

    /**
     * One file as the summary shows it: its status ("checked", "skipped", "unreadable"), its counts, the
     * reason it was not checked, and the messages of the rules that failed on it (the check is incomplete).
     */
    public record Line(String file, String status, long errors, long warnings, long infos, String error,
                       List<String> ruleFailures, long dismissed) {
    }

    /** The files in the order of the results. */
    public List<Line> lines() {
        return result.reports().stream().map(BatchRun::line).toList();
    }

    private static Line line(ReportResult r) {
        return new Line(r.file(), r.status(), r.count("error"), r.count("warning"), r.count("info"), r.error(),
                r.forwardedFindings().stream().filter(f -> f.ruleId().equals(RuleFailure.RULE_ID)).map(f -> f.message())
                        .toList(), r.dismissedFindings().size());
    }

    /** The rules switched off in settings.xlsx, not checked. */
    public List<String> rulesOff() {
        return result.rulesOff();
    }

    /** Whether --review workbooks were given. */
    public boolean reviewed() {
        return reviewFiles > 0;
    }

    /** Findings of this run that carry a decision (or a remark) over from the review workbooks. */
    public long carriedOver() {
        return result.reports().stream().mapToLong(r -> r.findings().stream().filter(f -> r.review(f) != null).count())
                .sum();
    }

    /** Findings dismissed as 误报: listed greyed for the supervisor, counted nowhere. */
    public long dismissed() {
        return result.reports().stream().mapToLong(r -> r.dismissedFindings().size()).sum();
    }

    /** Findings of the review workbooks that this run no longer reports. */
    public int resolved() {
        return result.resolved().size();
    }

    /** Whether any report has a finding that counts (a 误报 does not). */
    public boolean anyFindings() {
        return result.anyFindings();
    }

    public boolean anyUnreadable() {
        return result.anyUnreadable();
    }
}
