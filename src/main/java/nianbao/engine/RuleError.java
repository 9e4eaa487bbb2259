package nianbao.engine;

/**
 * A problem in a rule file: where it is and what is wrong, for the supervisor who edited it, in Chinese.
 * {@code detail} is the library's own words (a Drools compiler message), for the log only, or null.
 */
public record RuleError(String file, int line, String message, String detail) {
    public RuleError(String file, int line, String message) {
        this(file, line, message, null);
    }

    @Override
    public String toString() {
        return file + (line > 0 ? " 第" + line + "行" : "") + "：" + message;
    }
}
