package nianbao.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * One generated report as a list of blocks (a paragraph, or a table given as rows of cells), written out
 * by the text, Word and PDF writers alike, so the same report has the same words in every format.
 */
public final class GeneratedReport {
    /** A block of the report: a paragraph or a table. */
    public sealed interface Part permits Para, Grid {
    }

    /** A paragraph; {@code heading} marks a section heading (bold in Word and PDF). */
    public record Para(String text, boolean heading) implements Part {
    }

    /** A table: rows of cells; {@code null} is a cell merged into the one before it, "" an empty cell. */
    public record Grid(List<List<String>> rows) implements Part {
    }

    private final String office;
    private final int year;
    private final List<Part> parts = new ArrayList<>();

    GeneratedReport(String office, int year) {
        this.office = office;
        this.year = year;
    }

    public String office() {
        return office;
    }

    public int year() {
        return year;
    }

    public List<Part> parts() {
        return parts;
    }

    void para(String text) {
        parts.add(new Para(text, false));
    }

    void heading(String text) {
        parts.add(new Para(text, true));
    }

    void grid(List<List<String>> rows) {
        parts.add(new Grid(rows));
    }

    /** The report as plain text: tables as tab-separated rows, as the seeds and pdftotext give them. */
    public String text() {
        StringBuilder out = new StringBuilder();
        for (Part p : parts) {
            if (p instanceof Para para) {
                out.append(para.text()).append("\n\n");
            } else if (p instanceof Grid grid) {
                for (List<String> row : grid.rows()) {
                    StringBuilder line = new StringBuilder();
                    for (int i = 0; i < row.size(); i++) {
                        if (i > 0) {
                            line.append('\t');
                        }
                        line.append(row.get(i) == null ? "" : row.get(i));
                    }
                    out.append(line).append('\n');
                }
                out.append('\n');
            }
        }
        return out.toString();
    }
}
