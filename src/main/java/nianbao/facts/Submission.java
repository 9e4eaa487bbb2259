package nianbao.facts;

/**
 * One checked report of the batch, for the checks on the batch as a whole: the same office and year sent more
 * than once, a report that changed since the last run. Only inserted into the batch session.
 *
 * @param content the content fingerprint of the whole report (what was read, not the file's bytes: a .docx and a
 *                .pdf that read the same have the same)
 * @param earlier a report of the last run's workbook (given with --review), not of this batch: never reported on
 * @param copies  how many other files of this batch have the same office and year (0 for an earlier report)
 * @param others  those files, by name, each said to have the same content or not; at most ten named, then the
 *                count ("…等，共 N 份"). Listed here, not collected by the rule, so that a batch of a thousand
 *                copies of one office makes a thousand facts, not a million pairs.
 */
public record Submission(String file, String office, Integer year, String content, boolean earlier, int copies,
                         String others) implements Placed {
    /** A report of the last run, or one with no other copy in the batch. */
    public Submission(String file, String office, Integer year, String content, boolean earlier) {
        this(file, office, year, content, earlier, 0, "");
    }

    /** Shown in a finding: at most this many other files are named. */
    public static final int NAMED = 10;

    /** The report as a whole; the finding belongs to this file. */
    @Override
    public Place place() {
        return Place.ofReport().inFile(file);
    }

    /** The file name, and whether its content is the same as {@code content}: "“b.pdf”（内容相同）". */
    public String namedAgainst(String content) {
        return "“" + file + "”（" + (this.content.equals(content) ? "内容相同" : "内容不同") + "）";
    }
}
