package nianbao.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The files to audit: the paths given, folders searched recursively, hidden files and temp files left out. */
final class Inputs {
    private Inputs() {
    }

    record Input(Path path, String shownName) {
    }

    /** The files to audit; a folder's files under {@code outputDir} (this tool's own results) are left out. */
    static List<Input> collect(List<Path> paths, Path outputDir) throws IOException {
        Path skip = outputDir == null ? null : outputDir.toAbsolutePath().normalize();
        List<Input> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    for (Path f : s.filter(Files::isRegularFile).filter(Inputs::wanted)
                            .filter(f -> skip == null || !f.toAbsolutePath().normalize().startsWith(skip)).sorted().toList()) {
                        out.add(new Input(f, shown(f)));
                    }
                }
            } else {
                out.add(new Input(p, shown(p)));
            }
        }
        out.sort((a, b) -> a.shownName().compareTo(b.shownName()));
        return out;
    }

    private static boolean wanted(Path f) {
        String n = f.getFileName().toString();
        return !n.startsWith(".") && !n.startsWith("~$") && !n.equalsIgnoreCase("README.md");
    }

    private static String shown(Path p) {
        return p.normalize().toString().replace('\\', '/');
    }
}
