package nianbao.support;

import java.nio.file.Files;
import java.nio.file.Path;
import nianbao.cli.Auditor;

/** Paths of the project and of the shared corpus, and one compiled auditor shared by the tests. */
public final class Project {
    public static final Path RULES = Path.of("rules");
    public static final Path REPORTS = Path.of("reports-in");
    private static Auditor auditor;

    private Project() {
    }

    /** The rules in rules/ compiled once per test JVM (compiling takes about two seconds). */
    public static synchronized Auditor auditor() {
        if (auditor == null) {
            try {
                auditor = Auditor.forRules(RULES);
            } catch (Exception e) {
                throw new IllegalStateException("rules/ does not compile: " + e, e);
            }
        }
        return auditor;
    }

    private static nianbao.document.ReadingWords words;

    /** The template's words for the readers, from rules/templates, as the auditor hands them over (read once). */
    public static synchronized nianbao.document.ReadingWords words() {
        if (words == null) {
            try {
                words = nianbao.template.Templates.load(RULES).readingWords();
            } catch (java.io.IOException e) {
                throw new IllegalStateException("rules/templates cannot be read: " + e, e);
            }
        }
        return words;
    }

    /** ../shared beside the clone (as on every developer machine and in CI); a missing folder fails the test. */
    public static Path shared(String sub) {
        Path p = Path.of("..", "shared").resolve(sub);
        if (!Files.exists(p)) {
            throw new AssertionError("shared corpus not found at " + p.toAbsolutePath()
                    + ": the tests need ../shared beside the project, as CI provides it");
        }
        return p;
    }
}
