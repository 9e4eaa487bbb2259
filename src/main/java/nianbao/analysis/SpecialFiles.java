package nianbao.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Names the kind of a file that is neither a regular file nor a folder (a named pipe, a device, a
 * socket), from its attributes only: such a file is never opened, because opening a named pipe waits
 * until someone writes into it and reading a device may never end.
 */
public final class SpecialFiles {
    /** The file-type bits of a Unix mode (S_IFMT) and the types we can name. */
    private static final int TYPE_BITS = 0170000;
    private static final int FIFO = 0010000;
    private static final int CHAR_DEVICE = 0020000;
    private static final int BLOCK_DEVICE = 0060000;
    private static final int SOCKET = 0140000;

    private SpecialFiles() {
    }

    /** Why this special file is skipped, one plain sentence; {@code file} itself, not what a link leads to. */
    public static String reason(Path file) {
        return "这不是普通文件，而是" + kind(file) + "，不是报告，未打开，已跳过。";
    }

    private static String kind(Path file) {
        int mode;
        try {
            mode = ((Number) Files.getAttribute(file, "unix:mode", LinkOption.NOFOLLOW_LINKS)).intValue();
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "系统的特殊文件";
        }
        return switch (mode & TYPE_BITS) {
            case FIFO -> "命名管道（FIFO）";
            case CHAR_DEVICE, BLOCK_DEVICE -> "设备文件";
            case SOCKET -> "套接字（socket）";
            default -> "系统的特殊文件";
        };
    }
}
