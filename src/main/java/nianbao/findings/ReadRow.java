package nianbao.findings;

import java.util.List;

/**
 * One template row of a statistics table as read, its cells in template column order.
 *
 * @param key   the template's row key (R1, R3.3.1, GZ …); "" for table 四's single row
 * @param label the template's label of the row; "" for table 四's single row, which the template does not name
 */
public record ReadRow(String key, String label, List<ReadCell> cells) implements java.io.Serializable {
    public ReadRow {
        cells = List.copyOf(cells);
    }
}
