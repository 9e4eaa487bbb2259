package nianbao.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import nianbao.findings.ReportResult;

/**
 * The files to audit: the paths given, folders searched recursively ({@link InputWalker}), hidden files
 * and temp files left out. Entries that cannot or must not be read (an unreadable folder, a named pipe, a
 * link out of the input folders …) are kept too, each with its result already decided, so the batch
 * accounts for every input.
 */
public final class Inputs {
    private Inputs() {
    }

    /**
     * One input: {@code path} to read (for a link, the real file it leads to) and the name it is shown
     * under; or, when it is not to be read, {@code notRead}, the result that says why.
     */
    public record Input(Path path, String shownName, ReportResult notRead) {
        Input(Path path, String shownName) {
            this(path, shownName, null);
        }

        static Input toAudit(Path path, String shownName) {
            return new Input(path, shownName, null);
        }

        static Input notRead(ReportResult why) {
            return new Input(null, why.file(), why);
        }
    }

    /** The inputs, ordered by shown name; a folder's files under {@code outputDir} (this tool's own results) are left out. */
    public static List<Input> collect(List<Path> paths, Path outputDir) {
        Path skip = outputDir == null ? null : outputDir.toAbsolutePath().normalize();
        InputWalker walker = new InputWalker(allowedRoots(paths), skip);
        for (Path p : paths) {
            try {
                BasicFileAttributes attrs = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (Files.isDirectory(p)) {
                    // A folder named on the command line is walked even when its name is a link (the walk would take
                    // the link itself for a file: "name/." is the folder it leads to); links inside are not followed.
                    Path start = attrs.isSymbolicLink() ? p.resolve(".") : p;
                    Files.walkFileTree(start, EnumSet.noneOf(java.nio.file.FileVisitOption.class), Integer.MAX_VALUE, walker);
                } else {
                    walker.add(p, attrs);
                }
            } catch (IOException e) {
                // One path given that cannot even be looked at is listed; the other paths are still checked.
                walker.visitFileFailed(p, e);
            }
        }
        List<Input> out = new ArrayList<>(walker.found());
        out.sort((a, b) -> a.shownName().compareTo(b.shownName()));
        return out;
    }

    /** Where a link may lead: inside a folder named on the command line, or beside a file named there. */
    static List<Path> allowedRoots(List<Path> paths) {
        List<Path> roots = new ArrayList<>();
        for (Path p : paths) {
            Path folder = Files.isDirectory(p) ? p : p.toAbsolutePath().getParent();
            try {
                if (folder != null) {
                    roots.add(folder.toRealPath());
                }
            } catch (IOException e) {
                // A folder whose real place cannot be found admits no link; it is listed when walked.
            }
        }
        return roots;
    }

    static boolean wanted(Path f) {
        Path name = f.getFileName();
        if (name == null) {
            return true;
        }
        String n = name.toString();
        return !n.startsWith(".") && !n.startsWith("~$") && !n.equalsIgnoreCase("README.md");
    }

    static String shown(Path p) {
        return p.normalize().toString().replace('\\', '/');
    }
}
