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
    private static final Pattern NUMERAL = Pattern.compile("^([一二三四五六七八九十]+)\\s*[、.．，,]?\\s*");

    /** A heading found at a block index. */
    record Heading(int block, Template.SectionSpec spec, String text, String numeral, String titleMatch) {
    }

    private SectionFinder() {
    }

    static List<Heading> find(List<Block> blocks, Template template, int from) {
        List<Heading> found = new ArrayList<>();
        for (int i = from; i < blocks.size(); i++) {
            if (!(blocks.get(i) instanceof Paragraph p)) {
                continue;
            }
            String text = p.text().strip();
            String c = Texts.compact(text);
            if (c.length() > 45 || c.contains("。") || c.startsWith("（") || c.matches("^\\d.*")) {
                continue;
            }
            Matcher m = NUMERAL.matcher(c);
            String numeral = m.find() && m.end() > 0 && m.group(1).length() <= 2 ? m.group(1) : "";
            String title = numeral.isEmpty() ? c : c.substring(m.end());
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
        found.sort(Comparator.comparingInt(Heading::block));
        return found;
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
