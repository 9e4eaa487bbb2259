package nianbao.facts;

/**
 * One report of a batch, for the checks across years (the batch session): which office, which year, which
 * file. Only inserted into the batch session, so the per-report rules never see it.
 */
public record YearlyReport(String file, String office, int year, String template) {
}
