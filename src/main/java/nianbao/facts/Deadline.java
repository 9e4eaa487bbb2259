package nianbao.facts;

import java.time.LocalDate;

/**
 * The legal (or configured local) publication deadline for the report, from rules/templates/deadlines.json.
 *
 * @param bodyKind "government" or "department" (a township has no national deadline, so no Deadline fact)
 * @param date     the last day the report may be published
 * @param certain  the title names the kind of body itself ("…县人民政府", "…局"); false when it was inferred
 *                 ("合水县2020年…" is read as the county government's report)
 * @param legal    the date is the 条例's own; false when it comes from a provincial or city override
 * @param basis    where the deadline comes from, for the finding ("条例第四十九条第二款：3月31日前")
 */
public record Deadline(String bodyKind, LocalDate date, boolean certain, boolean legal, String basis) {
}
