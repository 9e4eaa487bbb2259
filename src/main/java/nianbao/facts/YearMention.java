package nianbao.facts;

/**
 * A year the report names where it should be the report's own year.
 *
 * @param year     the year named
 * @param kind     "lead": a sentence of 总体情况 or 存在的主要问题 that opens with the year and describes the
 *                 year's work ("2020年，我县坚持…"); "pageTitle": the portal page's own title (标题：…)
 * @param sentence the sentence (or line) it is named in
 * @param section  the numeral of the section ("" outside the sections)
 */
public record YearMention(int year, String kind, String sentence, String section) implements Placed {
    /** Its section (the report as a whole outside the sections: a page title, the preamble); its evidence is the sentence. */
    @Override
    public Place place() {
        return Place.ofSection(section).evidence(sentence);
    }
}
