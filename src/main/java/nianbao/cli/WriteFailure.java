package nianbao.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The one sentence a supervisor reads when the results cannot be written (a read-only or full disk, a
 * file where the output folder should be): where, and why in plain words, never an exception's name.
 */
final class WriteFailure {
    private WriteFailure() {
    }

    /**
     * Whether a failure while writing comes from the disk: POI wraps the IOException of its own temporary
     * files (a full /tmp) in a RuntimeException, which is a write failure too, not a fault of the checker.
     */
    static boolean fromTheDisk(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    static String explain(Exception e, Path outputDir) {
        IOException io = null;
        for (Throwable c = e; c != null && io == null; c = c.getCause()) {
            io = c instanceof IOException i ? i : null;
        }
        Path where = outputDir;
        if (io instanceof FileSystemException fse && fse.getFile() != null) {
            Path file = Path.of(fse.getFile());
            // A temporary file's odd name says nothing to the supervisor; its folder does.
            boolean temporary = file.getFileName() != null && file.getFileName().toString().startsWith(".nianbao-");
            where = temporary && file.getParent() != null ? file.getParent() : file;
        }
        return "结果无法写入 " + Terminal.plain(where.toString()) + "：" + why(io)
                + "。上次的结果保持原样，报告文件也未被改动；请换一个输出目录（--out）或腾出空间后重新运行。";
    }

    private static String why(IOException io) {
        if (io instanceof FileAlreadyExistsException || io instanceof NotDirectoryException) {
            return "该位置已有同名的文件或文件夹，挡住了结果文件";
        }
        if (io instanceof AccessDeniedException) {
            return "没有写入权限";
        }
        String reason = io instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason()
                : io != null && io.getMessage() != null ? io.getMessage() : "";
        reason = reason.toLowerCase(Locale.ROOT);
        if (reason.contains("no space") || reason.contains("quota")) {
            return "磁盘已满";
        }
        if (reason.contains("read-only")) {
            return "该位置只读";
        }
        if (reason.contains("not a directory")) {
            return "该位置已有同名的文件，挡住了结果文件夹";
        }
        return "写入时出错（磁盘已满、只读或没有写入权限）";
    }
}
