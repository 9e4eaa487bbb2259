package nianbao.read;

import java.time.Duration;

/**
 * How much one file may cost to read. A batch of a hundred county reports must not be stopped by one
 * pathological file (a 100,000-page PDF, a 200 MB saved page, an HTML cell with rowspan=65535): past any
 * of these limits the file is reported as unreadable with a plain reason and the batch goes on.
 *
 * <p>The defaults are far above any real report (the largest seen: 40 pages, 3 MB, tables of a few
 * hundred cells, read in under 5 s) and can be changed without rebuilding through system properties,
 * e.g. {@code JAVA_TOOL_OPTIONS=-Dnianbao.maxSeconds=120}: {@code nianbao.maxMegabytes},
 * {@code nianbao.maxPdfPages}, {@code nianbao.maxTableCells}, {@code nianbao.maxSeconds}.
 *
 * @param maxBytes      the largest file read at all
 * @param maxPdfPages   the most pages a PDF may have
 * @param maxTableCells the most grid positions one table may lay out (rows × columns after merges)
 * @param maxTime       the longest one file may take to read and extract
 */
public record ReadBudget(long maxBytes, int maxPdfPages, int maxTableCells, Duration maxTime) {
    public static final ReadBudget DEFAULT = new ReadBudget(50L * 1024 * 1024, 300, 100_000, Duration.ofSeconds(60));

    public ReadBudget {
        if (maxBytes <= 0 || maxPdfPages <= 0 || maxTableCells <= 0 || maxTime.isNegative() || maxTime.isZero()) {
            throw new IllegalArgumentException("read budget limits must be positive");
        }
    }

    /** The defaults, each overridden by its system property when that is set to a positive number. */
    public static ReadBudget fromSystemProperties() {
        return new ReadBudget(
                positive("nianbao.maxMegabytes", DEFAULT.maxBytes / (1024 * 1024)) * 1024 * 1024,
                (int) positive("nianbao.maxPdfPages", DEFAULT.maxPdfPages),
                (int) positive("nianbao.maxTableCells", DEFAULT.maxTableCells),
                Duration.ofSeconds(positive("nianbao.maxSeconds", DEFAULT.maxTime.toSeconds())));
    }

    public ReadBudget withMaxBytes(long bytes) {
        return new ReadBudget(bytes, maxPdfPages, maxTableCells, maxTime);
    }

    public ReadBudget withMaxPdfPages(int pages) {
        return new ReadBudget(maxBytes, pages, maxTableCells, maxTime);
    }

    public ReadBudget withMaxTableCells(int cells) {
        return new ReadBudget(maxBytes, maxPdfPages, cells, maxTime);
    }

    public ReadBudget withMaxTime(Duration time) {
        return new ReadBudget(maxBytes, maxPdfPages, maxTableCells, time);
    }

    private static long positive(String property, long fallback) {
        try {
            long v = Long.parseLong(System.getProperty(property, "").trim());
            return v > 0 ? v : fallback;
        } catch (NumberFormatException unset) {
            return fallback;
        }
    }
}
