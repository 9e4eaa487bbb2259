package nianbao.findings;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A stable identity for a finding across runs (编号): the rule, the report (its office and year, and the file as
 * the results show it), the place and the values. Not its row number, so a review made on last week's workbook
 * finds the same finding again; and not the office and year alone, so two copies of one office's report in a
 * batch (a resubmission beside the first, a .doc and a .pdf of it) never share a 编号 and each keeps its own
 * decisions.
 *
 * <p>{@link #ofOfficeYear} is the identity without the file (the 编号 of workbooks written before the file was
 * part of it, kept in 问题清单's hidden column 机关年度编号): a resubmission under a new file name is found by it.
 */
public final class FindingId {
    private FindingId() {
    }

    /** The 编号: rule, office and year, file, place and values. */
    public static String of(ReportResult report, Finding f) {
        return digest(key(f, identity(report) + "\u001e" + report.file()));
    }

    /** The office-year key: the 编号 as it was before the file was part of it (the file only without office or year). */
    public static String ofOfficeYear(ReportResult report, Finding f) {
        return digest(key(f, identity(report)));
    }

    private static String identity(ReportResult report) {
        return report.office() != null && !report.office().isEmpty() && report.year() != null
                ? report.office() + "|" + report.year() : report.file();
    }

    private static String key(Finding f, String identity) {
        return String.join("\u001f", f.ruleId(), identity, f.section(), f.table(), f.row(), f.column(),
                String.valueOf(f.expected()), String.valueOf(f.actual()));
    }

    private static String digest(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
