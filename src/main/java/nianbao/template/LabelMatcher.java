package nianbao.template;

import java.util.List;
import nianbao.document.Texts;

/**
 * Matches a label as written in a report to a template label: exactly (after the normalisation of
 * template-spec §6.3), as a known variant, or by the label's keywords. Anything but an exact match is
 * a label finding, not a parse failure.
 */
public final class LabelMatcher {
    /** How a label matched. */
    public enum How { EXACT, VARIANT, KEYWORDS }

    public record Match(Template.LabelSpec spec, How how) {
    }

    private LabelMatcher() {
    }

    public static boolean same(String written, String canonical) {
        return Texts.compact(written).equals(Texts.compact(canonical));
    }

    /** Exact or listed-variant match against the given labels, first match wins. */
    public static Match exact(String written, List<Template.LabelSpec> specs) {
        String w = Texts.compact(written);
        for (Template.LabelSpec s : specs) {
            if (w.equals(Texts.compact(s.label()))) {
                return new Match(s, How.EXACT);
            }
        }
        for (Template.LabelSpec s : specs) {
            for (String v : s.variants()) {
                if (w.equals(Texts.compact(v))) {
                    return new Match(s, How.VARIANT);
                }
            }
        }
        return null;
    }

    /** True when every keyword of at least one of the keyword sets occurs in the text. */
    public static boolean hasKeywords(String written, List<List<String>> keywordSets) {
        String w = Texts.compact(written);
        for (List<String> set : keywordSets) {
            if (!set.isEmpty() && set.stream().allMatch(k -> w.contains(Texts.compact(k)))) {
                return true;
            }
        }
        return false;
    }

    /** Keyword match against the given labels, first match wins. */
    public static Match byKeywords(String written, List<Template.LabelSpec> specs) {
        for (Template.LabelSpec s : specs) {
            if (hasKeywords(written, s.keywords())) {
                return new Match(s, How.KEYWORDS);
            }
        }
        return null;
    }
}
