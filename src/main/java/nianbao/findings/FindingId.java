package nianbao.findings;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A stable identity for a finding across runs: the rule, the report's identity (office and year, not the
 * file name, which changes when a county resubmits), the place and the values. Not its row number, so a
 * review made on last week's workbook finds the same finding again.
 */
public final class FindingId {
    private FindingId() {
    }

    public static String of(ReportResult report, Finding f) {
        String identity = report.office() != null && !report.office().isEmpty() && report.year() != null
                ? report.office() + "|" + report.year() : report.file();
        String key = String.join("\u001f", f.ruleId(), identity, f.section(), f.table(), f.row(), f.column(),
                String.valueOf(f.expected()), String.valueOf(f.actual()));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
