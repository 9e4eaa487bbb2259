package nianbao.facts;

/**
 * A statistics table (二, 三 or 四) whose every cell equals that of the office's report of the year before
 * (batch session only). Tables with a cell that could not be read are never compared.
 *
 * @param table   "T2", "T3", "T4"
 * @param cells   how many cells the table has
 * @param nonZero how many of them hold a number other than 0
 */
public record SameTable(String file, String office, int year, String previousFile, String table, int cells,
                        int nonZero) implements Placed {
    @Override
    public Place place() {
        String section = switch (table) {
            case "T2" -> "二";
            case "T3" -> "三";
            case "T4" -> "四";
            default -> "";
        };
        return new Place(section, table, "", -1, "", -1, null, false, file);
    }
}
