package nianbao.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every entry of an input folder is accounted for and none is opened that must not be: each case puts one
 * bad entry beside a good report and checks both the bad entry's reason and that the good report is still
 * to be audited. No rules are compiled here (the walk alone decides); BadEntriesBatchTest runs a batch.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class InputWalkerTest {
    @TempDir
    Path tmp;

    private Path in() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("good.txt"), "某县2020年政府信息公开工作年度报告\n", StandardCharsets.UTF_8);
        return in;
    }

    private static Map<String, Inputs.Input> byName(List<Inputs.Input> inputs) {
        Map<String, Inputs.Input> m = new LinkedHashMap<>();
        inputs.forEach(i -> m.put(Path.of(i.shownName()).getFileName().toString(), i));
        return m;
    }

    private static void assertGoodIsAudited(Map<String, Inputs.Input> found) {
        assertThat(found.get("good.txt").notRead()).isNull();
        assertThat(found.get("good.txt").path().getFileName().toString()).isEqualTo("good.txt");
    }

    /** One plain Chinese sentence: no exception name, no second line. */
    private static void assertPlain(String reason) {
        assertThat(reason).matches("^[^\\n]*[\\u4e00-\\u9fff][^\\n]*。$").doesNotContain("Exception");
    }

    @Test
    void aNamedPipeIsListedAndNeverOpened() throws Exception {
        Path in = in();
        Path fifo = in.resolve("pipe.txt");
        boolean made;
        try {
            made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            made = false;
        }
        assumeTrue(made, "mkfifo is not available here");

        // The class timeout fails the test if anything opened the pipe (opening it waits for a writer).
        Map<String, Inputs.Input> found = byName(Inputs.collect(List.of(in), null));

        assertThat(found.get("pipe.txt").notRead().status()).isEqualTo("skipped");
        assertThat(found.get("pipe.txt").notRead().error()).contains("命名管道");
        assertPlain(found.get("pipe.txt").notRead().error());
        assertGoodIsAudited(found);
    }

    @Test
    void linksAreDecidedByWhereTheyReallyLead() throws Exception {
        Path in = in();
        Path secret = Files.writeString(tmp.resolve("shadow"), "root:secret\n");
        Files.createSymbolicLink(in.resolve("report.txt"), secret);
        Files.createSymbolicLink(in.resolve("loop-a.txt"), in.resolve("loop-b.txt"));
        Files.createSymbolicLink(in.resolve("loop-b.txt"), in.resolve("loop-a.txt"));
        Files.createSymbolicLink(in.resolve("gone.txt"), in.resolve("nothing-here.txt"));
        Path sub = Files.createDirectories(in.resolve("sub"));
        Files.createSymbolicLink(sub.resolve("same-as-good.txt"), Path.of("..", "good.txt"));
        Files.createSymbolicLink(sub.resolve("up"), Path.of(".."));

        Map<String, Inputs.Input> found = byName(Inputs.collect(List.of(in), null));

        assertThat(found.get("report.txt").notRead().error()).contains("输入文件夹以外");
        assertThat(found.get("report.txt").path()).isNull();
        assertThat(found.get("loop-a.txt").notRead().error()).contains("成环");
        assertThat(found.get("loop-b.txt").notRead().error()).contains("成环");
        assertThat(found.get("gone.txt").notRead().error()).contains("不存在");
        // A link back up the tree is not entered (the walk would go round); the folder is checked where it is.
        assertThat(found.get("up").notRead().status()).isEqualTo("skipped");
        assertThat(found.values()).filteredOn(i -> i.shownName().contains("/up/")).isEmpty();
        // A link to a file inside the folder is read, through the real file.
        assertThat(found.get("same-as-good.txt").notRead()).isNull();
        assertThat(found.get("same-as-good.txt").path()).isEqualTo(in.resolve("good.txt").toRealPath());
        found.values().stream().filter(i -> i.notRead() != null).forEach(i -> assertPlain(i.notRead().error()));
        assertGoodIsAudited(found);
    }

    @Test
    void aFolderThatCannotBeOpenedIsListedAndTheWalkGoesOn() throws Exception {
        // Simulated: as root (CI), permission bits do not stop reading, so the walk is told the folder failed,
        // as Files.walkFileTree does for a folder it cannot open.
        Path in = in();
        Path locked = Files.createDirectories(in.resolve("locked"));
        Files.writeString(locked.resolve("hidden-report.txt"), "x");
        InputWalker walker = new InputWalker(List.of(in.toRealPath()), null);
        Files.walkFileTree(in, new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (dir.equals(locked)) {
                    walker.visitFileFailed(dir, new AccessDeniedException(dir.toString()));
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return walker.preVisitDirectory(dir, attrs);
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                return walker.visitFile(file, attrs);
            }
        });

        Map<String, Inputs.Input> found = byName(walker.found());

        assertThat(found.get("locked").notRead().status()).isEqualTo("unreadable");
        assertThat(found.get("locked").notRead().error()).contains("文件夹无法打开").contains("没有读取权限");
        assertPlain(found.get("locked").notRead().error());
        assertThat(found).doesNotContainKey("hidden-report.txt");
        assertGoodIsAudited(found);
    }

    @Test
    void aFolderWithoutPermissionsIsListedWhenPermissionsCount() throws Exception {
        Path in = in();
        Path locked = Files.createDirectories(in.resolve("locked"));
        Files.writeString(locked.resolve("hidden-report.txt"), "x");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            boolean stillReadable;
            try (var s = Files.newDirectoryStream(locked)) {
                stillReadable = s != null;
            } catch (AccessDeniedException e) {
                stillReadable = false;
            }
            assumeTrue(!stillReadable, "running as root: chmod 000 does not stop reading (the simulated case covers it)");

            Map<String, Inputs.Input> found = byName(Inputs.collect(List.of(in), null));

            assertThat(found.get("locked").notRead().status()).isEqualTo("unreadable");
            assertGoodIsAudited(found);
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
