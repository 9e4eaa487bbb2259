package nianbao.analysis;

import nianbao.findings.ReportResult;

/** The outcome of one report (./check show): the result, for the renderers, and whether it was checked. */
public record ReportRun(ReportResult result) {
    /** "checked", "skipped" or "unreadable". */
    public String status() {
        return result.status();
    }

    /** Why a file was skipped or could not be read; null for a checked one. */
    public String error() {
        return result.error();
    }
}
