package nianbao.cli;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * Where the details go. The supervisor's terminal shows results and plain Chinese sentences only; the
 * details of anything unexpected (a stack trace, a rule that threw, a library's warning on a damaged file,
 * the Drools compiler's own words) go to a log file: {@code --log FILE}, or by default
 * {@code <out>/nianbao-check.log} ({@link #DEFAULT_FILE}), overwritten each run, cut to {@link #MAX_BYTES}
 * at the end of the run, and removed again when nothing was written to it. Every sentence that speaks of
 * an unexpected failure names that file ({@link #where()}).
 *
 * <p>POI, PDFBox and Drools log through slf4j-simple; simplelogger.properties turns logging off, and this
 * class turns it on into the file. slf4j-simple reads its settings once, when the first logger is made,
 * and system properties win over the file: this must run before anything logs (each command calls it
 * first). In a JVM that runs several commands (the tests) the first file set keeps the log.
 */
final class Logging {
    /** The log beside the results when no --log is given. */
    static final String DEFAULT_FILE = "nianbao-check.log";
    /** A log longer than this is cut at the end of the run: the first failures are the ones to read. */
    static final long MAX_BYTES = 1L << 20;
    private static volatile Path file;

    private Logging() {
    }

    /** Sends warnings and errors to {@code log}; false when the file cannot be written. */
    static boolean toFile(Path log) {
        try {
            Path parent = log.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(log, "");
        } catch (IOException | RuntimeException e) {
            return false;
        }
        System.setProperty("org.slf4j.simpleLogger.logFile", log.toString());
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        file = log;
        return true;
    }

    /**
     * The log a command keeps: {@code asked} (--log) when given, false when that cannot be written (the
     * command says so and stops); else {@code <out>/nianbao-check.log} when the output folder is there (a
     * mistyped command creates nothing: ./check makes out/ only once the options are right), or none when the
     * folder cannot take it (the run goes on, and its own check of the output folder says what is wrong).
     */
    static boolean open(Path asked, Path out) {
        if (asked != null) {
            return toFile(asked);
        }
        if (out != null) {
            Path log = out.resolve(DEFAULT_FILE);
            if (!Files.isDirectory(out) || Files.isDirectory(log) || Files.isSymbolicLink(log) || !toFile(log)) {
                file = null;
            }
        }
        return true;
    }

    /** At the end of a run: an empty log is removed, a long one cut to its first {@link #MAX_BYTES}. */
    static void close() {
        Path log = file;
        if (log == null) {
            return;
        }
        try {
            long size = Files.size(log);
            if (size == 0) {
                Files.deleteIfExists(log);
            } else if (size > MAX_BYTES) {
                try (RandomAccessFile f = new RandomAccessFile(log.toFile(), "rw")) {
                    f.setLength(MAX_BYTES);
                    f.seek(MAX_BYTES);
                    f.write("\n（日志过长，其余部分已略去）\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        } catch (IOException | RuntimeException e) {
            // The log is a help, never a reason for the run to fail.
        }
    }

    /** The log of this run, or null. */
    static Path file() {
        return file;
    }

    /** True when something was written to the log in this run. */
    static boolean hasDetails() {
        Path log = file;
        try {
            return log != null && Files.size(log) > 0;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The unexpected failure in full, for the log. */
    static void unexpected(Throwable e) {
        LoggerFactory.getLogger(Main.class).error("unexpected failure", e);
    }

    /** A failure on one file, in full for the log; the terminal and the results get a plain sentence. */
    static void onFile(String file, Throwable e) {
        LoggerFactory.getLogger(Main.class).error("unexpected failure on {}", file, e);
    }

    /** A failure whose plain sentence the caller prints, in full for the log. */
    static void detail(String what, Throwable e) {
        LoggerFactory.getLogger(Main.class).error(what, e);
    }

    /** Where the details are, as the end of a sentence: "详情已记入日志 …", or how to get them. */
    static String where() {
        Path log = file;
        return log != null ? "详情已记入日志 " + Terminal.plain(log.toString()) : "如需详情，请加上 --log 日志文件名 重新运行";
    }

    /** Where the libraries' own words about the rules went: the log, or how to get one. */
    static String details() {
        Path log = file;
        return log != null ? "（Drools 编译器的原文已记入日志 " + Terminal.plain(log.toString()) + "）"
                : "（如需 Drools 编译器的原文，请加上 --log 日志文件名 重新运行）";
    }

    /** One sentence for the terminal: what happened in plain words, and where the details are. */
    static String plainSentence(Throwable e) {
        boolean disk = e instanceof IOException || e.getCause() instanceof IOException;
        String what = disk
                ? "结果文件无法写入，请检查输出目录是否存在、是否有写入权限、磁盘是否已满"
                : "检查因意外错误而中断，结果可能没有写出";
        return what + "；" + where() + "。";
    }

    /**
     * True when {@code e} carries a sentence of ours (a plain IOException worded in Chinese), which the
     * supervisor may read; a library's or Java's own message (English, or a bare path) is for the log only.
     */
    static boolean isPlain(Throwable e) {
        String message = e.getMessage();
        return e.getClass() == IOException.class && message != null && !message.contains("Exception")
                && message.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
