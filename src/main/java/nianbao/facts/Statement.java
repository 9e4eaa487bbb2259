package nianbao.facts;

/**
 * A number the prose states about something table 三 also counts.
 *
 * @param kind      received, handled, granted, partial, refused, unable, notProcessed, carriedOver
 * @param rowPrefix the table 三 rows it is compared with: every row whose key starts with it
 * @param rowLabel  the template label of those rows, for the finding's place
 * @param value     the stated number
 * @param sentence  the sentence it came from
 * @param section   the numeral of the section the sentence is in ("" for the preamble)
 */
public record Statement(String kind, String rowPrefix, String rowLabel, long value, String sentence, String section) {
}
