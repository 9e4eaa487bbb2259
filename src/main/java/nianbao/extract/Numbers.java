package nianbao.extract;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nianbao.document.Texts;

/** Reads the number in a table cell: full-width digits, thousands separators, signs, units, notes. */
final class Numbers {
    private static final Pattern NUMBER = Pattern.compile("^([+\\-−－]?)(\\d[\\d,，]*(?:\\.\\d+)?)");

    private Numbers() {
    }

    /** The decimal number at the start of the cell, or null when the cell does not start with one. */
    static BigDecimal parse(String raw) {
        if (raw == null) {
            return null;
        }
        String t = Texts.noSpace(Texts.nfkc(raw));
        Matcher m = NUMBER.matcher(t);
        if (!m.find()) {
            return null;
        }
        BigDecimal n = new BigDecimal(m.group(2).replace(",", "").replace("，", ""));
        return m.group(1).isEmpty() || m.group(1).equals("+") ? n : n.negate();
    }

    /** The whole number, or null when the cell holds none or a fraction. */
    static Long whole(BigDecimal n) {
        if (n == null) {
            return null;
        }
        try {
            return n.stripTrailingZeros().longValueExact();
        } catch (ArithmeticException fraction) {
            return null;
        }
    }
}
