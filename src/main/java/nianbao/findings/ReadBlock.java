package nianbao.findings;

import java.util.List;

/**
 * A grid of template rows × template columns. Table 二 has one per 第二十条 item (each with its own
 * columns); tables 三 and 四 have one, without caption.
 *
 * @param caption      the template's caption of the block ("" for tables 三 and 四)
 * @param columnLabels the template's column labels, in order
 */
public record ReadBlock(String caption, List<String> columnLabels, List<ReadRow> rows) implements java.io.Serializable {
    public ReadBlock {
        columnLabels = List.copyOf(columnLabels);
        rows = List.copyOf(rows);
    }
}
