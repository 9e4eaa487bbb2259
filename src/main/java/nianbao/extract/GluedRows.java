package nianbao.extract;

import java.util.ArrayList;
import java.util.List;
import nianbao.document.Texts;
import nianbao.template.Template;

/**
 * Finds the run of digits behind each row label of a table whose cells ran together
 * ("（一）予以公开7000007", template-spec §6.2.3), as some portal pages flatten their tables. The runs are
 * then cut into cells by {@link GluedTableSolver}, which weighs the whole table's identities. Spaces the
 * page kept inside a run are kept, since they are cell boundaries.
 */
final class GluedRows {
    private GluedRows() {
    }

    /**
     * For each label, in order, the digits (and spaces) that follow it up to the next non-digit; null for
     * a label not found. A digit run ending right before "2." loses its last digit, which numbers the next
     * row ("…00000002.其他法律…").
     */
    static List<String> runs(String glued, List<String> labels) {
        Spaced text = Spaced.of(glued);
        List<String> out = new ArrayList<>();
        int from = 0;
        for (String raw : labels) {
            String label = Spaced.of(raw).compact();
            int at = label.isEmpty() ? -1 : text.compact.indexOf(label, from);
            if (at < 0) {
                out.add(null);
                continue;
            }
            int end = at + label.length();
            int digitsEnd = end;
            while (digitsEnd < text.compact.length() && Character.isDigit(text.compact.charAt(digitsEnd))) {
                digitsEnd++;
            }
            if (digitsEnd < text.compact.length() && digitsEnd > end
                    && (text.compact.charAt(digitsEnd) == '.' || text.compact.charAt(digitsEnd) == '、')) {
                digitsEnd--;
            }
            out.add(text.between(end, digitsEnd));
            from = digitsEnd;
        }
        return out;
    }

    /**
     * The first run of at least {@code minDigits} digits (with its spaces) in the text, or "" when there is
     * none: table 四's one data row behind its header words, even when the page ran on into the next
     * section after it.
     */
    static String firstRun(String glued, int minDigits) {
        Spaced text = Spaced.of(glued);
        int n = text.compact.length();
        int start = 0;
        while (start < n) {
            while (start < n && !Character.isDigit(text.compact.charAt(start))) {
                start++;
            }
            int end = start;
            while (end < n && Character.isDigit(text.compact.charAt(end))) {
                end++;
            }
            if (end - start >= minDigits) {
                return text.between(start, end);
            }
            start = end;
        }
        return "";
    }

    /** Table 三's rows: template labels in order. */
    static List<String> tableThree(String glued, List<Template.LabelSpec> rows) {
        return runs(glued, rows.stream().map(Template.LabelSpec::label).toList());
    }

    /**
     * The text without white space, remembering where white space stood, so runs can be found by their
     * labels (which may be broken by spaces) and still keep their inner boundaries.
     */
    record Spaced(String compact, boolean[] spaceBefore) {
        /** NFKC, no white space, brackets and colons in the one form labels are compared in. */
        static Spaced of(String raw) {
            String t = Texts.nfkc(raw);
            StringBuilder b = new StringBuilder();
            List<Boolean> before = new ArrayList<>();
            boolean space = false;
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF') {
                    space = true;
                    continue;
                }
                b.append(c == '(' ? '（' : c == ')' ? '）' : c == ':' ? '：' : c);
                before.add(space);
                space = false;
            }
            boolean[] marks = new boolean[before.size()];
            for (int i = 0; i < marks.length; i++) {
                marks[i] = before.get(i);
            }
            return new Spaced(b.toString(), marks);
        }

        String between(int from, int to) {
            StringBuilder b = new StringBuilder();
            for (int i = from; i < to; i++) {
                if (i > from && spaceBefore[i]) {
                    b.append(' ');
                }
                b.append(compact.charAt(i));
            }
            return b.toString();
        }
    }
}
