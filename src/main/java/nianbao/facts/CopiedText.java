package nianbao.facts;

/**
 * Two reports of different offices in one batch whose prose is largely the same, beyond the template's
 * fixed wording (batch session only). There is one such fact on each of the two reports.
 *
 * @param file        the report the finding belongs to
 * @param otherFile   the other office's report
 * @param otherOffice the other office
 * @param percent     the same characters / characters of the shorter of the two (template wording left out),
 *                    in whole per cent
 * @param passage     the longest run of consecutive shared sentences of this report, cut to about 80 characters
 *                    ("" below the threshold)
 */
public record CopiedText(String file, String office, String otherFile, String otherOffice, int percent,
                         String passage) implements Placed {
    @Override
    public Place place() {
        return Place.ofReport().inFile(file);
    }
}
