package nianbao.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nianbao.document.Texts;

/** Prose helpers: sentences, and the one form prose patterns are matched against. */
public final class Sentences {
    private Sentences() {
    }

    /**
     * What one thread has split and normalised lately. Each paragraph is read by several finders (statements,
     * parts, rates, years), each splitting and normalising it again; a file is read and extracted on a thread of
     * its own ({@code FileWorker}), so this remembers within one report, never across reports.
     */
    private static final int REMEMBERED = 256;
    private static final ThreadLocal<Map<String, List<String>>> SPLIT = ThreadLocal.withInitial(() -> lru(REMEMBERED));
    private static final ThreadLocal<Map<String, String>> NORMALIZED = ThreadLocal.withInitial(() -> lru(4 * REMEMBERED));

    private static <V> Map<String, V> lru(int size) {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > size;
            }
        };
    }

    /** Splits a paragraph at 。；！？ (and their half-width forms), keeping the mark with its sentence. */
    public static List<String> split(String paragraph) {
        Map<String, List<String>> known = SPLIT.get();
        List<String> done = known.get(paragraph);
        if (done == null) {
            done = splitOnce(paragraph);
            known.put(paragraph, done);
        }
        return new ArrayList<>(done);
    }

    private static List<String> splitOnce(String paragraph) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < paragraph.length(); i++) {
            switch (paragraph.charAt(i)) {
                case '。', '；', ';', '！', '？', '!', '?' -> {
                    addSentence(out, paragraph.substring(from, i + 1));
                    from = i + 1;
                }
                default -> {
                }
            }
        }
        addSentence(out, paragraph.substring(from));
        return List.copyOf(out);
    }

    private static void addSentence(List<String> out, String s) {
        if (!s.isBlank()) {
            out.add(s);
        }
    }

    /**
     * The form prose patterns are written for: no spaces, half-width digits and %, full-width brackets and
     * full-width punctuation (NFKC makes "，；：" half-width; they are made full-width again so that a pattern
     * needs to name only one form).
     */
    static String normalize(String s) {
        Map<String, String> known = NORMALIZED.get();
        String done = known.get(s);
        if (done == null) {
            done = normalizeOnce(s);
            known.put(s, done);
        }
        return done;
    }

    private static String normalizeOnce(String s) {
        String c = Texts.compact(s);
        StringBuilder b = new StringBuilder(c.length());
        for (char ch : c.toCharArray()) {
            b.append(switch (ch) {
                case ',' -> '，';
                case ';' -> '；';
                case ':' -> '：';
                case '!' -> '！';
                case '?' -> '？';
                default -> ch;
            });
        }
        return b.toString();
    }
}
