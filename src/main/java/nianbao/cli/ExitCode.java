package nianbao.cli;

/**
 * Exit statuses that scripts rely on (cli-and-json-contract.md). NOT_WRITTEN: the results could not be
 * written (read-only or full output folder); the previous results are left as they were.
 */
public enum ExitCode {
    CLEAN(0), FAILURE(1), USAGE(2), NOT_WRITTEN(3), FINDINGS(4), UNREADABLE(5);

    public final int code;

    ExitCode(int code) {
        this.code = code;
    }
}
