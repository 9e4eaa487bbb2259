package nianbao.read;

import java.util.Locale;

/**
 * Writes a list counter the way Word draws it in one of its number formats, named as in OOXML's
 * {@code ST_NumberFormat} ({@code decimal}, {@code chineseCountingThousand}, …). Binary .doc files number
 * their formats in the same order (MS-DOC's nfc is the OOXML enumeration's position), so both readers
 * share this class.
 *
 * <p>Word has two Chinese counting styles and county offices use both: {@code chineseCountingThousand}
 * (and the Taiwanese and Japanese counting formats) count with 十/百/千, so 10 is 十 and 11 is 十一, while
 * {@code chineseCounting} and {@code ideographDigital} write digit by digit, so 10 is 一〇 (the well-known
 * "九、一〇、" of Word lists). {@code ideographTraditional} is the heavenly stems 甲乙丙…, not 一二三. A
 * format this class does not know, or a counter out of a format's range, is written in decimal: the
 * paragraph still gets a numeral, which is better than silently losing it.
 */
final class Numerals {
    private static final String DIGITS = "〇一二三四五六七八九";
    private static final String LEGAL_DIGITS = "零壹贰叁肆伍陆柒捌玖";
    private static final String LEGAL_TRADITIONAL_DIGITS = "零壹貳參肆伍陸柒捌玖";
    private static final String STEMS = "甲乙丙丁戊己庚辛壬癸";
    private static final String BRANCHES = "子丑寅卯辰巳午未申酉戌亥";

    /** MS-DOC's number format codes (nfc) 0…0x2F, which follow the order of OOXML's ST_NumberFormat. */
    private static final String[] MSO_FORMATS = {
        "decimal", "upperRoman", "lowerRoman", "upperLetter", "lowerLetter", "ordinal", "cardinalText",
        "ordinalText", "hex", "chicago", "ideographDigital", "japaneseCounting", "aiueo", "iroha",
        "decimalFullWidth", "decimalHalfWidth", "japaneseLegal", "japaneseDigitalTenThousand",
        "decimalEnclosedCircle", "decimalFullWidth2", "aiueoFullWidth", "irohaFullWidth", "decimalZero", "bullet",
        "ganada", "chosung", "decimalEnclosedFullstop", "decimalEnclosedParen", "decimalEnclosedCircleChinese",
        "ideographEnclosedCircle", "ideographTraditional", "ideographZodiac", "ideographZodiacTraditional",
        "taiwaneseCounting", "ideographLegalTraditional", "taiwaneseCountingThousand", "taiwaneseDigital",
        "chineseCounting", "chineseLegalSimplified", "chineseCountingThousand", "koreanDigital", "koreanCounting",
        "koreanLegal", "koreanDigital2", "vietnameseCounting", "russianLower", "russianUpper",
    };

    private Numerals() {
    }

    /** The OOXML name of a .doc number format code; 0xFF is "none", an unknown code decimal. */
    static String msoFormat(int nfc) {
        if (nfc == 0xFF) {
            return "none";
        }
        return nfc >= 0 && nfc < MSO_FORMATS.length ? MSO_FORMATS[nfc] : "decimal";
    }

    /** The counter in the named format; an empty string for {@code none} and for bullets (no numeral). */
    static String format(int n, String numFmt) {
        String f = numFmt == null ? "decimal" : numFmt;
        return switch (f) {
            case "none", "bullet" -> "";
            case "decimalZero" -> n >= 0 && n < 10 ? "0" + n : Integer.toString(n);
            case "decimalFullWidth", "decimalFullWidth2" -> fullWidth(Integer.toString(n));
            case "upperRoman" -> roman(n).toUpperCase(Locale.ROOT);
            case "lowerRoman" -> roman(n);
            case "upperLetter" -> letters(n).toUpperCase(Locale.ROOT);
            case "lowerLetter" -> letters(n);
            case "chineseCountingThousand", "taiwaneseCounting", "taiwaneseCountingThousand", "japaneseCounting" ->
                    counting(n, DIGITS, "十百千", "零");
            case "chineseCounting", "ideographDigital", "taiwaneseDigital" -> digitByDigit(n);
            case "chineseLegalSimplified" -> counting(n, LEGAL_DIGITS, "拾佰仟", "零");
            case "ideographLegalTraditional" -> counting(n, LEGAL_TRADITIONAL_DIGITS, "拾佰仟", "零");
            case "ideographTraditional" -> cycle(n, STEMS);
            case "ideographZodiac" -> cycle(n, BRANCHES);
            case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" -> enclosed(n, '\u2460', 20);
            case "decimalEnclosedParen" -> enclosed(n, '\u2474', 20);
            case "decimalEnclosedFullstop" -> enclosed(n, '\u2488', 20);
            default -> Integer.toString(n);
        };
    }

    /** 一 … 九, 十, 十一 … 九十九, 一百, 一百零一 … 九千九百九十九 (the way the counting formats write them). */
    private static String counting(int n, String digits, String units, String zero) {
        if (n <= 0 || n > 9999) {
            return Integer.toString(n);
        }
        if (n < 10) {
            return String.valueOf(digits.charAt(n));
        }
        if (n < 20) {
            return units.charAt(0) + (n % 10 == 0 ? "" : String.valueOf(digits.charAt(n % 10)));
        }
        StringBuilder b = new StringBuilder();
        int[] place = {1000, 100, 10, 1};
        boolean gap = false;
        for (int i = 0; i < place.length; i++) {
            int d = n / place[i] % 10;
            if (d == 0) {
                gap = b.length() > 0;
                continue;
            }
            if (gap) {
                b.append(zero);
                gap = false;
            }
            b.append(digits.charAt(d));
            if (i < 3) {
                b.append(units.charAt(2 - i));
            }
        }
        return b.toString();
    }

    private static String digitByDigit(int n) {
        if (n < 0) {
            return Integer.toString(n);
        }
        StringBuilder b = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            b.append(DIGITS.charAt(c - '0'));
        }
        return b.toString();
    }

    private static String cycle(int n, String symbols) {
        return n >= 1 && n <= symbols.length() ? String.valueOf(symbols.charAt(n - 1)) : Integer.toString(n);
    }

    private static String enclosed(int n, char first, int max) {
        return n >= 1 && n <= max ? String.valueOf((char) (first + n - 1)) : Integer.toString(n);
    }

    private static String fullWidth(String ascii) {
        StringBuilder b = new StringBuilder();
        for (char c : ascii.toCharArray()) {
            b.append(c >= '0' && c <= '9' ? (char) (c - '0' + '\uFF10') : c);
        }
        return b.toString();
    }

    private static String roman(int n) {
        if (n <= 0 || n >= 4000) {
            return Integer.toString(n);
        }
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] marks = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};
        StringBuilder b = new StringBuilder();
        int rest = n;
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                b.append(marks[i]);
                rest -= values[i];
            }
        }
        return b.toString();
    }

    /** a … z, then aa … zz, as Word continues a letter list. */
    private static String letters(int n) {
        if (n <= 0) {
            return Integer.toString(n);
        }
        char c = (char) ('a' + (n - 1) % 26);
        return String.valueOf(c).repeat((n - 1) / 26 + 1);
    }
}
