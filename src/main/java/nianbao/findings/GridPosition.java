package nianbao.findings;

/**
 * Where a finding stands in a {@link Reading}'s grids: a cell (row and column), a whole row (column -1),
 * a whole column (row -1) or only a table (both -1). A finding names its place in the template's words
 * (table, row, column); the grids carry the same words, so the match is by label.
 */
public record GridPosition(int table, int block, int row, int column) {

    public boolean isCell() {
        return row >= 0 && column >= 0;
    }

    /** The place of a finding in the reading's tables; null when the finding is not about a table. */
    public static GridPosition of(Reading reading, Finding f) {
        if (reading == null || f.table().isEmpty()) {
            return null;
        }
        for (int t = 0; t < reading.tables().size(); t++) {
            ReadTable table = reading.tables().get(t);
            if (!table.name().equals(f.table())) {
                continue;
            }
            GridPosition rowOnly = null;
            GridPosition columnOnly = null;
            for (int b = 0; b < table.blocks().size(); b++) {
                ReadBlock block = table.blocks().get(b);
                int column = block.columnLabels().indexOf(f.column());
                for (int r = 0; r < block.rows().size(); r++) {
                    if (block.rows().get(r).label().equals(f.row())) {
                        if (column >= 0) {
                            return new GridPosition(t, b, r, column);
                        }
                        rowOnly = rowOnly == null ? new GridPosition(t, b, r, -1) : rowOnly;
                    }
                }
                if (column >= 0 && f.row().isEmpty() && columnOnly == null) {
                    columnOnly = new GridPosition(t, b, -1, column);
                }
            }
            if (rowOnly != null && f.column().isEmpty()) {
                return rowOnly;
            }
            if (columnOnly != null) {
                return columnOnly;
            }
            return rowOnly != null ? rowOnly : new GridPosition(t, -1, -1, -1);
        }
        return null;
    }
}
