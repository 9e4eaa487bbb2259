package nianbao.facts;

/**
 * A table cell of one report of a batch, for the checks across years: this year's 上年结转 against last
 * year's 结转下年度, this year's 现行有效件数 against last year's. Only inserted into the batch session.
 *
 * @param countsValid the report's format counts 现行有效件数 in table 二 ({@link Report#countsValid()})
 */
public record YearlyCell(String file, String office, int year, String template, boolean countsValid, Cell cell)
        implements Placed {
    /** The cell of report {@code report} (of file {@code file}). */
    public YearlyCell(String file, Report report, Cell cell) {
        this(file, report.office(), report.year(), report.template(), report.countsValid(), cell);
    }

    /** The place of its cell; the finding belongs to this cell's report. */
    @Override
    public Place place() {
        return Place.ofCell(cell).inFile(file);
    }

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
