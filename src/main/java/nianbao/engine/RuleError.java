package nianbao.engine;

/** A problem in a rule file: where it is and what is wrong, for the supervisor who edited it. */
public record RuleError(String file, int line, String message) {
    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + "：" + message;
    }
}
