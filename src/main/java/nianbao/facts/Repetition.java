package nianbao.facts;

/**
 * How much of one report's prose repeats its office's report of the year before (batch session only): the
 * sentences of sections 一 … 六, each without numbers, dates, years, the office's name, spaces and punctuation,
 * that occur anywhere in the previous year's report.
 *
 * @param file         the report (this year's)
 * @param previousFile the office's report of the year before it was compared with
 * @param percent      repeated characters / characters of the prose, in whole per cent (rounded)
 * @param sections     the share per section, e.g. "一 92%，二 100%"
 * @param passage      the longest run of consecutive repeated sentences, cut to about 80 characters
 *                     ("" when the report is not above the threshold: it is read again only then)
 */
public record Repetition(String file, String office, int year, String previousFile, int percent, String sections,
                         String passage) implements Placed {
    @Override
    public Place place() {
        return Place.ofReport().inFile(file);
    }
}
