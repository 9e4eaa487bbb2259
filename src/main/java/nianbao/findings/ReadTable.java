package nianbao.findings;

import java.util.List;

/**
 * One statistics table as read, laid out on the template's grid.
 *
 * @param id      "T2", "T3", "T4"
 * @param name    the template's name of the table ("表二" …), the same as a finding's table
 * @param version the template version whose rows and columns make the grid
 * @param present whether the report has the table at all
 * @param status  "ok", "noData", "unalignable" or "absent" (as the table fact says)
 * @param detail  a short note on the status, "" when none
 */
public record ReadTable(String id, String name, String version, boolean present, String status, String detail,
                        List<ReadBlock> blocks) implements java.io.Serializable {
    public ReadTable {
        blocks = List.copyOf(blocks);
    }
}
