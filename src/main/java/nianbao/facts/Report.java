package nianbao.facts;

import java.time.LocalDate;

/**
 * The report as a whole.
 *
 * @param template            the format version the report follows ("2019", "2021") or null when unknown
 * @param tableTwoTemplate    the version table 二's labels follow, or null
 * @param tableThreeTemplate  the version table 三's rows follow, or null
 * @param claimedParts        the number of parts the preamble says the report has (本报告由…六个部分组成), or null
 * @param sectionsFound       how many of the six sections were found
 * @param periodFrom          the statistics period stated in the report, or null when none is stated
 * @param asksFeeStatement    the report's format asks section 六 to state the 信息处理费 (the template's
 *                            {@code feeStatement}: the 2021 form adds it); false when the format is unknown
 * @param countsValid         the report's format counts 现行有效件数 in table 二 (the template's {@code validCount}:
 *                            the 2021 form adds it); false when the format is unknown
 * @param prescribedTemplate  the version the templates prescribe for the report's year (their {@code appliesToYears}),
 *                            or null when the year is unknown
 */
public record Report(String file, String office, Integer year, String title, String template,
                     String tableTwoTemplate, String tableThreeTemplate, String bodyKind,
                     Integer claimedParts, String claimText, int sectionsFound,
                     String periodText, LocalDate periodFrom, LocalDate periodTo,
                     LocalDate publishDate, LocalDate signDate, boolean asksFeeStatement, boolean countsValid,
                     String prescribedTemplate)
        implements Placed {
    /** The report as a whole. */
    @Override
    public Place place() {
        return Place.ofReport();
    }
}
