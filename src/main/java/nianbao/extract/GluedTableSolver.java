package nianbao.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides how the run-together digits of a whole table ("（七）总计2000000", one run per row) split into
 * cells, so that the table's identities hold together: row sums, column totals, the 勾稽关系, table 四's
 * groups (template-spec §3). A row is never split on its own evidence alone when the rest of the table
 * can decide it: each row's possible splits are kept, and the combination of rows that satisfies the most
 * identities wins. When exactly one reading is left it is used even if it breaks an identity (that is the
 * report's own arithmetic error, to be reported); when several readings tie, the rows on which they differ
 * are undecided.
 *
 * <p>Spaces inside a run are boundaries the page kept ("00 00000"): a number never spans one.
 */
final class GluedTableSolver {
    /** Longest number one cell may hold when cutting digits (a county's counts stay below a million). */
    private static final int MAX_DIGITS = 6;
    /** More splits than this for one row: the digits say too little, the row is undecided. */
    private static final int MAX_ROW_CANDIDATES = 5000;
    /** More combinations than this across the undecided rows: too costly to weigh, those rows stay undecided. */
    private static final long MAX_COMBINATIONS = 200_000;
    /** At most this many blank cells are supposed lost from a row that has fewer digits than cells. */
    private static final int MAX_LOST_CELLS = 2;

    /** A cell of the table: row index and column index. */
    record At(int row, int column) {
    }

    /**
     * A linear identity: the sum of {@code left} equals (or, with {@code atLeast}, is at least) the sum of
     * {@code right} plus {@code constant}.
     */
    record Identity(List<At> left, List<At> right, boolean atLeast, long constant) {
        Identity(List<At> left, List<At> right, boolean atLeast) {
            this(left, right, atLeast, 0);
        }

        static Identity equal(List<At> left, List<At> right) {
            return new Identity(left, right, false);
        }

        /** The cell holds this number (the prose says so: "现行有效的规范性文件16件"). */
        static Identity stated(At cell, long value) {
            return new Identity(List.of(cell), List.of(), false, value);
        }

        boolean holds(long[][] values) {
            long l = 0;
            for (At a : left) {
                l += values[a.row()][a.column()];
            }
            long r = 0;
            for (At a : right) {
                r += values[a.row()][a.column()];
            }
            r += constant;
            return atLeast ? l >= r : l == r;
        }

        boolean within(int row) {
            return left.stream().allMatch(a -> a.row() == row) && right.stream().allMatch(a -> a.row() == row);
        }

        boolean touches(boolean[] rows) {
            return left.stream().anyMatch(a -> rows[a.row()]) || right.stream().anyMatch(a -> rows[a.row()]);
        }
    }

    /**
     * The reading of each row: its cell texts, or null when the row is undecided (too few digits, too many
     * ways to cut them, or several equally good readings of the table). {@code broken} counts the identities
     * the chosen reading breaks (among those over decided rows).
     */
    record Reading(List<List<String>> rows, int broken) {
    }

    private GluedTableSolver() {
    }

    /**
     * @param runs    per row the digits found after its label (spaces kept), or null when the row is absent
     * @param columns per row the number of cells it has
     */
    static Reading solve(List<String> runs, int[] columns, List<Identity> identities) {
        int n = runs.size();
        List<List<long[]>> candidates = new ArrayList<>();
        List<List<List<String>>> texts = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            List<List<String>> splits = runs.get(r) == null ? List.of() : splits(runs.get(r), columns[r]);
            List<List<String>> best = bestLocally(r, splits, identities, columns);
            texts.add(best);
            List<long[]> values = new ArrayList<>();
            for (List<String> s : best) {
                values.add(numbers(s));
            }
            candidates.add(values);
        }
        boolean[] open = new boolean[n];
        long combinations = 1;
        for (int r = 0; r < n; r++) {
            if (candidates.get(r).size() > 1) {
                open[r] = true;
                combinations = Math.min(Long.MAX_VALUE / MAX_ROW_CANDIDATES, combinations * candidates.get(r).size());
            }
        }
        int[] choice = new int[n];
        boolean[] undecided = new boolean[n];
        for (int r = 0; r < n; r++) {
            undecided[r] = candidates.get(r).isEmpty();
        }
        if (combinations > MAX_COMBINATIONS) {
            for (int r = 0; r < n; r++) {
                undecided[r] |= open[r];
            }
        } else if (combinations > 1) {
            weigh(candidates, open, undecided, identities, choice, columns);
        }
        List<List<String>> rows = new ArrayList<>();
        long[][] values = new long[n][];
        for (int r = 0; r < n; r++) {
            values[r] = undecided[r] ? new long[columns[r]] : candidates.get(r).get(choice[r]);
            List<String> text = undecided[r] ? null : texts.get(r).get(choice[r]);
            if (text != null && text.contains("") && candidates.get(r).size() > 1) {
                // Equally good readings that differ only in where the lost blank stood: the numbers are known,
                // the blank's place is not, so no cell is called blank.
                text = java.util.Arrays.stream(values[r]).mapToObj(Long::toString).toList();
            }
            rows.add(text);
        }
        int broken = 0;
        for (Identity id : identities) {
            if (!id.touches(undecided) && !id.holds(values)) {
                broken++;
            }
        }
        return new Reading(rows, broken);
    }

    /** Tries every combination of the open rows; rows whose value differs among the best ones are undecided. */
    private static void weigh(List<List<long[]>> candidates, boolean[] open, boolean[] undecided, List<Identity> identities,
                              int[] choice, int[] columns) {
        int n = candidates.size();
        List<Identity> relevant = identities.stream().filter(id -> id.touches(open) && !id.touches(undecided)).toList();
        long[][] values = new long[n][];
        for (int r = 0; r < n; r++) {
            values[r] = candidates.get(r).isEmpty() ? new long[columns[r]] : candidates.get(r).get(0);
        }
        int[] current = new int[n];
        int bestScore = -1;
        int[] best = null;
        boolean[] varies = new boolean[n];
        while (true) {
            int score = satisfied(relevant, values);
            if (score > bestScore) {
                bestScore = score;
                best = current.clone();
                varies = new boolean[n];
            } else if (score == bestScore) {
                for (int r = 0; r < n; r++) {
                    varies[r] |= open[r]
                            && !java.util.Arrays.equals(candidates.get(r).get(current[r]), candidates.get(r).get(best[r]));
                }
            }
            int r = n - 1;
            while (r >= 0 && (!open[r] || current[r] == candidates.get(r).size() - 1)) {
                if (open[r]) {
                    current[r] = 0;
                    values[r] = candidates.get(r).get(0);
                }
                r--;
            }
            if (r < 0) {
                break;
            }
            current[r]++;
            values[r] = candidates.get(r).get(current[r]);
        }
        for (int r = 0; r < n; r++) {
            choice[r] = best[r];
            undecided[r] |= varies[r];
        }
    }

    /** How many of the identities the values satisfy. */
    private static int satisfied(List<Identity> identities, long[][] values) {
        int n = 0;
        for (Identity id : identities) {
            if (id.holds(values)) {
                n++;
            }
        }
        return n;
    }

    /** The cells' numbers; a blank cell counts as 0 in the sums (template-spec §6.2.15). */
    private static long[] numbers(List<String> cells) {
        return cells.stream().mapToLong(c -> c.isEmpty() ? 0 : Long.parseLong(c)).toArray();
    }

    /** The splits of one row that satisfy the most of the identities within that row alone. */
    private static List<List<String>> bestLocally(int row, List<List<String>> splits, List<Identity> identities, int[] columns) {
        if (splits.size() <= 1) {
            return splits;
        }
        List<Identity> local = identities.stream().filter(id -> id.within(row)).toList();
        long[][] values = new long[columns.length][];
        int bestScore = -1;
        List<List<String>> best = new ArrayList<>();
        for (List<String> s : splits) {
            values[row] = numbers(s);
            int score = satisfied(local, values);
            if (score > bestScore) {
                bestScore = score;
                best.clear();
            }
            if (score == bestScore) {
                best.add(s);
            }
        }
        return best;
    }

    /**
     * Every way to cut the run into {@code cells} numbers: no number but 0 starts with 0, none longer than
     * {@link #MAX_DIGITS}, none across a space. Empty when there is none or too many.
     */
    static List<List<String>> splits(String run, int cells) {
        // A sign starts a number of its own ("179+4672036": 本年增/减 +467 between two counts).
        String[] tokens = run.strip().isEmpty() ? new String[0]
                : run.strip().replaceAll("(?<=[0-9])([+\\-])", " $1").split("\\s+");
        List<List<String>> out = new ArrayList<>();
        cut(tokens, 0, 0, cells, new ArrayList<>(), out);
        String joined = String.join("", tokens);
        int digits = joined.length();
        if (out.isEmpty() && digits > 0 && cells - digits <= MAX_LOST_CELLS && joined.chars().allMatch(Character::isDigit)) {
            // Fewer digits than cells: the page dropped blank cells. Each digit is a cell, the blanks may be
            // anywhere; the identities (and, when all readings give the same numbers, nothing at all) decide.
            withBlanks(String.join("", tokens), cells, 0, new ArrayList<>(), out);
        }
        return out.size() > MAX_ROW_CANDIDATES ? List.of() : out;
    }

    private static int digitCount(String token) {
        return (int) token.chars().filter(Character::isDigit).count();
    }

    private static void withBlanks(String digits, int cells, int pos, List<String> parts, List<List<String>> out) {
        if (parts.size() == cells) {
            if (pos == digits.length()) {
                out.add(new ArrayList<>(parts));
            }
            return;
        }
        if (cells - parts.size() > digits.length() - pos) {
            parts.add("");
            withBlanks(digits, cells, pos, parts, out);
            parts.remove(parts.size() - 1);
        }
        if (pos < digits.length()) {
            parts.add(digits.substring(pos, pos + 1));
            withBlanks(digits, cells, pos + 1, parts, out);
            parts.remove(parts.size() - 1);
        }
    }

    private static void cut(String[] tokens, int token, int pos, int left, List<String> parts, List<List<String>> out) {
        if (out.size() > MAX_ROW_CANDIDATES) {
            return;
        }
        if (token == tokens.length) {
            if (left == 0) {
                out.add(new ArrayList<>(parts));
            }
            return;
        }
        String t = tokens[token];
        if (pos == t.length()) {
            cut(tokens, token + 1, 0, left, parts, out);
            return;
        }
        int remainingDigits = digitCount(t.substring(pos));
        for (int k = token + 1; k < tokens.length; k++) {
            remainingDigits += digitCount(tokens[k]);
        }
        if (left == 0 || remainingDigits < left) {
            return;
        }
        int sign = pos == 0 && (t.charAt(0) == '+' || t.charAt(0) == '-') ? 1 : 0;
        if (sign == 1 && t.length() < 2) {
            return;
        }
        int maxLen = t.charAt(pos + sign) == '0' ? 1 + sign : Math.min(MAX_DIGITS + sign, t.length() - pos);
        for (int len = 1 + sign; len <= maxLen; len++) {
            parts.add(t.substring(pos, pos + len));
            cut(tokens, token, pos + len, left - 1, parts, out);
            parts.remove(parts.size() - 1);
        }
    }
}
