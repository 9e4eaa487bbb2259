package nianbao.facts;

import java.util.List;

/**
 * A total stated in the prose followed by its parts ("主动公开信息9452条，其中网站2043条、微信6729条、其他680条").
 *
 * @param total       the stated total
 * @param unit        the measure word the total and its parts share (条, 件 …)
 * @param parts       the parts' numbers, in order
 * @param sum         the parts' sum
 * @param exhaustive  the enumeration closes with "其他…" (or the like), so the parts claim to be the whole total
 * @param explicit    the parts were introduced as parts ("其中", "包括"), not merely listed after the total
 * @param approximate the total or a part is approximate ("8234多条", "200余件")
 * @param missing     the clause of a part written without its number ("政务微博公开条"), "" when none
 * @param sentence    the sentence(s) the total and the parts come from
 * @param section     the numeral of the section ("" for the preamble)
 */
public record PartsStatement(long total, String unit, List<Long> parts, long sum, boolean exhaustive, boolean explicit,
                             boolean approximate, String missing, String sentence, String section) implements Placed {
    /** Its section; its evidence is the sentence. */
    @Override
    public Place place() {
        return Place.ofSection(section).evidence(sentence);
    }

    public PartsStatement {
        parts = List.copyOf(parts);
    }

    /** What the clause without a number must hold for the parts to make the total. */
    public long remainder() {
        return total - sum;
    }
}
