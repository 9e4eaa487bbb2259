package nianbao.findings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * What a batch keeps of every report until its workbook is written, kept on disk instead of in memory, in the
 * order it was added: what lets a national batch (100,000 reports) run in the same memory as a hundred. In
 * memory stay, per report, only where its bytes are (a {@link RecordFile}) and its file name (the batch is
 * sorted and joined by file). {@link #get} reads a value back, a fresh object each time, so nobody may rely on
 * two gets giving the same object; {@link #set} writes the new value at the end of the file.
 *
 * <p>The encoding is each subclass's own and only ever read by the run that wrote it.
 */
public abstract class Spooled<T> extends AbstractList<T> implements RandomAccess, AutoCloseable {
    private final RecordFile records;
    private String[] files = new String[64];

    protected Spooled(Path dir, String prefix) {
        this.records = RecordFile.create(dir, prefix);
    }

    /** The bytes of one value. */
    protected abstract byte[] encode(T value) throws IOException;

    /** The value of these bytes. */
    protected abstract T decode(byte[] bytes) throws IOException;

    /** The file (report) a value belongs to. */
    protected abstract String fileOf(T value);

    @Override
    public synchronized int size() {
        return records.size();
    }

    /** The file name of value {@code i}, without reading the value. */
    public synchronized String file(int i) {
        java.util.Objects.checkIndex(i, records.size());
        return files[i];
    }

    @Override
    public synchronized boolean add(T value) {
        int i = records.size();
        if (i == files.length) {
            files = Arrays.copyOf(files, i * 2);
        }
        files[i] = fileOf(value);
        records.add(encoded(value));
        modCount++;
        return true;
    }

    @Override
    public synchronized T set(int i, T value) {
        T old = get(i);
        files[i] = fileOf(value);
        records.set(i, encoded(value));
        return old;
    }

    @Override
    public synchronized T get(int i) {
        try {
            return decode(records.get(i));
        } catch (IOException e) {
            throw new UncheckedIOException("temporary batch file could not be read", e);
        }
    }

    /** Keeps only the first {@code n} values (those after them were placeholders of the batch checks). */
    public synchronized void keepFirst(int n) {
        int[] order = new int[Math.min(n, records.size())];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        records.reorder(order);
        Arrays.fill(files, order.length, files.length, null);
        modCount++;
    }

    /** Puts the values in the order of their file names, where they lie (stable: equal names keep their order). */
    public synchronized void sortByFile() {
        int n = records.size();
        if (sortedByFile()) {
            return;
        }
        Integer[] boxed = new Integer[n];
        for (int i = 0; i < n; i++) {
            boxed[i] = i;
        }
        Arrays.sort(boxed, (a, b) -> files[a].compareTo(files[b]));
        int[] order = new int[n];
        String[] sorted = new String[files.length];
        for (int k = 0; k < n; k++) {
            order[k] = boxed[k];
            sorted[k] = files[boxed[k]];
        }
        records.reorder(order);
        files = sorted;
        modCount++;
    }

    private boolean sortedByFile() {
        for (int i = 1; i < records.size(); i++) {
            if (files[i - 1].compareTo(files[i]) > 0) {
                return false;
            }
        }
        return true;
    }

    /** Deletes the temporary file; the values are gone with it. */
    @Override
    public synchronized void close() {
        records.close();
        files = new String[64];
    }

    private byte[] encoded(T value) {
        try {
            return encode(value);
        } catch (IOException e) {
            throw new UncheckedIOException("a value could not be encoded", e); // to a byte array: never happens
        }
    }

    /** A string as its UTF-8 length and bytes, null as -1: the subclasses' encodings are made of these. */
    protected static void str(java.io.DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    protected static String str(java.io.DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            return null;
        }
        byte[] b = new byte[n];
        in.readFully(b);
        return new String(b, java.nio.charset.StandardCharsets.UTF_8);
    }
}
