package nianbao.read;

/**
 * A file went over its {@link ReadBudget}. Unchecked, because it is raised deep inside table building and
 * page loops that declare nothing; the readers wrap it like any other failure, and the auditor looks for
 * it in the cause chain so that its plain reason ("表格过大", "处理超时") is what the supervisor reads.
 */
public final class ReadLimitExceeded extends RuntimeException {
    public ReadLimitExceeded(String reason) {
        super(reason, null, false, false); // no stack trace: it is an outcome, not a bug
    }

    /** The budget failure somewhere in {@code e}'s causes, or null. */
    public static ReadLimitExceeded in(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ReadLimitExceeded limit) {
                return limit;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
