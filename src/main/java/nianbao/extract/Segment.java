package nianbao.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nianbao.document.Texts;

/**
 * A table row split into its labels (the text cells in front) and its values (the run of numbers and
 * blanks at the end). Grid rows and rows recovered from text are split the same way, so extraction
 * does not care where a table came from.
 */
record Segment(List<String> labels, List<String> values) {

    static Segment of(List<String> row) {
        List<String> cells = row.stream().filter(Objects::nonNull).toList();
        int start = cells.size();
        while (start > 0 && Texts.isValueCell(cells.get(start - 1))) {
            start--;
        }
        List<String> values = new ArrayList<>(cells.subList(start, cells.size()));
        List<String> labels = new ArrayList<>();
        // A run of blank cells is a row of blanks (a row left empty), unless it is only the filler
        // of a merged header cell: keep it when it has the width of a data row's values.
        boolean anyValue = values.stream().anyMatch(v -> !Texts.noSpace(v).isEmpty()) || values.size() >= 3;
        List<String> labelCells = anyValue ? cells.subList(0, start) : cells;
        for (String c : labelCells) {
            if (!Texts.noSpace(c).isEmpty()) {
                labels.add(c);
            }
        }
        return new Segment(labels, anyValue ? values : List.of());
    }

    /** The row has a value part, possibly all blank. */
    boolean hasValues() {
        return !values.isEmpty();
    }

    /** The row has at least one non-blank value. */
    boolean hasNumbers() {
        return values.stream().anyMatch(v -> !Texts.noSpace(v).isEmpty());
    }

    String lastLabel() {
        return labels.isEmpty() ? "" : labels.get(labels.size() - 1);
    }

    /** The values trimmed of surplus blank cells at either end (filler of merged label columns). */
    List<String> valuesFor(int columns) {
        List<String> v = new ArrayList<>(values);
        while (v.size() > columns && Texts.noSpace(v.get(v.size() - 1)).isEmpty()) {
            v.remove(v.size() - 1);
        }
        while (v.size() > columns && Texts.noSpace(v.get(0)).isEmpty()) {
            v.remove(0);
        }
        return v;
    }
}
