package nianbao.facts;

/**
 * What section 六 says about the 信息处理费 (国办函〔2020〕109号). One per report that has a section 六.
 *
 * @param mentioned section 六 names the fee at all
 * @param stated    it says how much was collected, or that none was (an explicit nil such as "未收取")
 * @param sentence  the sentence that names the fee, or section 六's whole text when none does
 */
public record FeeStatement(boolean mentioned, boolean stated, String sentence) implements Placed {
    /** Section 六, where the fee is to be stated; its evidence is the sentence. */
    @Override
    public Place place() {
        return Place.ofSection("六").evidence(sentence);
    }
}
