package nianbao.document;

import java.util.List;

/**
 * A table as rows of cell texts.
 *
 * <p>When {@code grid} is true (Word, HTML, ruled PDF) every row has one entry per grid column and a
 * position covered by a merged cell that starts elsewhere (rowspan/colspan) holds {@code null}; the
 * merged cell's own text sits at its top-left position. When {@code grid} is false (recovered from plain
 * text) a row is just the cells in the order they were found: column positions are not known and
 * extraction must place values by the template. An empty string is always a real, blank cell.
 */
public record Table(List<List<String>> rows, boolean grid) implements Block {
    public Table {
        rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r))).toList();
    }
}
