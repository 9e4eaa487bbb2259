package nianbao;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pipeline is the architecture: read → document → extract (facts) → engine (rules) → findings →
 * render; analysis runs the pipeline on one report and on a batch, and cli, on top, parses the command
 * line, prints and hands the results to render. Reading turns facts into the plain values that show what
 * was read (for ./check show and the office workbooks). Dependencies point one way; renderers never know
 * the input format, readers never know the template or the rules. Checked on the sources' own references
 * to nianbao packages.
 */
class ArchitectureTest {
    private static final Path SRC = Path.of("src/main/java/nianbao");
    private static final Pattern REF = Pattern.compile("\\bnianbao\\.(\\w+)\\.");

    /** Which of our packages each package may use (besides itself). */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("document", Set.of()),
            Map.entry("facts", Set.of()),
            Map.entry("findings", Set.of()),
            Map.entry("read", Set.of("document")),
            Map.entry("template", Set.of("document")),
            Map.entry("extract", Set.of("document", "template", "facts")),
            // The rules see facts, never how they were extracted.
            Map.entry("engine", Set.of("facts", "findings", "template")),
            Map.entry("reading", Set.of("document", "facts", "template", "findings")),
            Map.entry("render", Set.of("findings")),
            Map.entry("analysis", Set.of("document", "read", "template", "extract", "facts", "engine", "findings", "reading")),
            // The command line uses analysis's API and render's outputs only. It never reads a findings value:
            // what it prints comes from analysis's own summary types (BatchRun, ReportRun, RuleSetup), and the
            // results it hands from analysis to render (BatchRun.result(), the rule list) pass through unread.
            Map.entry("cli", Set.of("analysis", "render")));

    @Test
    void dependenciesFollowThePipeline() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SRC)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = SRC.relativize(f).getName(0).toString();
                assertThat(ALLOWED).as("package " + pkg + " has a declared place in the pipeline").containsKey(pkg);
                Matcher m = REF.matcher(Files.readString(f));
                while (m.find()) {
                    String used = m.group(1);
                    if (!used.equals(pkg) && !ALLOWED.get(pkg).contains(used)) {
                        violations.add(SRC.relativize(f) + " uses nianbao." + used);
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void everyPackageSaysWhatItOwns() {
        for (String pkg : ALLOWED.keySet()) {
            assertThat(SRC.resolve(pkg).resolve("package-info.java")).exists();
        }
    }
}
