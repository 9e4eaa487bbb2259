package nianbao.read;

import java.util.ArrayList;
import java.util.List;
import nianbao.document.Texts;

/**
 * Reads a table whose columns are aligned with runs of spaces, as pdftotext -layout writes it or a
 * person typing in a fixed-width font: cells are separated by two or more spaces, and a cell's column is
 * where it stands on the line, counted in display width (a Chinese character or a full-width form is two
 * columns wide, as on screen).
 *
 * <p>The value columns are found as tabula's stream mode finds columns: the extents of the numbers on the
 * lines that hold the most of them, merged where they overlap, so numbers aligned left, right or centred
 * in their column all land in it. A data row is then its labels (the cells left of the first
 * value column) and one cell per value column, blank where nothing stands under that column, which is how
 * a blank cell shows in such text; a column blank in every row is known from its header alone. A label
 * too long for its column continues on the lines below, where only label text stands. A line with words over the value columns is a header line: its cells
 * are kept in order.
 */
final class SpacedColumns {
    private SpacedColumns() {
    }

    /** One cell of a line: its text and its extent in display columns. */
    record Field(String text, int start, int end) {
    }

    /** The cells of a line, split at runs of two or more spaces (ideographic spaces count as two). */
    static List<Field> fields(String line) {
        List<Field> out = new ArrayList<>();
        int col = 0;
        int start = -1;
        int startCol = 0;
        int spaces = 0;
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int w = width(cp);
            boolean space = cp == ' ' || cp == '\u3000' || cp == '\u00A0' || cp == '\t';
            if (space) {
                spaces += w;
            } else {
                if (start >= 0 && spaces >= 2) {
                    out.add(new Field(text.toString().strip(), startCol, col - spaces));
                    text.setLength(0);
                    start = -1;
                }
                if (start < 0) {
                    start = i;
                    startCol = col;
                } else if (spaces > 0) {
                    text.append(' ');
                }
                text.appendCodePoint(cp);
                spaces = 0;
            }
            col += w;
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            out.add(new Field(text.toString().strip(), startCol, col - spaces));
        }
        return out;
    }

    /** Display width: two for Chinese characters and full-width forms, one otherwise. */
    static int width(int cp) {
        if (cp == '\t') {
            return 2;
        }
        if (cp == '\u3000' || cp >= 0xFF01 && cp <= 0xFF60 || cp >= 0xFFE0 && cp <= 0xFFE6) {
            return 2;
        }
        Character.UnicodeBlock b = Character.UnicodeBlock.of(cp);
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                || b == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION ? 2 : 1;
    }

    /** Whether a line shows two or more cells set apart by spaces. */
    static boolean isSpaced(String line) {
        return fields(line).size() >= 2;
    }

    static List<List<String>> rows(List<String> lines) {
        List<List<Field>> all = new ArrayList<>();
        for (String l : lines) {
            if (!l.isBlank()) {
                all.add(fields(l));
            }
        }
        List<int[]> columns = valueColumns(all);
        addBlankColumns(all, columns);
        joinWrappedHeaders(all, columns);
        List<List<String>> rows = new ArrayList<>();
        List<Field> lastLabels = null;
        for (int i = 0; i < all.size(); i++) {
            List<Field> line = all.get(i);
            if (columns.isEmpty()) {
                rows.add(texts(line));
                continue;
            }
            int valueStart = columns.get(0)[0];
            boolean labelOnly = line.stream().allMatch(f -> f.end() <= valueStart && !Texts.isNumber(f.text()));
            // A label line above a header line titles the part below it (第二十条第（五）项), it does not wrap.
            boolean titles = i + 1 < all.size() && isHeader(all.get(i + 1), valueStart);
            if (labelOnly && lastLabels != null && !titles && !PdfTableStitcher.ITEM.matcher(line.get(0).text()).find()) {
                continueLabels(rows.get(rows.size() - 1), lastLabels, line);
                continue;
            }
            List<String> row = row(line, columns);
            boolean data = row.size() > line.size() || line.stream().anyMatch(f -> Texts.isNumber(f.text()) && f.end() > valueStart);
            lastLabels = data ? line.stream().filter(f -> f.end() <= valueStart).toList() : null;
            rows.add(row);
        }
        return rows;
    }

    /**
     * A header cell too narrow for its text wraps onto the next line (社会公益 / 组织): on consecutive
     * header lines, two pieces that start at the same place and each stand over one and the same value
     * column are one cell. A header spanning several columns is never joined to what is under it.
     */
    private static void joinWrappedHeaders(List<List<Field>> lines, List<int[]> columns) {
        if (columns.isEmpty()) {
            return;
        }
        int valueStart = columns.get(0)[0];
        for (int i = 1; i < lines.size(); i++) {
            List<Field> above = lines.get(i - 1);
            List<Field> line = lines.get(i);
            if (!isHeader(above, valueStart) || line.stream().anyMatch(f -> Texts.isNumber(f.text()))) {
                continue;
            }
            List<Field> rest = new ArrayList<>();
            for (Field f : line) {
                int col = onlyColumn(f, columns);
                int k = -1;
                for (int j = 0; j < above.size(); j++) {
                    Field u = above.get(j);
                    if (col >= 0 && Math.abs(u.start() - f.start()) <= 1 && onlyColumn(u, columns) == col) {
                        k = j;
                    }
                }
                if (k >= 0) {
                    Field u = above.get(k);
                    above.set(k, new Field(PdfText.joinCellLines(u.text(), f.text()), u.start(), Math.max(u.end(), f.end())));
                } else {
                    rest.add(f);
                }
            }
            if (rest.size() < line.size()) {
                line.clear();
                line.addAll(rest);
                if (line.isEmpty()) {
                    lines.remove(i--);
                }
            }
        }
    }

    /** The one value column a header piece stands over, or -1 when it stands over none or several. */
    private static int onlyColumn(Field f, List<int[]> columns) {
        int found = -1;
        for (int i = 0; i < columns.size(); i++) {
            int[] c = columns.get(i);
            if (f.start() < c[1] + 1 && c[0] < f.end() + 1) {
                if (found >= 0) {
                    return -1;
                }
                found = i;
            }
        }
        return f.start() >= valueStartOf(columns) - 1 ? found : -1;
    }

    private static int valueStartOf(List<int[]> columns) {
        return columns.get(0)[0];
    }

    /** A line with words, not numbers, over the value columns. */
    private static boolean isHeader(List<Field> line, int valueStart) {
        return line.stream().anyMatch(f -> f.end() > valueStart && !Texts.isNumber(f.text()) && !Texts.isBlankMark(f.text()));
    }

    /**
     * A line of label text only, after a data row, that neither starts a new item nor titles the lines
     * below is the rest of labels wrapped in their cells (pdftotext -layout writes a long label over
     * several lines): each piece joins the label that starts in its column.
     */
    private static void continueLabels(List<String> row, List<Field> labels, List<Field> line) {
        for (Field f : line) {
            int k = labels.size() - 1;
            for (int i = 0; i < labels.size(); i++) {
                if (Math.abs(labels.get(i).start() - f.start()) <= 2) {
                    k = i;
                }
            }
            if (k >= 0) {
                row.set(k, PdfText.joinCellLines(row.get(k), f.text()));
            }
        }
    }

    private static List<String> texts(List<Field> line) {
        return line.stream().map(Field::text).toList();
    }

    /**
     * Extents of the numbers, merged where they overlap, on the lines with the most numbers: a number in
     * a part with fewer columns may stand over two of them (采购总金额 across the last two), and must not
     * merge them.
     */
    private static List<int[]> valueColumns(List<List<Field>> lines) {
        List<int[]> spans = new ArrayList<>();
        long most = lines.stream().mapToLong(l -> l.stream().filter(f -> Texts.isNumber(f.text())).count()).max().orElse(0);
        for (List<Field> line : lines) {
            List<Field> numbers = line.stream().filter(f -> Texts.isNumber(f.text())).toList();
            if (numbers.size() >= 2 && numbers.size() == most) {
                numbers.forEach(f -> spans.add(new int[] {f.start(), f.end()}));
            }
        }
        spans.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] s : spans) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && s[0] <= last[1]) {
                last[1] = Math.max(last[1], s[1]);
            } else {
                merged.add(new int[] {s[0], s[1]});
            }
        }
        return merged;
    }

    /**
     * Columns left blank in every row show only in the header: a header cell right of every row label
     * that overlaps no column yet is a column of its own. Narrow cells are taken first, so a cell spanning
     * several columns (行政复议 over its five) does not become one.
     */
    private static void addBlankColumns(List<List<Field>> lines, List<int[]> columns) {
        if (columns.isEmpty()) {
            return;
        }
        int labelEnd = -1;
        List<Field> header = new ArrayList<>();
        for (List<Field> line : lines) {
            boolean data = line.stream().anyMatch(f -> Texts.isNumber(f.text()) && f.end() > columns.get(0)[0]);
            for (Field f : line) {
                boolean value = Texts.isNumber(f.text()) || Texts.isBlankMark(f.text());
                if (data && !value) {
                    labelEnd = Math.max(labelEnd, f.end());
                } else if (!data && line.size() >= 2) {
                    header.add(f);
                }
            }
        }
        int end = labelEnd;
        header.removeIf(f -> f.start() <= end);
        header.sort((a, b) -> Integer.compare(a.end() - a.start(), b.end() - b.start()));
        for (Field f : header) {
            if (columns.stream().noneMatch(c -> f.start() < c[1] && c[0] < f.end())) {
                columns.add(new int[] {f.start(), f.end()});
            }
        }
        columns.sort((a, b) -> Integer.compare(a[0], b[0]));
    }

    /** A data row (labels, then one cell per value column) or a header line (its cells in order). */
    private static List<String> row(List<Field> line, List<int[]> columns) {
        int valueStart = columns.get(0)[0];
        List<String> labels = new ArrayList<>();
        String[] values = new String[columns.size()];
        boolean header = false;
        boolean anyValue = false;
        for (Field f : line) {
            boolean value = Texts.isNumber(f.text()) || Texts.isBlankMark(f.text());
            if (f.end() <= valueStart || !value && f.start() < valueStart) {
                labels.add(f.text());
                continue;
            }
            if (!value) {
                header = true;
                continue;
            }
            int c = column(f, columns);
            values[c] = values[c] == null ? f.text() : values[c] + " " + f.text();
            anyValue = true;
        }
        if (header || !anyValue) {
            return texts(line);
        }
        List<String> out = new ArrayList<>(labels);
        for (String v : values) {
            out.add(v == null ? "" : v);
        }
        return out;
    }

    /** The value column a number overlaps most (the nearest one when it overlaps none). */
    private static int column(Field f, List<int[]> columns) {
        int best = 0;
        int bestScore = Integer.MIN_VALUE;
        for (int i = 0; i < columns.size(); i++) {
            int[] c = columns.get(i);
            int overlap = Math.min(f.end(), c[1]) - Math.max(f.start(), c[0]);
            if (overlap > bestScore) {
                bestScore = overlap;
                best = i;
            }
        }
        return best;
    }
}
