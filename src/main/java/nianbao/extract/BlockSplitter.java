package nianbao.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nianbao.document.Block;
import nianbao.document.Paragraph;
import nianbao.document.Table;
import nianbao.document.Texts;
import nianbao.template.Template;

/**
 * Portal pages and pasted text run headings, prose and tables together ("…总计000000000000000五、存在的主要问题
 * 及改进措施2025年，…", "…其他应主动公开的政府信息90条。第二十条第（一）项信息内容…"). Before sections and tables
 * are looked for, such blocks are cut again where the template says a section heading or a statistics table
 * begins: a heading is a section numeral whose following words carry that section's keywords; a table
 * begins with the sentence holding one of its start words, when digits follow.
 */
final class BlockSplitter {
    /** A section numeral as a heading writes it: "五、", "五." — not "（五）" nor the "十五、" of a longer numeral. */
    private static final Pattern NUMERAL = Pattern.compile("(?<![一二三四五六七八九十（(])([一二三四五六七八九十])\\s*[、.．]");
    /** How far after the numeral a heading's keywords must begin, and how long a heading can be. */
    private static final int KEYWORD_WITHIN = 12;
    private static final int MAX_TITLE = 32;
    /** A title cut at punctuation is kept when it is at most this much less like the template's than the best cut. */
    private static final double CLOSE_ENOUGH = 0.1;
    /** What ends a heading run into its text: a digit, punctuation, a bracket or quote opening the text. */
    private static final Pattern TITLE_END = Pattern.compile("[0-9０-９，。；：:,;（(《“\"\\s]");
    private static final Pattern SENTENCE_END = Pattern.compile("[。；;！!？?]");
    /** Three digits or more in a row, spaces between them allowed ("000", "0 0 0"): a table's data, not a count in prose. */
    private static final Pattern DIGITS = Pattern.compile("[0-9０-９](?:\\s*[0-9０-９]){2,}");
    /** A date ("2023年1月5日"): a 落款 after the last table, not one of its rows. */
    private static final Pattern DATE = Pattern.compile("\\d{4}年\\d{1,2}月");
    /** A paragraph shorter than this is a heading or a caption, never a table run on. */
    private static final int SHORT = 40;
    /** A run-on table has at least this much header text before its first digit. */
    private static final int HEADER_BEFORE_DIGITS = 10;
    /** After a heading's words, these mean the numeral only lists the parts ("由一、总体情况，二、…组成"). */
    private static final String LISTING = "，、,；;和及";
    /** What ends a sentence: a title followed by one is named in the sentence, not standing as a heading. */
    private static final String SENTENCE_STOPS = "。！？；;!?";
    /** What may stand right before a heading that lost its numeral: the end of a sentence or of a count (22517756万元). */
    private static final String AFTER_BREAK = SENTENCE_STOPS + "元件条个项";

    private BlockSplitter() {
    }

    /**
     * @param templates every version: tables are recognised by any version's words; headings by the first
     *                  version's sections (the six sections and their keywords are the same in both)
     */
    static List<Block> split(List<Block> blocks, List<Template> templates) {
        return joinRunOnRows(cut(blocks, templates), templates.get(0));
    }

    /**
     * A run-together table whose rows stand on lines of their own is recovered from text only up to its first
     * long line ("三、本年度办理结果（一）予以公开8000008（二）部分公开…"): the paragraphs after it that are more of
     * its rows (run-together digits, no sentence) belong to it again, up to the next heading.
     */
    private static List<Block> joinRunOnRows(List<Block> blocks, Template template) {
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            Block last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (b instanceof Paragraph p && last instanceof Table t && !t.grid() && isRunOnRow(p.text(), template)) {
                List<List<String>> rows = new ArrayList<>(t.rows());
                rows.add(List.of(p.text()));
                out.set(out.size() - 1, new Table(rows, false));
            } else {
                out.add(b);
            }
        }
        return out;
    }

    private static boolean isRunOnRow(String text, Template template) {
        String c = Texts.compact(text);
        return DIGITS.matcher(c).find() && !c.contains("。") && !DATE.matcher(c).find() && !startsWithHeading(text, template)
                && atHeadings(text, template).size() == 1;
    }

    private static List<Block> cut(List<Block> blocks, List<Template> templates) {
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Paragraph p) {
                for (String piece : atHeadings(p.text(), templates.get(0))) {
                    out.addAll(tableInProse(piece, templates));
                }
            } else if (b instanceof Table t && !t.grid() && t.rows().size() == 1 && !t.rows().get(0).isEmpty()) {
                // One run-on row of text: it may start with its section's heading, and its tail may hold the
                // next section's heading and prose.
                List<String> pieces = atHeadings(String.join(" ", t.rows().get(0)), templates.get(0));
                int first = 0;
                if (pieces.size() > 1 && startsWithHeading(pieces.get(0), templates.get(0))) {
                    out.add(new Paragraph(pieces.get(0)));
                    first = 1;
                }
                out.add(pieces.size() == 1 ? t : new Table(List.of(List.of(pieces.get(first))), false));
                for (int i = first + 1; i < pieces.size(); i++) {
                    out.addAll(tableInProse(pieces.get(i), templates));
                }
            } else if (b instanceof Table t && !t.grid() && !t.rows().isEmpty() && !t.rows().get(0).isEmpty()
                    && t.rows().get(0).get(0) != null) {
                // A table recovered from text lines whose first line still carries its section's heading
                // ("三、收到和处理政府信息公开申请情况（本列数据的勾稽关系…）申请人情况…").
                List<String> firstRow = t.rows().get(0);
                List<String> pieces = atHeadings(firstRow.get(0), templates.get(0));
                if (pieces.size() > 1 && startsWithHeading(pieces.get(0), templates.get(0))) {
                    out.add(new Paragraph(pieces.get(0)));
                    List<List<String>> rows = new ArrayList<>(t.rows());
                    List<String> rest = new ArrayList<>(firstRow);
                    rest.set(0, String.join("", pieces.subList(1, pieces.size())));
                    rows.set(0, rest);
                    out.add(new Table(rows, false));
                } else {
                    out.add(t);
                }
            } else {
                out.add(b);
            }
        }
        return out;
    }

    /**
     * Whether the piece is a section heading on its own (as {@link #atHeadings} cut it). The piece is given a
     * full stop so that its end counts as where the heading's words end.
     */
    private static boolean startsWithHeading(String piece, Template template) {
        Matcher m = NUMERAL.matcher(piece);
        if (m.lookingAt() && titleEnd(piece + "。", m.end(), m.group(1), template) >= 0) {
            return true;
        }
        return template.sections().stream().anyMatch(sec -> piece.strip().equals(sec.title())
                || sec.synonyms().contains(piece.strip()));
    }

    /** The text cut before each embedded section heading and after the heading's own words. */
    static List<String> atHeadings(String text, Template template) {
        List<int[]> cuts = new ArrayList<>();
        Matcher m = NUMERAL.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            int titleEnd = titleEnd(text, m.end(), m.group(1), template);
            if (titleEnd < 0) {
                from = m.end();
                continue;
            }
            cuts.add(new int[] {m.start(), titleEnd});
            from = titleEnd;
        }
        cuts.addAll(bareTitles(text, template, cuts));
        if (cuts.isEmpty()) {
            return List.of(text);
        }
        cuts.sort(java.util.Comparator.comparingInt(c -> c[0]));
        List<String> out = new ArrayList<>();
        int last = 0;
        for (int[] cut : cuts) {
            if (cut[0] > last) {
                out.add(text.substring(last, cut[0]));
            }
            out.add(text.substring(cut[0], cut[1]));
            last = cut[1];
        }
        if (last < text.length()) {
            out.add(text.substring(last));
        }
        out.removeIf(piece -> Texts.noSpace(piece).isEmpty());
        return out;
    }

    /**
     * A heading that lost its numeral, run in with the text around it ("…政府集中采购00收到和处理政府信息公开申请情况
     * （本列数据…"): the section's own title or a synonym, standing after the end of a sentence or a table's
     * digits and not in a list of the parts.
     */
    private static List<int[]> bareTitles(String text, Template template, List<int[]> taken) {
        List<int[]> out = new ArrayList<>();
        for (Template.SectionSpec section : template.sections()) {
            List<String> forms = new ArrayList<>(section.synonyms());
            forms.add(section.title());
            for (String form : forms) {
                for (int found = text.indexOf(form); found >= 0; found = text.indexOf(form, found + 1)) {
                    final int at = found;
                    final int end = at + form.length();
                    boolean alone = at == 0 && end == text.length();
                    boolean afterBreak = at == 0 || AFTER_BREAK.indexOf(text.charAt(at - 1)) >= 0
                            || Character.isDigit(text.charAt(at - 1));
                    // A title followed by a comma or a full stop is named in a sentence, not standing as a heading.
                    boolean listed = end < text.length() && (LISTING.indexOf(text.charAt(end)) >= 0
                            || SENTENCE_STOPS.indexOf(text.charAt(end)) >= 0);
                    boolean overlaps = java.util.stream.Stream.concat(taken.stream(), out.stream())
                            .anyMatch(c -> at < c[1] && end > c[0]);
                    if (!alone && afterBreak && !listed && !overlaps) {
                        out.add(new int[] {at, end});
                    }
                }
            }
        }
        return out;
    }

    /**
     * Where the heading that starts at {@code start} ends, or -1 when the words there carry no section's
     * keywords. A heading standing alone is left as it is (-1 as well: nothing to cut).
     */
    private static int titleEnd(String text, int start, String numeral, Template template) {
        int windowEnd = Math.min(text.length(), start + MAX_TITLE);
        String window = text.substring(start, windowEnd);
        Template.SectionSpec section = null;
        int keywordEnd = -1;
        for (Template.SectionSpec s : template.sections()) {
            int end = keywordsEnd(window, s.keywords());
            if (end >= 0) {
                section = s;
                keywordEnd = end;
                break;
            }
        }
        if (section == null || numeral.length() > 1 && !numeral.equals(section.numeral())) {
            return -1;
        }
        // The heading ends where its text begins: at the first digit or punctuation, unless the words before
        // it are clearly less like the section's title than a shorter prefix ("…事项本年度未产生…费用。").
        Matcher stop = TITLE_END.matcher(window);
        boolean stops = stop.find(keywordEnd);
        if (!stops && text.length() <= windowEnd && text.substring(0, start).strip().length() <= 2) {
            return -1; // a heading standing alone in its paragraph: nothing to cut
        }
        int best = bestTitleLength(window, section);
        // A prefix that is the title itself (or a synonym) is the heading, whatever follows ("…事项无。").
        boolean exact = likeness(window.substring(0, best), section) == 1.0;
        int stopAt = stops ? withoutOpener(window, keywordEnd, stop.start(), template) : -1;
        int end = stops && !exact && likeness(window.substring(0, stopAt), section)
                >= likeness(window.substring(0, best), section) - CLOSE_ENOUGH ? stopAt : best;
        if (end < window.length() && LISTING.indexOf(window.charAt(end)) >= 0) {
            return -1;
        }
        if (start + end >= text.length() && text.substring(0, start).strip().length() <= 2) {
            return -1;
        }
        return start + end;
    }

    /**
     * The heading's end moved back to where the text or a table visibly begins: a word the text opens with
     * ("…与附表按照《" → "…与附表") or a statistics table's own header word ("…诉讼情况行政复议 行政诉讼…").
     */
    private static int withoutOpener(String window, int keywordEnd, int stop, Template template) {
        List<String> openers = new ArrayList<>(template.textOpeners());
        openers.addAll(template.tables().T2().headerWords());
        openers.addAll(template.tables().T3().headerWords());
        openers.addAll(template.tables().T4().headerWords());
        int end = stop;
        for (String opener : openers) {
            int at = window.indexOf(opener, keywordEnd);
            if (!opener.isEmpty() && at >= keywordEnd && at < end) {
                end = at;
            }
        }
        return end;
    }

    /** The end of the last keyword of the first keyword set found wholly near the window's start, or -1. */
    private static int keywordsEnd(String window, List<List<String>> sets) {
        for (List<String> set : sets) {
            int end = 0;
            boolean all = !set.isEmpty();
            for (String k : set) {
                int at = window.indexOf(k);
                if (at < 0 || at > KEYWORD_WITHIN && set.indexOf(k) == 0) {
                    all = false;
                    break;
                }
                end = Math.max(end, at + k.length());
            }
            if (all) {
                return end;
            }
        }
        return -1;
    }

    /**
     * Without punctuation between a heading and its text ("六、其他需报告的事项本单位无…"), the heading is the
     * prefix most like the section's title or one of its synonyms (longest common subsequence).
     */
    private static int bestTitleLength(String window, Template.SectionSpec section) {
        int best = window.length();
        double bestScore = -1;
        for (int len = 2; len <= window.length(); len++) {
            double score = likeness(window.substring(0, len), section);
            if (score > bestScore) {
                bestScore = score;
                best = len;
            }
        }
        return best;
    }

    /** How like the section's title (or its closest synonym) a text is: 1 for the same words, 0 for none shared. */
    private static double likeness(String text, Template.SectionSpec section) {
        List<String> candidates = new ArrayList<>(section.synonyms());
        candidates.add(section.title());
        double best = 0;
        for (String c : candidates) {
            best = Math.max(best, 2.0 * lcs(text, c) / (text.length() + c.length()));
        }
        return best;
    }

    private static int lcs(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                d[i][j] = a.charAt(i - 1) == b.charAt(j - 1) ? d[i - 1][j - 1] + 1 : Math.max(d[i - 1][j], d[i][j - 1]);
            }
        }
        return d[a.length()][b.length()];
    }

    /**
     * A paragraph of prose with a statistics table run on after it becomes the prose and a one-row table; a
     * paragraph that is itself a run-on table (no reader made it a table) becomes a table.
     */
    /**
     * A table run into text starts with its header words, then its digits run together; prose that names a
     * table's words gives numbers right after them ("其中结果维持72件").
     */
    private static boolean runOnTable(String fromStart) {
        Matcher d = DIGITS.matcher(fromStart);
        if (!d.find()) {
            return false;
        }
        int firstDigit = 0;
        while (firstDigit < fromStart.length() && !Character.isDigit(fromStart.charAt(firstDigit))) {
            firstDigit++;
        }
        return firstDigit >= HEADER_BEFORE_DIGITS;
    }

    static List<Block> tableInProse(String text, List<Template> templates) {
        int start = -1;
        for (int kind = 2; kind <= 4; kind++) {
            for (Template.Detectable t : TableKinds.tables(templates, kind)) {
                for (String w : t.startWords() == null ? List.<String>of() : t.startWords()) {
                    int at = text.indexOf(w);
                    if (at >= 0 && (start < 0 || at < start)) {
                        start = at;
                    }
                }
            }
        }
        if (start < 0 || text.length() < SHORT || !runOnTable(text.substring(start))) {
            return List.of(new Paragraph(text));
        }
        int sentence = 0;
        Matcher end = SENTENCE_END.matcher(text);
        while (end.find() && end.end() <= start) {
            sentence = end.end();
        }
        List<Block> out = new ArrayList<>();
        if (!Texts.noSpace(text.substring(0, sentence)).isEmpty()) {
            out.add(new Paragraph(text.substring(0, sentence).strip()));
        }
        out.add(new Table(List.of(List.of(text.substring(sentence).strip())), false));
        return out;
    }
}
