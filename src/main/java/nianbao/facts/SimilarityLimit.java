package nianbao.facts;

/**
 * The thresholds of the sheet 相似度 in rules/settings.xlsx, handed to the similarity rules as one fact (batch
 * session only), in per cent: a finding is raised above them. A check that is switched off is not measured
 * at all (its threshold here is then 100).
 *
 * @param lastYear    share of a report's prose repeated from its office's report of the year before
 * @param otherOffice share of prose the same as another office's report (template wording left out)
 */
public record SimilarityLimit(int lastYear, int otherOffice) {
}
