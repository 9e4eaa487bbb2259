package nianbao.read;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Word's list counters, shared by the .docx and .doc readers, which only differ in where they find a
 * list's levels. Counters belong to a list definition (an abstract numbering in .docx, a list's lsid in
 * .doc), so two instances of one list continue each other; an instance may restart levels at given
 * values the first time it is used (startOverride, or a .doc list override's start). A level starts at
 * its start value and then counts; using a level restarts every deeper level whose {@code restartAfter}
 * is above it (Word's default: any higher level; 0: never). The drawn numeral replaces {@code %1}…{@code %9}
 * in the level's pattern with the counters of those levels, each in its own format (decimal for a legal
 * level).
 */
final class ListCounters {
    static final int LEVELS = 9;

    /** One level of a list definition. {@code restartAfter}: restart when a level with a lower index is used. */
    record Level(int start, String format, String pattern, boolean legal, int restartAfter) {
    }

    private final Map<Object, int[]> values = new HashMap<>();
    private final Map<Object, boolean[]> started = new HashMap<>();
    private final Set<Object> usedInstances = new HashSet<>();

    /**
     * Counts one paragraph at {@code level} of {@code list} (through {@code instance}) and returns the
     * numeral Word draws; "" for a level without definition or pattern.
     */
    String next(Object list, Object instance, Map<Integer, Integer> restarts, int level, IntFunction<Level> levels) {
        int[] value = values.computeIfAbsent(list, k -> new int[LEVELS]);
        boolean[] on = started.computeIfAbsent(list, k -> new boolean[LEVELS]);
        if (usedInstances.add(instance)) {
            restarts.forEach((k, start) -> {
                if (k >= 0 && k < LEVELS) {
                    value[k] = start - 1;
                    on[k] = true; // the next paragraph at this level adds one and so shows the restart value
                }
            });
        }
        Level own = levels.apply(level);
        if (own == null || "bullet".equals(own.format())) {
            return ""; // a bullet glyph (often a Symbol-font private character) is no numeral
        }
        value[level] = on[level] ? value[level] + 1 : own.start();
        on[level] = true;
        for (int deeper = level + 1; deeper < LEVELS; deeper++) {
            Level d = levels.apply(deeper);
            if (level < (d == null ? deeper : d.restartAfter())) {
                on[deeper] = false;
            }
        }
        return draw(own, value, on, levels);
    }

    private static String draw(Level own, int[] value, boolean[] on, IntFunction<Level> levels) {
        String pattern = own.pattern() == null ? "" : own.pattern();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '%' && i + 1 < pattern.length() && pattern.charAt(i + 1) >= '1' && pattern.charAt(i + 1) <= '9') {
                int k = pattern.charAt(++i) - '1';
                Level other = levels.apply(k);
                int n = on[k] ? value[k] : other == null ? 1 : other.start();
                String format = own.legal() ? "decimal" : other == null ? "decimal" : other.format();
                out.append(Numerals.format(n, format));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
