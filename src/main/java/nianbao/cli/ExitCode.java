package nianbao.cli;

/** Exit statuses that scripts rely on (cli-and-json-contract.md). */
public enum ExitCode {
    CLEAN(0), FAILURE(1), USAGE(2), FINDINGS(4), UNREADABLE(5);

    public final int code;

    ExitCode(int code) {
        this.code = code;
    }
}
