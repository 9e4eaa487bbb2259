package nianbao.extract;

import java.util.ArrayList;
import java.util.List;
import nianbao.document.Texts;
import nianbao.template.LabelMatcher;
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

    /** A row label as written and the digits (with their spaces) that follow it. */
    record Labelled(String label, String run) {
    }

    /** How a template row was found in run-together text: the written label, how it matched, its digits. */
    record Found(String written, String how, String run) {
    }

    /**
     * The text cut into row labels each followed by its digits. A digit right before "." or "、" and a
     * non-digit numbers the next row ("…00000002.其他法律…"): it starts that label.
     */
    static List<Labelled> labelled(String glued) {
        Spaced text = Spaced.of(glued);
        String c = text.compact;
        List<Labelled> out = new ArrayList<>();
        int labelStart = 0;
        int i = 0;
        while (i < c.length()) {
            if (!Character.isDigit(c.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < c.length() && Character.isDigit(c.charAt(end))) {
                end++;
            }
            boolean ordinal = end < c.length() && ".．、".indexOf(c.charAt(end)) >= 0
                    && end + 1 < c.length() && !Character.isDigit(c.charAt(end + 1));
            int valuesEnd = ordinal ? end - 1 : end;
            if (valuesEnd > i || !ordinal) {
                out.add(new Labelled(c.substring(labelStart, i), text.between(i, valuesEnd)));
                labelStart = valuesEnd;
            }
            i = end + 1;
        }
        return out;
    }

    /**
     * Table 三's rows found in run-together text, in template order: a label ending in a row's own wording (or a
     * listed variant) is that row; otherwise the first later row whose keywords the label carries. Header
     * words and group labels in front of a row's label ("三、本年度办理结果（一）予以公开") are not part of it.
     */
    static List<Found> tableThree(String glued, List<Template.LabelSpec> rows) {
        List<Found> out = new ArrayList<>(java.util.Collections.nCopies(rows.size(), (Found) null));
        int next = 0;
        for (Labelled l : labelled(glued)) {
            int at = -1;
            String written = null;
            String how = "exact";
            for (int r = next; r < rows.size() && at < 0; r++) {
                for (String form : forms(rows.get(r))) {
                    String f = Spaced.of(form).compact();
                    if (!f.isEmpty() && l.label().endsWith(f)) {
                        at = r;
                        written = f;
                        how = form.equals(rows.get(r).label()) ? "exact" : "variant";
                        break;
                    }
                }
            }
            if (at < 0) {
                String own = ownLabel(l.label());
                for (int r = next; r < rows.size() && at < 0; r++) {
                    if (LabelMatcher.hasKeywords(own, rows.get(r).keywords())) {
                        at = r;
                        written = own;
                        how = "keywords";
                    }
                }
            }
            if (at >= 0) {
                // Rows left blank lose their cells and run into the next label ("8.属于行政查询事项（四）无法提供1.…").
                String before = l.label().substring(0, l.label().length() - written.length());
                for (int r = next; r < at; r++) {
                    String f = Spaced.of(rows.get(r).label()).compact();
                    if (before.contains(f)) {
                        out.set(r, new Found(f, "exact", ""));
                    }
                }
                out.set(at, new Found(written, how, l.run()));
                next = at + 1;
            }
        }
        return out;
    }

    private static List<String> forms(Template.LabelSpec row) {
        List<String> forms = new ArrayList<>();
        forms.add(row.label());
        forms.addAll(row.variants());
        return forms;
    }

    /** The label from its own ordinal on ("…其他（三）不予公开" → "（三）不予公开"), or all of it without one. */
    private static String ownLabel(String label) {
        java.util.regex.Matcher m = ORDINAL.matcher(label);
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        return last < 0 ? label : label.substring(last);
    }

    private static final java.util.regex.Pattern ORDINAL =
            java.util.regex.Pattern.compile("[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|[0-9]+[.．、]");

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
