package nianbao.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * What every match of a prose pattern must contain: the literal runs outside optional parts and
 * alternatives, and whether a digit is required. A sentence lacking one of them cannot match, so the
 * pattern is not run on it; the findings are the same, only the regex engine's work is saved (statements.json
 * has some forty patterns, tried on every sentence of every report, and most sentences hold none of their words).
 *
 * <p>The reading of the pattern is conservative: anything it does not understand (inline flags, back
 * references, quoting, Unicode classes) gives {@link #NONE}, which lets every sentence through.
 */
final class RequiredText {
    /** Requires nothing: every sentence is tried. */
    static final RequiredText NONE = new RequiredText(List.of(), false);

    private final List<String> runs;
    private final boolean digit;

    private RequiredText(List<String> runs, boolean digit) {
        this.runs = runs;
        this.digit = digit;
    }

    List<String> runs() {
        return runs;
    }

    boolean digit() {
        return digit;
    }

    /** False only when the sentence cannot hold a match ({@code hasDigit}: it has an ASCII digit). */
    boolean mayMatch(String sentence, boolean hasDigit) {
        if (digit && !hasDigit) {
            return false;
        }
        for (String r : runs) {
            if (!sentence.contains(r)) {
                return false;
            }
        }
        return true;
    }

    /** True when the text holds 0-9 (what {@code \d} matches without UNICODE_CHARACTER_CLASS). */
    static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** The requirements of a java.util.regex pattern, or {@link #NONE} when it is not understood. */
    static RequiredText of(String regex) {
        try {
            Parser p = new Parser(regex);
            Seq s = p.sequence();
            if (p.pos != regex.length() || s.alternation) {
                return NONE;
            }
            return new RequiredText(List.copyOf(s.runs), s.digit);
        } catch (GiveUp | RuntimeException e) {
            return NONE;
        }
    }

    private static final class GiveUp extends Exception {
        GiveUp() {
            super(null, null, false, false);
        }
    }

    /** What a sequence (a group's body, or the whole pattern) requires. */
    private static final class Seq {
        final List<String> runs = new ArrayList<>();
        boolean digit;
        boolean alternation;
    }

    private static final class Parser {
        final String re;
        int pos;

        Parser(String re) {
            this.re = re;
        }

        /** Reads up to an unmatched ')' or the end. */
        Seq sequence() throws GiveUp {
            Seq seq = new Seq();
            StringBuilder run = new StringBuilder();
            while (pos < re.length() && re.charAt(pos) != ')') {
                char c = re.charAt(pos);
                if (c == '|') {
                    seq.alternation = true;
                    pos++;
                    flush(run, seq);
                    continue;
                }
                // One atom: its literal (or -1), whether it is a digit class, and a group's requirements.
                int literal = -1;
                boolean digitAtom = false;
                Seq group = null;
                if (c == '\\') {
                    if (pos + 1 >= re.length()) {
                        throw new GiveUp();
                    }
                    char e = re.charAt(pos + 1);
                    pos += 2;
                    if (e == 'd') {
                        digitAtom = true;
                    } else if ("QEkpPxuc0123456789NgRX".indexOf(e) >= 0) {
                        throw new GiveUp();
                    } else if (Character.isLetter(e)) {
                        // \s \w \b … a class or an anchor: requires nothing we can name
                    } else {
                        literal = e;
                    }
                } else if (c == '[') {
                    skipClass();
                } else if (c == '(') {
                    pos++;
                    boolean lookaround = false;
                    if (re.startsWith("?:", pos)) {
                        pos += 2;
                    } else if (re.startsWith("?=", pos) || re.startsWith("?!", pos)) {
                        pos += 2;
                        lookaround = true;
                    } else if (re.startsWith("?<=", pos) || re.startsWith("?<!", pos)) {
                        pos += 3;
                        lookaround = true;
                    } else if (re.startsWith("?<", pos)) {
                        int close = re.indexOf('>', pos);
                        if (close < 0) {
                            throw new GiveUp();
                        }
                        pos = close + 1;
                    } else if (re.startsWith("?", pos)) {
                        throw new GiveUp(); // inline flags, atomic groups …
                    }
                    Seq inner = sequence();
                    if (pos >= re.length() || re.charAt(pos) != ')') {
                        throw new GiveUp();
                    }
                    pos++;
                    group = lookaround || inner.alternation ? new Seq() : inner;
                } else if (c == '.' || c == '^' || c == '$') {
                    pos++;
                } else if ("?*+{}]".indexOf(c) >= 0) {
                    throw new GiveUp(); // a quantifier with nothing before it: not understood
                } else {
                    literal = c;
                    pos++;
                }
                int quantifier = quantifier();
                boolean optional = quantifier == 0;
                if (literal >= 0 && quantifier < 0) {
                    run.append((char) literal);
                    continue;
                }
                flush(run, seq);
                if (optional) {
                    continue;
                }
                if (literal >= 0) {
                    seq.runs.add(String.valueOf((char) literal));
                }
                if (digitAtom) {
                    seq.digit = true;
                }
                if (group != null) {
                    seq.runs.addAll(group.runs);
                    seq.digit |= group.digit;
                }
            }
            flush(run, seq);
            if (seq.alternation) {
                seq.runs.clear();
                seq.digit = false;
            }
            return seq;
        }

        private static void flush(StringBuilder run, Seq seq) {
            if (run.length() > 0) {
                seq.runs.add(run.toString());
                run.setLength(0);
            }
        }

        /** -1: none; 0: the atom may be absent (?, *, {0…}); 1: present at least once (+, {n…} with n ≥ 1). */
        private int quantifier() throws GiveUp {
            if (pos >= re.length()) {
                return -1;
            }
            char q = re.charAt(pos);
            int kind;
            if (q == '?' || q == '*') {
                pos++;
                kind = 0;
            } else if (q == '+') {
                pos++;
                kind = 1;
            } else if (q == '{') {
                int close = re.indexOf('}', pos);
                if (close < 0) {
                    throw new GiveUp();
                }
                String body = re.substring(pos + 1, close);
                String min = body.contains(",") ? body.substring(0, body.indexOf(',')) : body;
                if (!min.matches("\\d+")) {
                    throw new GiveUp();
                }
                pos = close + 1;
                kind = Integer.parseInt(min) == 0 ? 0 : 1;
            } else {
                return -1;
            }
            if (pos < re.length() && (re.charAt(pos) == '?' || re.charAt(pos) == '+')) {
                pos++; // lazy or possessive: the same requirement
            }
            return kind;
        }

        /** Skips a character class, nested classes and escapes included. */
        private void skipClass() throws GiveUp {
            int depth = 0;
            while (pos < re.length()) {
                char c = re.charAt(pos);
                if (c == '\\') {
                    pos += 2;
                    continue;
                }
                if (c == '[') {
                    depth++;
                    pos++;
                    if (pos < re.length() && re.charAt(pos) == '^') {
                        pos++;
                    }
                    if (pos < re.length() && re.charAt(pos) == ']') {
                        pos++; // a ']' first in a class is a literal
                    }
                    continue;
                }
                pos++;
                if (c == ']' && --depth == 0) {
                    return;
                }
            }
            throw new GiveUp();
        }
    }
}
