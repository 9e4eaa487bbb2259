package nianbao.facts;

import java.math.BigDecimal;
import java.util.List;

/**
 * A rate or share stated in the prose ("办结32件，办复率55.1%", "不予公开5件，占6.17%"), with the counts it may
 * have been computed from.
 *
 * @param rate      the stated percentage, as written (55.1 for "55.1%")
 * @param written   the percentage as written, with its words ("办复率55.1%")
 * @param readings  the count pairs the sentence allows (numerator, denominator); the first is the plainest
 *                  reading and is the one a finding names
 * @param sentence  the sentence it came from
 * @param section   the numeral of the section ("" for the preamble)
 * @param roundings how a rate may be cut to the decimals written, as {@link java.math.RoundingMode} names
 *                  ("HALF_UP", "DOWN"): the tolerance of templates/prose.json (rates.roundings), which the rule
 *                  CON-TEXT-RATE applies
 */
public record RateStatement(BigDecimal rate, String written, List<RateReading> readings, String sentence, String section,
                            List<String> roundings) implements Placed {
    /** Its section; its evidence is the sentence. */
    @Override
    public Place place() {
        return Place.ofSection(section).evidence(sentence);
    }

    public RateStatement {
        readings = List.copyOf(readings);
        roundings = List.copyOf(roundings);
    }

    /**
     * The plainest reading: the rate the finding says it should be, rounded half up to the decimals written
     * (two more when that rounding gives the written rate itself, as 1500/1501 gives "100%").
     */
    public BigDecimal expected() {
        RateReading r = readings.get(0);
        int scale = Math.max(0, rate.scale());
        BigDecimal e = r.rounded(scale);
        return e.compareTo(rate) == 0 ? r.rounded(scale + 2) : e;
    }
}
