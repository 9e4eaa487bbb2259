package nianbao.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes report text without trusting a declared encoding: a BOM wins; otherwise strict UTF-8; otherwise
 * GB18030 (a superset of GBK and GB2312). libraries.md measured this to be right on every seed in every
 * encoding where statistical detectors failed on short files.
 */
final class TextDecoder {
    static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoder() {
    }

    /** A byte-order mark: the charset it names and how many bytes it takes. */
    record Bom(Charset charset, int length) {
    }

    /** The byte-order mark the bytes start with, or null. */
    static Bom bom(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new Bom(StandardCharsets.UTF_8, 3);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new Bom(StandardCharsets.UTF_16LE, 2);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new Bom(StandardCharsets.UTF_16BE, 2);
        }
        return null;
    }

    /** Decoded text and, when bytes had to be replaced, a note saying so (else null). */
    record Decoded(String text, String note) {
    }

    static String decode(byte[] bytes) throws UnreadableException {
        return decodeNoting(bytes).text();
    }

    /**
     * As a person would read it: a BOM wins; then strict UTF-8; a file that is UTF-8 but for a few bad
     * bytes (one flipped byte, a truncated last character) is UTF-8 with them replaced by U+FFFD, because
     * refusing the whole report for one character helps nobody; then strict GB18030, then GB18030 with a
     * few replacements. Only text that is garbage in both is refused. "A few" is one bad sequence per 1,000
     * non-ASCII bytes (up to 8 in a short file, never over 2 %): a real GBK file read as UTF-8 fails at
     * nearly every Chinese character, so the two cases are far apart.
     */
    static Decoded decodeNoting(byte[] bytes) throws UnreadableException {
        Bom bom = bom(bytes);
        int offset = bom == null ? 0 : bom.length();
        java.util.List<Charset> order = bom != null ? java.util.List.of(bom.charset())
                : java.util.List.of(StandardCharsets.UTF_8, GB18030);
        Counted best = null;
        for (Charset cs : order) {
            Counted c = counting(bytes, offset, cs);
            if (c.errors() == 0) {
                return new Decoded(c.text(), null);
            }
            if (bom == null && cs.equals(StandardCharsets.UTF_8) && fewErrors(c, bytes, offset)) {
                return new Decoded(c.text(), lenientNote(c, "UTF-8"));
            }
            if (best == null || c.errors() < best.errors()) {
                best = c;
            }
        }
        if (fewErrors(best, bytes, offset)) {
            return new Decoded(best.text(), lenientNote(best, best.charset().equals(GB18030) ? "GB18030/GBK" : best.charset().name()));
        }
        throw new UnreadableException("文件的文字编码无法识别（既不是 UTF-8 也不是 GB18030/GBK），无法读取。");
    }

    /**
     * The same choice for a web page, which a browser shows whatever stray bytes it holds: strict UTF-8,
     * else GB18030 with undecodable bytes replaced rather than refused.
     */
    static String utf8ElseGb18030(byte[] bytes) {
        try {
            return strictOrThrow(bytes, 0, StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, GB18030);
        }
    }

    /** Whether the bytes are valid UTF-8 (a page's bytes beat its {@code <meta>} when they are). */
    static boolean isStrictUtf8(byte[] bytes, int offset) {
        try {
            strictOrThrow(bytes, offset, StandardCharsets.UTF_8);
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Text decoded with bad sequences replaced, and how many there were. */
    record Counted(String text, int errors, Charset charset) {
    }

    static Counted counting(byte[] bytes, int offset, Charset charset) {
        java.nio.charset.CharsetDecoder dec = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(Math.max(16, bytes.length - offset + 1));
        int errors = 0;
        while (true) {
            java.nio.charset.CoderResult r = dec.decode(in, out, true);
            if (r.isError()) {
                errors++;
                in.position(in.position() + r.length());
                out.put('\uFFFD');
            } else if (r.isOverflow()) {
                out = grow(out);
            } else {
                java.nio.charset.CoderResult f = dec.flush(out);
                if (f.isOverflow()) {
                    out = grow(out);
                    dec.flush(out);
                }
                break;
            }
        }
        out.flip();
        return new Counted(out.toString(), errors, charset);
    }

    private static java.nio.CharBuffer grow(java.nio.CharBuffer out) {
        java.nio.CharBuffer bigger = java.nio.CharBuffer.allocate(out.capacity() * 2 + 16);
        out.flip();
        bigger.put(out);
        return bigger;
    }

    private static boolean fewErrors(Counted c, byte[] bytes, int offset) {
        int nonAscii = 0;
        for (int i = offset; i < bytes.length; i++) {
            if (bytes[i] < 0) {
                nonAscii++;
            }
        }
        // At most 1 in 1,000 non-ASCII bytes (a few more in a short file), and never over 2 %: text in the
        // other encoding fails at a third or more of its non-ASCII bytes, whatever its length.
        return c.errors() <= Math.max(8, nonAscii / 1000) && c.errors() * 50L <= nonAscii;
    }

    private static String lenientNote(Counted c, String encoding) {
        return "宽松读取：文件按 " + encoding + " 编码读取，其中 " + c.errors() + " 处无法识别的字节已替换为“\uFFFD”。";
    }

    private static String strictOrThrow(byte[] bytes, int offset, Charset charset) throws CharacterCodingException {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                .toString();
    }
}
