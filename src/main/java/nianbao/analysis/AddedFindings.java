package nianbao.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import nianbao.findings.Finding;
import nianbao.findings.ReportResult;
import nianbao.findings.SpooledReports;

/**
 * Puts the findings of a check on the batch (across years, copies, parent and parts) on the reports they belong
 * to, by file name. A batch's results on disk ({@link SpooledReports}) are changed in place, and only the reports
 * that get findings are read back: a check that finds nothing costs nothing, whatever the batch's size. Any
 * other list is copied, so what the caller passed stays as it was.
 */
final class AddedFindings {
    private AddedFindings() {
    }

    static List<ReportResult> to(List<ReportResult> results, Map<String, ? extends Collection<Finding>> extra) {
        if (extra.isEmpty()) {
            return results;
        }
        if (results instanceof SpooledReports spool) {
            for (int i = 0; i < spool.size(); i++) {
                Collection<Finding> more = extra.get(spool.file(i));
                if (more != null && !more.isEmpty()) {
                    spool.set(i, spool.get(i).withFindings(new ArrayList<>(more)));
                }
            }
            return spool;
        }
        List<ReportResult> out = new ArrayList<>(results.size());
        for (ReportResult r : results) {
            Collection<Finding> more = extra.get(r.file());
            out.add(more == null || more.isEmpty() ? r : r.withFindings(new ArrayList<>(more)));
        }
        return out;
    }
}
