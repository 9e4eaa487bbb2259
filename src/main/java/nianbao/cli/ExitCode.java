package nianbao.cli;

/**
 * Exit statuses that scripts rely on (cli-and-json-contract.md). NOT_WRITTEN: the results could not be
 * written (read-only or full output folder); the previous results are left as they were. FINDINGS counts only
 * the findings that are forwarded: one dismissed as 误报 in a --review workbook does not, so a batch whose only
 * findings are 误报 is CLEAN. A review workbook that cannot be used is USAGE, with nothing written.
 */
public enum ExitCode {
    CLEAN(0), FAILURE(1), USAGE(2), NOT_WRITTEN(3), FINDINGS(4), UNREADABLE(5);

    public final int code;

    ExitCode(int code) {
        this.code = code;
    }
}
