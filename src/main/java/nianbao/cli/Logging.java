package nianbao.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * Where the libraries' logging goes. POI, PDFBox and Drools log through slf4j-simple, which prints WARN
 * lines and stack traces on damaged files; the supervisor's terminal should show results only. So
 * simplelogger.properties turns logging off, and {@code --log FILE} turns it on into that file. slf4j-simple
 * reads its settings once, when the first logger is made, and system properties win over the file: this
 * must run before anything logs (Main calls it first).
 */
final class Logging {
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

    /** The unexpected failure in full, for the log (nowhere when no log was asked for). */
    static void unexpected(Throwable e) {
        LoggerFactory.getLogger(Main.class).error("unexpected failure", e);
    }

    /** A failure on one file, in full for the log; the terminal and the results get a plain sentence. */
    static void onFile(String file, Throwable e) {
        LoggerFactory.getLogger(Main.class).error("unexpected failure on {}", file, e);
    }

    /** Where the libraries' own words about the rules went: the log, or how to get one. */
    static String details() {
        Path log = file;
        return log != null ? "（Drools 编译器的原文已记入日志 " + log + "）" : "（如需 Drools 编译器的原文，请加上 --log 日志文件名 重新运行）";
    }

    /** One sentence for the terminal: what happened in plain words, and where the details are. */
    static String plainSentence(Throwable e) {
        boolean disk = e instanceof IOException || e.getCause() instanceof IOException;
        String what = disk
                ? "结果文件无法写入，请检查输出目录是否存在、是否有写入权限、磁盘是否已满"
                : "检查因意外错误而中断，结果可能没有写出";
        Path log = file;
        return what + (log != null ? "；详情已记入日志 " + log + "。" : "；如需详情，请加上 --log 日志文件名 重新运行。");
    }
}
