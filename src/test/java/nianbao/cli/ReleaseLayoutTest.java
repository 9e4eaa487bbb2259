package nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nianbao.support.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The supervisor's installation: the release folder, unpacked where there is no Maven, no network, no source
 * tree and no ../shared, with only Java and a shell on PATH. {@code ./check} there audits the sample reports in
 * reports-in/ and writes out/, {@code ./check rules test} passes, and a rule that throws is one plain sentence
 * on the terminal naming out/nianbao-check.log, which holds the stack trace.
 *
 * <p>Which release: the zip {@code mvn package} makes (target/nianbao-check-VERSION.zip, src/assembly/release.xml)
 * when it is there and not older than the compiled classes; otherwise (CI's {@code mvn -B test} has no package
 * phase) the same layout built from this tree: check, check.cmd, rules/, reports-in/ and lib/nianbao-check.jar,
 * here a jar of only a manifest naming target/classes and the dependency jars. {@code .ci/run} runs
 * {@code mvn -B -DskipTests package} and then this test with {@code -Drelease.zip.required=true}, which fails
 * when there is no fresh zip, so CI checks the real zip too.
 */
class ReleaseLayoutTest {
    private static final String VERSION = "0.1.0";
    private static final Path ZIP = Path.of("target", "nianbao-check-" + VERSION + ".zip");

    @TempDir
    Path tmp;

    @Test
    void theReleaseRunsWithJavaOnlyAndItsMessagesNameTheLog() throws Exception {
        boolean zip = freshZip();
        if (Boolean.getBoolean("release.zip.required")) {
            assertThat(zip).as("a fresh %s (run mvn -B -DskipTests package first)", ZIP).isTrue();
        }
        assumeTrue(isUnix(), "the launcher ./check is a bash script");
        Path home = zip ? unzip(ZIP, tmp.resolve("unpacked")).resolve("nianbao-check-" + VERSION) : layoutFromClasses(tmp.resolve("built"));
        assertThat(home.resolve("pom.xml")).doesNotExist();
        assertThat(home.resolve("src")).doesNotExist();
        assertThat(home.resolve("rules/settings.xlsx")).isRegularFile();
        assertThat(home.resolve("check.cmd")).isRegularFile();
        try (Stream<Path> reports = Files.list(home.resolve("reports-in"))) {
            assertThat(reports.count()).isEqualTo(Project.SAMPLES.size());
        }
        if (zip) {
            assertThat(home.resolve("使用说明.md")).isRegularFile();
            assertThat(Files.readString(home.resolve("check.cmd"))).contains("\r\n");
        }
        Path bin = javaAndShellOnly(tmp.resolve("bin"));

        Run all = launch(home, bin, "./check");
        assertThat(all.exit()).as(all.text()).isEqualTo(4);
        assertThat(all.out()).contains("共 " + Project.SAMPLES.size() + " 个文件").contains("out/findings.xlsx");
        assertThat(all.err()).doesNotContain("构建").doesNotContain("Maven").doesNotContain("mvn");
        assertThat(home.resolve("out/findings.xlsx")).isRegularFile().isNotEmptyFile();
        assertThat(home.resolve("out/findings.json")).isRegularFile().isNotEmptyFile();
        assertThat(home.resolve("out/nianbao-check.log")).as("an empty log is removed").doesNotExist();

        Run test = launch(home, bin, "./check", "rules", "test");
        assertThat(test.exit()).as(test.text()).isZero();

        // A rule that throws: the terminal says so in Chinese and names the log; the log has the stack trace.
        Files.writeString(home.resolve("rules/zz-boom.drl"), "package nianbao.rules;\nimport nianbao.facts.*;\n"
                + "global nianbao.engine.Reporter reporter;\n\nrule \"ZZ-BOOM\"\n"
                + "    @id(\"ZZ-BOOM\") @category(\"structure\") @severity(\"error\") @description(\"一条出错的规则\")\n"
                + "when\n    $r : Report()\nthen\n    if (true) { throw new IllegalStateException(\"boom-in-rule\"); }\nend\n");
        Run boom = launch(home, bin, "./check", "reports-in/" + Project.SAMPLES.get(0) + ".txt");
        assertThat(boom.out()).as(boom.text()).contains("规则出错").contains("ZZ-BOOM")
                .contains("已记入日志 out/nianbao-check.log");
        assertThat(boom.text()).doesNotContain("boom-in-rule").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(Files.readString(home.resolve("out/nianbao-check.log"))).contains("boom-in-rule").contains("\tat ");
        assertThat(Files.readString(home.resolve("out/findings.json"))).contains("ZZ-BOOM").doesNotContain("boom-in-rule");
        try (Stream<Path> links = Files.list(bin)) {
            for (Path link : links.toList()) {
                Files.delete(link); // the links themselves, before JUnit warns about links out of the temp folder
            }
        }
    }

    /** Both launchers run the same jar the same way; check.cmd sets the console to UTF-8 and passes every argument on. */
    @Test
    void checkCmdNamesTheSameJarAsCheck() throws IOException {
        String sh = Files.readString(Path.of("check"));
        String cmd = Files.readString(Path.of("check.cmd"));
        for (String jar : List.of("lib/nianbao-check.jar", "target/nianbao-check.jar")) {
            assertThat(sh).contains(jar);
            assertThat(cmd).contains(jar.replace('/', '\\'));
        }
        assertThat(sh).contains("-jar \"$jar\" \"$@\"").contains("NIANBAO_HOME");
        assertThat(cmd).contains("-jar \"%JAR%\" %*").contains("NIANBAO_HOME").contains("chcp 65001")
                .contains("-Dfile.encoding=UTF-8").contains("-Dstdout.encoding=UTF-8").contains("exit /b %ERRORLEVEL%");
        // -jar: the main class is the shaded jar's manifest's, the one Main is.
        assertThat(Files.readString(Path.of("pom.xml"))).contains("<mainClass>" + Main.class.getName() + "</mainClass>");
        String assembly = Files.readString(Path.of("src/assembly/release.xml"));
        assertThat(assembly).contains("<outputDirectory>lib</outputDirectory>").contains("check.cmd")
                .contains("<directory>rules</directory>").contains("<directory>reports-in</directory>").contains("使用说明.md");
    }

    private record Run(int exit, String out, String err) {
        String text() {
            return out + err;
        }
    }

    private Run launch(Path home, Path bin, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(home.toFile());
        pb.environment().clear();
        pb.environment().put("PATH", bin.toString());
        pb.environment().put("HOME", tmp.toString());
        pb.environment().put("LANG", "C.UTF-8");
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        if (!p.waitFor(15, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("./check did not end");
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    /** A folder of links to java and to the few tools ./check uses: no mvn, nothing else. */
    private static Path javaAndShellOnly(Path bin) throws IOException {
        Files.createDirectories(bin);
        Path java = Path.of(ProcessHandle.current().info().command().orElseThrow()).toRealPath();
        Files.createSymbolicLink(bin.resolve("java"), java);
        for (String tool : List.of("bash", "find", "head", "wc", "mktemp", "dirname", "rm")) {
            Path found = null;
            for (String dir : System.getenv("PATH").split(":")) {
                Path t = Path.of(dir, tool);
                if (Files.isExecutable(t)) {
                    found = t.toRealPath();
                    break;
                }
            }
            assertThat(found).as(tool).isNotNull();
            Files.createSymbolicLink(bin.resolve(tool), found);
        }
        return bin;
    }

    private static boolean freshZip() throws IOException {
        Path main = Path.of("target", "classes", "nianbao", "cli", "Main.class");
        return Files.isRegularFile(ZIP) && (!Files.exists(main)
                || Files.getLastModifiedTime(ZIP).compareTo(Files.getLastModifiedTime(main)) >= 0);
    }

    private static boolean isUnix() {
        return !System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).contains("win");
    }

    private static Path unzip(Path zip, Path to) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                Path target = to.resolve(e.getName()).normalize();
                assertThat(target.startsWith(to)).as(e.getName()).isTrue();
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        // ZipInputStream does not keep the Unix mode: the assembly gives ./check 0755, as unzip restores it.
        executable(to.resolve("nianbao-check-" + VERSION).resolve("check"));
        return to;
    }

    /** The release's layout from this tree, with a jar whose manifest names the compiled classes and the libraries. */
    private static Path layoutFromClasses(Path home) throws IOException {
        Files.createDirectories(home.resolve("lib"));
        Files.copy(Path.of("check"), home.resolve("check"));
        executable(home.resolve("check"));
        Files.copy(Path.of("check.cmd"), home.resolve("check.cmd"));
        Project.copyRules(home.resolve("rules"));
        Files.createDirectories(home.resolve("reports-in"));
        for (String s : Project.SAMPLES) {
            Files.copy(Project.REPORTS.resolve(s + ".txt"), home.resolve("reports-in").resolve(s + ".txt"));
        }
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> urls = new ArrayList<>();
        for (String entry : classPath.split(java.io.File.pathSeparator)) {
            Path p = Path.of(entry).toAbsolutePath();
            if (!entry.isBlank() && Files.exists(p) && !p.endsWith("test-classes")) {
                urls.add(p.toUri().toString());
            }
        }
        assertThat(urls).anyMatch(u -> u.endsWith("target/classes/"));
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Main.class.getName());
        m.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", urls));
        try (OutputStream o = Files.newOutputStream(home.resolve("lib/nianbao-check.jar")); JarOutputStream j = new JarOutputStream(o, m)) {
            j.flush();
        }
        return home;
    }

    private static void executable(Path file) throws IOException {
        Files.setPosixFilePermissions(file, EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_EXECUTE,
                PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_EXECUTE));
    }
}
