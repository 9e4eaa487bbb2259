package nianbao.facts;

/**
 * A table cell of one report of a batch, for the checks across years: this year's 上年结转 against last
 * year's 结转下年度, this year's 现行有效件数 against last year's. Only inserted into the batch session.
 */
public record YearlyCell(String file, String office, int year, String template, Cell cell) {
    public String table() {
        return cell.table();
    }

    public String rowKey() {
        return cell.rowKey();
    }

    public String columnKey() {
        return cell.columnKey();
    }

    public long count() {
        return cell.count();
    }

    public boolean hasNumber() {
        return cell.value() != null;
    }
}
