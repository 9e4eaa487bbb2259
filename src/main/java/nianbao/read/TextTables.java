package nianbao.read;

import java.util.ArrayList;
import java.util.List;
import nianbao.document.ReadingWords;
import nianbao.document.Table;
import nianbao.document.Texts;

/**
 * Recovers the statistics tables from flattened text. Real exports show five layouts, and a table
 * region is read in the one its lines use:
 * <ul>
 *   <li>ROW: one table row per line, cells separated by tabs (blank cells kept as empty fields);</li>
 *   <li>PIPE: markdown pipe tables, one row per line;</li>
 *   <li>SPACED: one row per line, columns aligned with runs of spaces (pdftotext -layout, a fixed-width
 *       font), blank cells shown by nothing under their column ({@link SpacedColumns});</li>
 *   <li>TAB_CELL: one cell per line starting with a tab, rows separated by blank lines, and a label
 *       broken over several lines (自 / 然 / 人) continuing on lines without a tab;</li>
 *   <li>BLOCK_CELL: one cell per block of lines, blocks separated by blank lines, no row marks at all.</li>
 * </ul>
 * The result is a {@link Table} with {@code grid == false}: rows are cells in reading order, and
 * extraction splits each into its labels and its values. Nothing is guessed here: no value is moved
 * or filled in.
 */
final class TextTables {
    enum Layout { ROW, PIPE, SPACED, TAB_CELL, BLOCK_CELL }

    private static final java.util.regex.Pattern ROW_MARK = java.util.regex.Pattern.compile(
            "^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|[0-9]+[.、．])");

    /** A label followed by numbers separated by spaces: a table row as PDF text extraction writes it. */
    private static final java.util.regex.Pattern SPACED_ROW = java.util.regex.Pattern.compile(
            "^(.*[^0-9０-９\\s.,，+\\-－])\\s+((?:[+\\-－]?[0-9０-９][0-9０-９.,，]*(?:万元|元)?\\s*){1,16})$");

    record Recovered(Table table, int end) {
    }

    private TextTables() {
    }

    /** A table starts at its caption, its 勾稽 note, 申请人情况, 信息内容 or table 四's 行政复议 header. */
    static boolean startsTable(List<String> lines, int i, ReadingWords words) {
        String line = lines.get(i);
        String t = Texts.compact(line);
        if (t.isEmpty()) {
            return false;
        }
        if (t.startsWith("|") && t.indexOf('|', 1) > 0) {
            return true;
        }
        return words.startsTableTwo(t) || words.startsTableThree(t)
                || words.tableFourStarts().stream().anyMatch(t::startsWith) && !new Headings(words).isSectionHeading(line)
                        && t.length() < 40
                || t.startsWith(words.tableFourHeader());
    }

    static Recovered recover(List<String> lines, int start, ReadingWords words) {
        int end = regionEnd(lines, start, words);
        Layout layout = layoutOf(lines.subList(start, end));
        if (layout == Layout.TAB_CELL) {
            // A lone number after the table (page furniture) ends a tab-cell region early.
            end = tabCellEnd(lines, start, end);
        }
        List<List<String>> rows = switch (layout) {
            case ROW -> rowsPerLine(lines, start, end, "\t");
            case PIPE -> pipeRows(lines, start, end);
            case SPACED -> SpacedColumns.rows(lines.subList(start, end));
            case TAB_CELL -> tabCells(lines, start, end);
            case BLOCK_CELL -> blockCells(lines, start, end);
        };
        return new Recovered(new Table(rows, false), end);
    }

    /**
     * The region runs until a section heading, a line of prose, or the start of another table (table 三
     * right after table 二 without a heading between them).
     */
    private static int regionEnd(List<String> lines, int start, ReadingWords words) {
        boolean inT2 = words.startsTableTwo(Texts.compact(lines.get(start)));
        Headings headings = new Headings(words);
        for (int i = start + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            String t = Texts.compact(line);
            if (t.isEmpty()) {
                continue;
            }
            if (headings.isSectionHeading(line) && !line.startsWith("\t")) {
                return i;
            }
            if (isProse(t, words)) {
                return i;
            }
            if (inT2 && words.startsTableThree(t)) {
                return i;
            }
        }
        return lines.size();
    }

    private static boolean isProse(String compact, ReadingWords words) {
        if (compact.contains("|") || compact.contains("\t")) {
            return false;
        }
        return compact.length() > 70 || compact.contains("。") && compact.length() > 25 && !words.marksTableThree(compact);
    }

    static Layout layoutOf(List<String> region) {
        int nonBlank = 0;
        int inner = 0;
        int leading = 0;
        int pipes = 0;
        int spaced = 0;
        for (String line : region) {
            if (line.isBlank()) {
                continue;
            }
            nonBlank++;
            String stripped = line.stripLeading();
            if (stripped.startsWith("|")) {
                pipes++;
            }
            if (line.startsWith("\t")) {
                leading++;
            }
            if (stripped.contains("\t")) {
                inner++;
            } else if (SpacedColumns.isSpaced(stripped)) {
                spaced++;
            }
        }
        // Converters mix pipe rows with loose label lines; any real pipe table makes the region a pipe table.
        if (pipes >= 2 || pipes * 2 > nonBlank) {
            return Layout.PIPE;
        }
        if (inner * 2 > nonBlank) {
            return Layout.ROW;
        }
        if (spaced * 2 > nonBlank) {
            return Layout.SPACED;
        }
        if (leading * 2 > nonBlank) {
            return Layout.TAB_CELL;
        }
        return Layout.BLOCK_CELL;
    }

    private static List<List<String>> rowsPerLine(List<String> lines, int start, int end, String separator) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = start; i < end; i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (String cell : line.split(separator, -1)) {
                cells.add(clean(cell));
            }
            rows.add(cells);
        }
        return rows;
    }

    private static List<List<String>> pipeRows(List<String> lines, int start, int end) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = start; i < end; i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.matches("^\\|?\\s*:?-{2,}.*")) {
                continue;
            }
            if (line.startsWith("|")) {
                line = line.substring(1);
            }
            if (line.endsWith("|")) {
                line = line.substring(0, line.length() - 1);
            }
            List<String> cells = new ArrayList<>();
            for (String cell : line.split("\\|", -1)) {
                String c = clean(cell);
                // Converters fill cells they could not read with "-" placeholders: those are not data.
                cells.add(c.equals("-") ? "" : c);
            }
            rows.add(cells);
        }
        return rows;
    }

    /**
     * One cell per tab-prefixed line. A blank line followed by a tab line closes the row; a line
     * without a tab continues the cell before it ("自" / "然" / "人"), but only when both are words: a
     * lone number after the table is page furniture, not part of a label.
     */
    private static List<List<String>> tabCells(List<String> lines, int start, int end) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        boolean blankSeen = false;
        for (int i = start; i < end; i++) {
            String line = lines.get(i);
            if (line.isBlank() && !line.contains("\t")) {
                blankSeen = true;
                continue;
            }
            if (line.startsWith("\t") || row.isEmpty() && rows.isEmpty()) {
                if (blankSeen && !row.isEmpty()) {
                    rows.add(row);
                    row = new ArrayList<>();
                }
                row.add(clean(line));
            } else if (!row.isEmpty()) {
                int last = row.size() - 1;
                row.set(last, row.get(last).isEmpty() ? clean(line) : row.get(last) + "\n" + clean(line));
            }
            blankSeen = false;
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return rows;
    }

    /** Where a TAB_CELL region really ends: at a line without a tab that cannot continue a label. */
    private static int tabCellEnd(List<String> lines, int start, int end) {
        String previous = null;
        for (int i = start; i < end; i++) {
            String line = lines.get(i);
            if (line.isBlank() && !line.contains("\t")) {
                continue;
            }
            if (!line.startsWith("\t") && i > start) {
                boolean numberLine = Texts.isNumber(line);
                boolean previousNumber = previous != null && Texts.isNumber(previous);
                if (numberLine || previousNumber) {
                    return i;
                }
            }
            previous = line;
        }
        return end;
    }

    /** One cell per block of consecutive lines; the blocks are grouped into rows of labels then values. */
    private static List<List<String>> blockCells(List<String> lines, int start, int end) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = null;
        for (int i = start; i < end; i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                if (cell != null) {
                    cells.add(cell.toString());
                    cell = null;
                }
                continue;
            }
            String c = clean(line);
            java.util.regex.Matcher spaced = SPACED_ROW.matcher(c);
            // Only a plain label: a long run of text with digits inside is run-together cells, not one row.
            if (spaced.matches() && spaced.group(1).length() <= 60 && !spaced.group(1).matches(".*[0-9]{3,}.*")) {
                // "一、本年新收政府信息公开申请数量 3001 53 0 0 61 4 3119" (PDF text): the label, which may
                // continue a label begun on the line before, then one cell per number.
                String label = spaced.group(1).strip();
                // A label that starts with its own ordinal (一、 （二） 3.) is a new row; otherwise it is the
                // second half of a label wrapped from the line before.
                boolean continues = cell != null && !Texts.isValueCell(cell.toString()) && !ROW_MARK.matcher(label).find();
                if (cell != null && !continues) {
                    cells.add(cell.toString());
                }
                cells.add(continues ? cell.append('\n').append(label).toString() : label);
                cell = null;
                for (String number : spaced.group(2).strip().split("\\s+")) {
                    cells.add(number);
                }
                continue;
            }
            boolean value = Texts.isValueCell(c);
            if (cell != null && (value || Texts.isValueCell(cell.toString()))) {
                // Two numbers on consecutive lines are two cells, never one.
                cells.add(cell.toString());
                cell = null;
            }
            cell = cell == null ? new StringBuilder(c) : cell.append('\n').append(c);
        }
        if (cell != null) {
            cells.add(cell.toString());
        }
        return labelValueRows(cells);
    }

    /** Groups a flat cell stream into rows: a row is some labels followed by its values. */
    static List<List<String>> labelValueRows(List<String> cells) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        boolean inValues = false;
        for (String cell : cells) {
            boolean value = Texts.isValueCell(cell) && !cell.isEmpty();
            if (!value && inValues) {
                rows.add(row);
                row = new ArrayList<>();
                inValues = false;
            }
            row.add(cell);
            inValues |= value;
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return rows;
    }

    private static String clean(String cell) {
        return cell.replace('\u00A0', ' ').strip();
    }
}
