package nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What the supervisor reads when the disk refuses the results: where and why, in plain words. */
class WriteFailureTest {
    private static final Path OUT = Path.of("out");

    @Test
    void eachCauseIsNamedPlainlyAndATemporaryFileIsShownAsItsFolder() {
        String full = WriteFailure.explain(new FileSystemException("out/offices/.nianbao-123.tmp", null, "No space left on device"), OUT);
        assertThat(full).contains("out/offices：").contains("磁盘已满").doesNotContain(".nianbao-").doesNotContain("No space");
        assertThat(WriteFailure.explain(new FileSystemException("out/findings.json", null, "Read-only file system"), OUT))
                .contains("out/findings.json").contains("只读");
        assertThat(WriteFailure.explain(new AccessDeniedException("out"), OUT)).contains("没有写入权限");
        assertThat(WriteFailure.explain(new IOException("disk on fire"), OUT)).contains("写入时出错").doesNotContain("fire");
        // POI wraps the IOException of its own temporary files.
        RuntimeException wrapped = new RuntimeException(new UncheckedIOException(new IOException("No space left on device")));
        assertThat(WriteFailure.fromTheDisk(wrapped)).isTrue();
        assertThat(WriteFailure.fromTheDisk(new IllegalStateException("a bug"))).isFalse();
        assertThat(WriteFailure.explain(wrapped, OUT)).contains("磁盘已满");
    }

    @Test
    void aNameWithEscapesIsShownAsCodes() {
        assertThat(WriteFailure.explain(new AccessDeniedException("out\u001b[2J"), OUT)).contains("out\\u001b[2J")
                .doesNotContain("\u001b");
    }
}
