package nianbao.findings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * Records (byte arrays) in a temporary file, by number: what the batch keeps of each report until its
 * workbook is written, kept on disk so that memory does not grow with the batch. A record can be replaced (the
 * new bytes go to the end of the file) and the records put in another order. In memory stay only where each
 * record lies.
 *
 * <p>The file is deleted when this is closed or the program ends. Where it cannot be made or written (a full or
 * read-only disk), the records stay in memory from then on, and what was written before stays readable: a full
 * disk costs memory, never a report.
 */
final class RecordFile implements AutoCloseable {
    private final Path file;
    private FileChannel channel;
    /** False once a write failed. */
    private boolean writable = true;
    private long end;
    private long[] offsets = new long[64];
    private int[] lengths = new int[64];
    private int size;
    /** Records that could not be written, by number. */
    private final Map<Integer, byte[]> inMemory = new HashMap<>();

    private RecordFile(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /** A new, empty file in {@code dir} (null: the system's temporary folder), or records in memory without one. */
    static RecordFile create(Path dir, String prefix) {
        try {
            Path f = dir == null ? Files.createTempFile(prefix, ".bin") : Files.createTempFile(dir, prefix, ".bin");
            FileChannel ch = FileChannel.open(f, StandardOpenOption.READ, StandardOpenOption.WRITE,
                    StandardOpenOption.DELETE_ON_CLOSE);
            f.toFile().deleteOnExit();
            return new RecordFile(f, ch);
        } catch (IOException | RuntimeException e) {
            LoggerFactory.getLogger(RecordFile.class).warn("no temporary file for the batch, kept in memory", e);
            return new RecordFile(null, null);
        }
    }

    int size() {
        return size;
    }

    /** Appends a record; its number is the size before. */
    void add(byte[] bytes) {
        if (size == offsets.length) {
            offsets = Arrays.copyOf(offsets, size * 2);
            lengths = Arrays.copyOf(lengths, size * 2);
        }
        size++;
        put(size - 1, bytes);
    }

    /** Replaces record {@code i}. */
    void set(int i, byte[] bytes) {
        java.util.Objects.checkIndex(i, size);
        put(i, bytes);
    }

    byte[] get(int i) {
        java.util.Objects.checkIndex(i, size);
        byte[] kept = inMemory.get(i);
        if (kept != null) {
            return kept;
        }
        try {
            ByteBuffer buf = ByteBuffer.allocate(lengths[i]);
            while (buf.hasRemaining()) {
                if (channel.read(buf, offsets[i] + buf.position()) < 0) {
                    throw new IOException("cut short");
                }
            }
            return buf.array();
        } catch (IOException e) {
            // Only what this run wrote is read: failing here means the temporary file was taken away.
            throw new UncheckedIOException("temporary batch file " + file + " could not be read", e);
        }
    }

    /** Puts the records in this order: record k becomes what record {@code order[k]} was; size becomes its length. */
    void reorder(int[] order) {
        long[] o = new long[Math.max(64, order.length)];
        int[] l = new int[o.length];
        Map<Integer, byte[]> m = new HashMap<>();
        for (int k = 0; k < order.length; k++) {
            int i = order[k];
            o[k] = offsets[i];
            l[k] = lengths[i];
            byte[] kept = inMemory.get(i);
            if (kept != null) {
                m.put(k, kept);
            }
        }
        offsets = o;
        lengths = l;
        size = order.length;
        inMemory.clear();
        inMemory.putAll(m);
    }

    private void put(int i, byte[] bytes) {
        inMemory.remove(i);
        if (channel != null && writable) {
            try {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                long at = end;
                while (buf.hasRemaining()) {
                    channel.write(buf, at + buf.position());
                }
                end += bytes.length;
                offsets[i] = at;
                lengths[i] = bytes.length;
                return;
            } catch (IOException e) {
                LoggerFactory.getLogger(RecordFile.class)
                        .warn("temporary batch file {} cannot be written, the rest is kept in memory", file, e);
                writable = false;
            }
        }
        inMemory.put(i, bytes);
    }

    /** Deletes the file; the records are gone with it. */
    @Override
    public void close() {
        inMemory.clear();
        size = 0;
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                LoggerFactory.getLogger(RecordFile.class).debug("closing {}", file, e);
            }
            channel = null;
        }
    }
}
