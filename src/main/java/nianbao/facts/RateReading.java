package nianbao.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** One way of reading a stated rate: numerator / denominator × 100. */
public record RateReading(long numerator, long denominator) {

    /** The percentage rounded half up to {@code scale} decimals. */
    public BigDecimal rounded(int scale) {
        return percent().setScale(Math.max(0, scale), RoundingMode.HALF_UP);
    }

    /** The percentage taken to {@code scale} decimals by the named {@link RoundingMode} ("HALF_UP", "DOWN"). */
    public BigDecimal percent(int scale, String rounding) {
        return percent().setScale(Math.max(0, scale), RoundingMode.valueOf(rounding));
    }

    /** The percentage cut (not rounded) to {@code scale} decimals. */
    public BigDecimal truncated(int scale) {
        return percent().setScale(Math.max(0, scale), RoundingMode.DOWN);
    }

    private BigDecimal percent() {
        return BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(denominator), 10, RoundingMode.HALF_UP);
    }
}
