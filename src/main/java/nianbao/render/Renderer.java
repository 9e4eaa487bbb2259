package nianbao.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import nianbao.findings.BatchResult;

/** Writes a batch result to one output file. */
public interface Renderer {
    void write(BatchResult result, OutputStream out) throws IOException;

    /** Writes to a temporary file beside the target, then moves it into place. */
    default void writeTo(BatchResult result, Path target) throws IOException {
        atomically(target, out -> write(result, out));
    }

    /** Something that writes a whole file to a stream. */
    @FunctionalInterface
    interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes one file through a temporary file beside the target that is moved into place, so an
     * interrupted run never leaves a half-written file where the last good one was ({@link OutputFiles}
     * does the same for several files at once).
     */
    static void atomically(Path target, Body body) throws IOException {
        try (OutputFiles files = new OutputFiles()) {
            files.add(target, body);
            files.commit();
        }
    }
}
