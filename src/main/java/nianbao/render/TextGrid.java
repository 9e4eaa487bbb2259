package nianbao.render;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import nianbao.findings.HowRead;
import nianbao.findings.GridPosition;
import nianbao.findings.ReadBlock;
import nianbao.findings.ReadCell;
import nianbao.findings.ReadRow;

/**
 * One block of a table drawn as text for ./check show, columns aligned by display width (a CJK
 * character takes two places); and how a cell is written in words, also used by 表格读取结果.
 */
final class TextGrid {
    private static final String EMPTY = "空";

    private TextGrid() {
    }

    /** Cells first, aligned under their column labels, the row's label last (labels of 表三 are long). */
    static void grid(PrintWriter out, ReadBlock block, int t, int b, FindingsByPlace places) {
        List<String> header = new ArrayList<>(block.columnLabels());
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < block.rows().size(); r++) {
            List<String> line = new ArrayList<>();
            ReadRow row = block.rows().get(r);
            for (int c = 0; c < row.cells().size(); c++) {
                line.add(shown(row.cells().get(c)) + (places.at(new GridPosition(t, b, r, c)).isEmpty() ? "" : "!"));
            }
            rows.add(line);
        }
        int[] width = new int[header.size()];
        for (int c = 0; c < header.size(); c++) {
            width[c] = Words.width(header.get(c));
            for (List<String> line : rows) {
                width[c] = Math.max(width[c], Words.width(line.get(c)));
            }
        }
        out.println("    " + line(header, width) + " │");
        for (int r = 0; r < rows.size(); r++) {
            ReadRow row = block.rows().get(r);
            String mark = places.at(new GridPosition(t, b, r, -1)).isEmpty() ? "" : " !";
            out.println("    " + line(rows.get(r), width) + " │ " + row.label() + mark);
        }
    }

    /** A single long row (表四): one line per column. */
    static void vertical(PrintWriter out, ReadBlock block, int t, int b, FindingsByPlace places) {
        int width = block.columnLabels().stream().mapToInt(Words::width).max().orElse(0);
        ReadRow row = block.rows().get(0);
        for (int c = 0; c < row.cells().size(); c++) {
            String label = block.columnLabels().get(c);
            String mark = places.at(new GridPosition(t, b, 0, c)).isEmpty() ? "" : "!";
            out.println("    " + pad(label, width) + "  " + shown(row.cells().get(c)) + mark);
        }
    }

    private static String line(List<String> cells, int[] width) {
        StringBuilder s = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            s.append(c == 0 ? "" : "  ").append(padLeft(cells.get(c), width[c]));
        }
        return s.toString();
    }

    /** A cell as shown: its text, and how it was obtained unless it was simply read. */
    static String shown(ReadCell cell) {
        String raw = cell.raw() == null ? "" : cell.raw();
        if (raw.isBlank() && cell.how() != HowRead.BLANK) {
            raw = EMPTY; // an empty cell placed by inference: say that it is empty
        }
        return switch (cell.how()) {
            case READ -> raw;
            case MISSING -> "〔" + HowRead.MISSING.word() + "〕";
            default -> raw + "〔" + cell.how().word() + "〕";
        };
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - Words.width(s)));
    }

    private static String padLeft(String s, int width) {
        return " ".repeat(Math.max(0, width - Words.width(s))) + s;
    }
}
