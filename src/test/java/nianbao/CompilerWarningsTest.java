package nianbao;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sources compile without a warning. The build prints warnings (-Xlint:all,-serial) but does not fail on
 * them: a newer javac brings new checks (JDK 25: dangling-doc-comments, a wider serial), and -Werror would
 * break the build on a JDK upgrade. This test holds the count at zero for the checks javac 17 has, named
 * one by one so that a newer JDK's additional checks do not fail it; serial is left out as in pom.xml (no
 * class of ours is ever serialised).
 */
class CompilerWarningsTest {
    private static final String LINT = "-Xlint:auxiliaryclass,cast,classfile,deprecation,dep-ann,divzero,empty,exports,"
            + "fallthrough,finally,missing-explicit-ctor,module,opens,options,overloads,overrides,path,processing,rawtypes,"
            + "removal,requires-automatic,requires-transitive-automatic,static,strictfp,synchronization,text-blocks,try,"
            + "unchecked,varargs,preview";

    @Test
    void mainAndTestSourcesCompileWithoutWarnings(@TempDir Path out) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac).as("a JDK, not a JRE").isNotNull();
        // Surefire runs the tests from a manifest-only jar and names the real class path here.
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<File> sources;
        try (Stream<Path> main = Files.walk(Path.of("src/main/java")); Stream<Path> test = Files.walk(Path.of("src/test/java"))) {
            sources = Stream.concat(main, test).filter(p -> p.toString().endsWith(".java")).map(Path::toFile).toList();
        }
        DiagnosticCollector<JavaFileObject> found = new DiagnosticCollector<>();
        boolean compiled;
        try (StandardJavaFileManager files = javac.getStandardFileManager(found, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<String> options = List.of("--release", "17", LINT, "-proc:none", "-encoding", "UTF-8",
                    "-classpath", classPath, "-d", out.toString());
            compiled = javac.getTask(null, files, found, options, null, files.getJavaFileObjectsFromFiles(sources)).call();
        }
        List<String> warnings = found.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.WARNING || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING)
                .map(d -> (d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber() + ": ")
                        + d.getMessage(Locale.ROOT))
                .toList();
        assertThat(compiled).as(found.getDiagnostics().toString()).isTrue();
        assertThat(warnings).as("javac warnings").isEmpty();
    }
}
