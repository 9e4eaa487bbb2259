package nianbao.analysis;

import java.util.List;
import nianbao.engine.RuleFailure;
import nianbao.findings.BatchResult;
import nianbao.findings.ReportResult;

/**
 * The outcome of a batch: the whole result, for the renderers, and what the terminal says of it (a line
 * per file, the rules switched off, whether any file had findings or could not be read).
 */
public record BatchRun(BatchResult result) {
    /**
     * One file as the summary shows it: its status ("checked", "skipped", "unreadable"), its counts, the
     * reason it was not checked, and the messages of the rules that failed on it (the check is incomplete).
     */
    public record Line(String file, String status, long errors, long warnings, long infos, String error,
                       List<String> ruleFailures) {
    }

    /** The files in the order of the results. */
    public List<Line> lines() {
        return result.reports().stream().map(BatchRun::line).toList();
    }

    private static Line line(ReportResult r) {
        return new Line(r.file(), r.status(), r.count("error"), r.count("warning"), r.count("info"), r.error(),
                r.findings().stream().filter(f -> f.ruleId().equals(RuleFailure.RULE_ID)).map(f -> f.message()).toList());
    }

    /** The rules switched off in settings.xlsx, not checked. */
    public List<String> rulesOff() {
        return result.rulesOff();
    }

    public boolean anyFindings() {
        return result.anyFindings();
    }

    public boolean anyUnreadable() {
        return result.anyUnreadable();
    }
}
