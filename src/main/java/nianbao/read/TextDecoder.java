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

    static String decode(byte[] bytes) throws UnreadableException {
        Bom bom = bom(bytes);
        if (bom != null) {
            return strict(bytes, bom.length(), bom.charset());
        }
        try {
            return strictOrThrow(bytes, 0, StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            return strict(bytes, 0, GB18030);
        }
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

    private static String strict(byte[] bytes, int offset, Charset charset) throws UnreadableException {
        try {
            return strictOrThrow(bytes, offset, charset);
        } catch (CharacterCodingException e) {
            throw new UnreadableException("文件的文字编码无法识别（既不是 UTF-8 也不是 GB18030/GBK），无法读取。", e);
        }
    }

    private static String strictOrThrow(byte[] bytes, int offset, Charset charset) throws CharacterCodingException {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                .toString();
    }
}
