package nianbao.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import nianbao.document.Texts;
import nianbao.template.Template;

/**
 * Splits table text whose cells ran together ("（一）予以公开7000007"), as some portal pages flatten
 * their tables (template-spec §6.2.3). Each row's digits are found between its label and the next
 * row's label, and split into numbers only where exactly one split makes the row's own identity hold
 * (the six applicant columns add up to 总计; in table 四 each group's four results add up to its
 * total). Anything else stays unknown. Every value placed this way is marked uncertain.
 */
final class GluedRows {
    private static final int MAX_SOLUTIONS = 2;

    private GluedRows() {
    }

    /** One segment per template row found in the glued text, values split when the split is unique. */
    static List<Segment> tableThree(String glued, List<Template.LabelSpec> rows) {
        String text = Texts.noSpace(Texts.nfkc(glued));
        List<Segment> out = new ArrayList<>();
        int from = 0;
        for (Template.LabelSpec row : rows) {
            String label = Texts.noSpace(Texts.nfkc(row.label()));
            int at = text.indexOf(label, from);
            if (at < 0) {
                continue;
            }
            int end = at + label.length();
            int digitsEnd = end;
            while (digitsEnd < text.length() && Character.isDigit(text.charAt(digitsEnd))) {
                digitsEnd++;
            }
            if (digitsEnd < text.length() && text.charAt(digitsEnd) == '.' && digitsEnd > end) {
                digitsEnd--; // "…00000002.其他法律…": the last digit numbers the next row
            }
            String digits = text.substring(end, digitsEnd);
            List<String> values = split(digits, 7, GluedRows::rowSumHolds);
            out.add(new Segment(List.of(row.label()), values == null ? List.of() : values));
            from = digitsEnd;
        }
        return out;
    }

    /** Table 四's fifteen numbers from the digit run at the end of its glued text, or null. */
    static List<String> tableFour(String glued) {
        String text = Texts.noSpace(Texts.nfkc(glued));
        int end = text.length();
        int start = end;
        while (start > 0 && Character.isDigit(text.charAt(start - 1))) {
            start--;
        }
        return split(text.substring(start, end), 15, GluedRows::groupSumsHold);
    }

    /** The only way to cut the digits into n numbers that satisfies the check, or null. */
    static List<String> split(String digits, int n, Predicate<long[]> check) {
        if (digits.length() < n || digits.length() > n * 6) {
            return null;
        }
        List<List<String>> solutions = new ArrayList<>();
        search(digits, 0, n, new ArrayList<>(), check, solutions);
        return solutions.size() == 1 ? solutions.get(0) : null;
    }

    private static void search(String digits, int pos, int left, List<String> parts, Predicate<long[]> check,
                               List<List<String>> solutions) {
        if (solutions.size() >= MAX_SOLUTIONS) {
            return;
        }
        if (left == 0) {
            if (pos == digits.length() && check.test(parts.stream().mapToLong(Long::parseLong).toArray())) {
                solutions.add(new ArrayList<>(parts));
            }
            return;
        }
        int remaining = digits.length() - pos;
        if (remaining < left) {
            return;
        }
        int maxLen = digits.charAt(pos) == '0' ? 1 : Math.min(6, remaining - (left - 1));
        for (int len = 1; len <= maxLen; len++) {
            parts.add(digits.substring(pos, pos + len));
            search(digits, pos + len, left - 1, parts, check, solutions);
            parts.remove(parts.size() - 1);
        }
    }

    private static boolean rowSumHolds(long[] v) {
        return v[0] + v[1] + v[2] + v[3] + v[4] + v[5] == v[6];
    }

    private static boolean groupSumsHold(long[] v) {
        for (int g = 0; g < 3; g++) {
            int b = g * 5;
            if (v[b] + v[b + 1] + v[b + 2] + v[b + 3] != v[b + 4]) {
                return false;
            }
        }
        return true;
    }
}
