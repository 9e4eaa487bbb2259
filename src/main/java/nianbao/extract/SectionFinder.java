package nianbao.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nianbao.document.Block;
import nianbao.document.Paragraph;
import nianbao.document.Texts;
import nianbao.template.LabelMatcher;
import nianbao.template.Template;

/**
 * Finds the six section headings by numeral plus keywords (template-spec §6.2.9): section 一's own
 * sub-headings may reuse numerals, so a numeral alone never makes a heading, and a heading that lost its
 * numeral is still found by its words.
 */
final class SectionFinder {
    /** "一、" "一." "一，" "一" or "第一部分": the section numeral a heading starts with. */
    private static final Pattern NUMERAL = Pattern.compile("^(?:第([一二三四五六七八九十]+)部分|([一二三四五六七八九十]+))\\s*[、.．，,：:]?\\s*");
    /** "（一）": how sub-headings are numbered, and how some reports number their sections. */
    private static final Pattern BRACKETED = Pattern.compile("^（([一二三四五六七八九十]+)）\\s*");

    /** A heading found at a block index. */
    record Heading(int block, Template.SectionSpec spec, String text, String numeral, String titleMatch) {
    }

    private static final Pattern MARKS_BEFORE = Pattern.compile("^[#*\\s]+");
    private static final Pattern MARKS_AFTER = Pattern.compile("[*\\s]+$");
    private static final Pattern LEADING_DIGIT = Pattern.compile("^\\d.*");

    private SectionFinder() {
    }

    static List<Heading> find(List<Block> blocks, Template template, int from) {
        List<Heading> found = new ArrayList<>();
        List<Heading> bracketed = new ArrayList<>();
        for (int i = from; i < blocks.size(); i++) {
            if (!(blocks.get(i) instanceof Paragraph p)) {
                continue;
            }
            // A sentence is no heading: its full stop stays in the compact form below, so it is rejected
            // before the whole paragraph is compacted.
            if (p.text().indexOf('。') >= 0) {
                continue;
            }
            // Markdown headings ("## 一、总体情况") and bold marks are not part of the heading.
            String text = MARKS_AFTER.matcher(MARKS_BEFORE.matcher(p.text().strip()).replaceAll("")).replaceAll("");
            String c = Texts.compact(text);
            if (c.length() > 45 || c.contains("。") || LEADING_DIGIT.matcher(c).matches()) {
                continue;
            }
            Matcher b = BRACKETED.matcher(c);
            if (b.find()) {
                // "（一）总体情况": the style of section 一's own sub-headings, so taken only for the section its
                // numeral names, and only where the report has no "一、" heading for it (see below).
                Template.SectionSpec spec = sectionOf(c.substring(b.end()), template);
                if (spec != null && spec.numeral().equals(b.group(1))) {
                    bracketed.add(new Heading(i, spec, text, b.group(1), titleMatch(c.substring(b.end()), spec)));
                }
                continue;
            }
            Matcher m = NUMERAL.matcher(c);
            String numeral = "";
            if (m.find() && m.end() > 0) {
                String n = m.group(1) != null ? m.group(1) : m.group(2);
                numeral = n.length() <= 2 ? n : "";
            }
            String title = numeral.isEmpty() ? c : c.substring(m.end());
            if (numeral.isEmpty() && !plausibleBareHeading(title, template)) {
                continue;
            }
            for (Template.SectionSpec spec : template.sections()) {
                if (found.stream().anyMatch(h -> h.spec().numeral().equals(spec.numeral()))) {
                    continue;
                }
                if (LabelMatcher.hasKeywords(title, spec.keywords())) {
                    found.add(new Heading(i, spec, text, numeral, titleMatch(title, spec)));
                    break;
                }
            }
        }
        for (Heading h : bracketed) {
            if (found.stream().noneMatch(f -> f.spec().numeral().equals(h.spec().numeral()))) {
                found.add(h);
            }
        }
        found.sort(Comparator.comparingInt(Heading::block));
        return found;
    }

    private static Template.SectionSpec sectionOf(String title, Template template) {
        for (Template.SectionSpec spec : template.sections()) {
            if (LabelMatcher.hasKeywords(title, spec.keywords())) {
                return spec;
            }
        }
        return null;
    }

    /**
     * A heading that lost its numeral must still look like a heading, not like a wrapped line of the
     * preamble that lists the parts ("报告，报告全文包括总体情况、主动公开…"): no comma, short, and a
     * list of parts only when it is a known heading.
     */
    private static boolean plausibleBareHeading(String title, Template template) {
        if (title.contains("，") || title.contains(",") || title.length() > 24) {
            return false;
        }
        for (Template.SectionSpec s : template.sections()) {
            if (LabelMatcher.same(title, s.title()) || s.synonyms().stream().anyMatch(x -> LabelMatcher.same(title, x))) {
                return true;
            }
        }
        return !title.contains("、");
    }

    private static String titleMatch(String title, Template.SectionSpec spec) {
        if (LabelMatcher.same(title, spec.title())) {
            return "exact";
        }
        for (String s : spec.synonyms()) {
            if (LabelMatcher.same(title, s)) {
                return "synonym";
            }
        }
        return "other";
    }
}
