package nianbao.facts;

/**
 * One checked report of the batch, for the checks on the batch as a whole: the same office and year sent more
 * than once, a report that changed since the last run. Only inserted into the batch session.
 *
 * @param content the content fingerprint of the whole report (what was read, not the file's bytes: a .docx and a
 *                .pdf that read the same have the same)
 * @param earlier a report of the last run's workbook (given with --review), not of this batch: never reported on
 */
public record Submission(String file, String office, Integer year, String content, boolean earlier) implements Placed {
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
