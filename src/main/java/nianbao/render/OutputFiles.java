package nianbao.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files of one run (findings.json, findings.xlsx, the per-office workbooks), written as a unit: each
 * is first written whole to a temporary file {@code .nianbao-*.tmp} beside its target, and only when all
 * are written are they moved into place, one rename each (atomic where the file system allows). Writing
 * takes seconds to minutes, the renames microseconds: a run killed or failing while writing leaves the
 * previous JSON and workbook in place and matching each other. Temporary files of a run that was killed
 * are removed by the next run ({@link #removeLeftovers}); {@link #close} removes those of a failed run.
 */
public final class OutputFiles implements AutoCloseable {
    static final String PREFIX = ".nianbao-";
    static final String SUFFIX = ".tmp";

    /** Target → its written temporary file, in the order they were added (the order they are moved). */
    private final Map<Path, Path> staged = new LinkedHashMap<>();

    /** Writes {@code target}'s content to a temporary file beside it; nothing visible changes yet. */
    public void add(Path target, Renderer.Body body) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, PREFIX, SUFFIX);
        staged.put(target, tmp);
        try (OutputStream out = Files.newOutputStream(tmp)) {
            body.writeTo(out);
        }
        readableByAll(tmp);
    }

    /**
     * Moves every written file into place. Every target is first checked to be a regular file or absent (a
     * folder of that name would make one move fail after the others were done, leaving a mismatched pair; a
     * device or link must not be replaced by a results file).
     */
    public void commit() throws IOException {
        for (Path target : staged.keySet()) {
            if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new java.nio.file.FileAlreadyExistsException(target.toString(), null, "a folder has the result's name");
            }
            // A device, pipe or link standing where a result goes (--json /dev/full) is never replaced.
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new java.nio.file.FileAlreadyExistsException(target.toString(), null, "something else than a file has the result's name");
            }
        }
        for (Map.Entry<Path, Path> e : staged.entrySet()) {
            moveIntoPlace(e.getValue(), e.getKey());
        }
        staged.clear();
    }

    /** Removes the temporary files not moved into place (a run that failed before {@link #commit}). */
    @Override
    public void close() {
        for (Path tmp : staged.values()) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException e) {
                // Left for the next run's removeLeftovers; the failure itself is what gets reported.
            }
        }
        staged.clear();
    }

    /** The targets added so far, in order (for tests and messages). */
    public List<Path> targets() {
        return new ArrayList<>(staged.keySet());
    }

    /**
     * Removes the temporary files an earlier, killed run left in {@code dir} (not below it); only regular
     * files named {@code .nianbao-*.tmp}, never following a link. Returns how many were removed.
     */
    public static int removeLeftovers(Path dir) throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return 0;
        }
        int removed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, PREFIX + "*" + SUFFIX)) {
            for (Path f : files) {
                if (Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS) && Files.deleteIfExists(f)) {
                    removed++;
                }
            }
        }
        return removed;
    }

    static void moveIntoPlace(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A temporary file is created readable by its owner only; the output is a normal file (rw-r--r--). */
    static void readableByAll(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
    }
}
