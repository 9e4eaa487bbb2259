package nianbao.findings;

/**
 * One line of the sheet 报送情况 (written when the 机构 sheet of settings.xlsx lists the offices expected to
 * report): an office and year, its report in the batch (or none), when it was published against its deadline.
 *
 * @param office    the office as the 机构 sheet names it (or as its report names it, for one not in the sheet)
 * @param kind      its kind as the sheet writes it (政府、部门、乡镇、街道), or "" when not in the sheet
 * @param parent    its 上级 in the sheet, or ""
 * @param year      the report year
 * @param file      its report's file, or "" when none is in the batch
 * @param published the publication (else signing) date, yyyy-mm-dd, or ""
 * @param deadline  the deadline (the same one PER-DEADLINE judges), yyyy-mm-dd, or "" when none is known
 * @param daysLate  the days past the deadline, or null when not late or not known
 * @param status    已报送, 逾期, 未报送 (no report in the batch) or 未列入机构表 (a report of an office not in the sheet)
 */
public record ReportingLine(String office, String kind, String parent, int year, String file, String published,
                         String deadline, Integer daysLate, String status) {
}
