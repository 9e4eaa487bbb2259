package nianbao.facts;

import java.time.LocalDate;

/**
 * A date the report or its page shows.
 *
 * @param kind   "publish" (the page's 发布日期/发布时间) or "sign" (成文日期, or the 落款 date under the office name)
 * @param date   the date
 * @param source the line it was read from, quoted as evidence
 */
public record ReportDate(String kind, LocalDate date, String source) implements Placed {
    /** The report as a whole; its evidence is the line the date was read from. */
    @Override
    public Place place() {
        return Place.ofReport().evidence(source);
    }
}
