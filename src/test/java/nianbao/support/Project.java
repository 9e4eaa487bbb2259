package nianbao.support;

import java.nio.file.Files;
import java.nio.file.Path;
import nianbao.analysis.Auditor;
import nianbao.analysis.RuleSetup;

/** Paths of the project and of the shared corpus, and one compiled auditor shared by the tests. */
public final class Project {
    public static final Path RULES = Path.of("rules");
    public static final Path REPORTS = Path.of("reports-in");
    /** The five sample reports: reports-in/{stem}.txt, their renderings and true grids in ../shared/corpus/formats. */
    public static final java.util.List<String> SAMPLES = java.util.List.of("000_3438832166e5f38e", "001_3c6323d342dfd320",
            "002_4e6b494957470ee7", "003_d989bb26a1ba241d", "004_3b473299667ac3ab");
    private static RuleSetup setup;
    private static Auditor auditor;

    private Project() {
    }

    /** The rules folder rules/ loaded and compiled once per test JVM (compiling takes about two seconds). */
    public static synchronized RuleSetup setup() {
        if (setup == null) {
            try {
                setup = RuleSetup.load(RULES, null);
            } catch (Exception e) {
                throw new IllegalStateException("rules/ does not compile: " + e, e);
            }
        }
        return setup;
    }

    /** An auditor of the rules in rules/, shared by the tests. */
    public static synchronized Auditor auditor() {
        if (auditor == null) {
            auditor = setup().auditor();
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

    /** A copy of rules/ (every file and folder) at {@code target}, for tests that change the rules. */
    public static Path copyRules(Path target) throws java.io.IOException {
        try (java.util.stream.Stream<Path> files = Files.walk(RULES)) {
            for (Path f : files.toList()) {
                Path to = target.resolve(RULES.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
        return target;
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
