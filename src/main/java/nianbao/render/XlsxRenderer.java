package nianbao.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nianbao.findings.Finding;
import nianbao.findings.Forwarding;
import nianbao.findings.GridPosition;
import nianbao.findings.BatchResult;
import nianbao.findings.ReportResult;
import nianbao.findings.RuleInfo;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The Excel workbooks. For the supervisor, one workbook for the batch: 概览 (totals, one row per report
 * worst first, the rules that found most problems with a chart), 问题清单 (one row per finding, with the
 * 复核 columns; a finding dismissed as 误报 greyed), 无法读取, 已排除的误报 and 已解决 (only after a --review run)
 * and 规则清单. For each county office, one
 * workbook with a cover (说明: the supervisor's sender, contact and 整改期限, what was checked), its own
 * 问题清单 (without the supervisor's columns, with 整改情况 for the county's answer), 表格读取结果 (what was read from its tables, each finding's
 * cell coloured and linked from 问题清单) and 规则清单 ({@link #writeOffices}).
 *
 * <p>Every string from a report is a text cell (quote-prefixed), counts and years are numbers, and there
 * is no formula anywhere. 说明 is an XSSF sheet (one report's cover); the workbook is then wrapped in SXSSF so
 * that 概览 (a row per report) and 问题清单, which may hold 100,000 rows, stream to disk.
 */
public final class XlsxRenderer implements Renderer {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm（北京时间）")
            .withZone(ZoneId.of("Asia/Shanghai"));

    @Override
    public void write(BatchResult batch, OutputStream out) throws IOException {
        XSSFWorkbook xssf = new XSSFWorkbook();
        Styles styles = new Styles(xssf);
        Map<String, String> descriptions = SummarySheet.descriptions(batch.rules());
        List<ReportResult> order = SummarySheet.worstFirst(batch.reports());
        Map<String, Integer> findingRows = FindingsSheet.firstRows(order);
        Map<String, Integer> unreadableRows = ListSheets.unreadableRows(batch.reports());
        SXSSFWorkbook wb = new SXSSFWorkbook(xssf, 100);
        // Plain temporary files: 100,000 findings take 7 s instead of 13 s gzipped, for ~150 MB of temp disk.
        wb.setCompressTempFiles(false);
        try {
            org.apache.poi.ss.usermodel.Sheet summary = wb.createSheet(SummarySheet.NAME);
            new SummarySheet(styles).write(summary, xssf.getSheet(SummarySheet.NAME), batch, order, findingRows,
                    unreadableRows, checkedAt(batch));
            new FindingsSheet(styles, descriptions).write(wb.createSheet(FindingsSheet.NAME), order);
            ListSheets lists = new ListSheets(styles);
            lists.unreadable(wb.createSheet(ListSheets.UNREADABLE), batch.reports());
            if (DismissedSheet.any(batch.reports())) {
                new DismissedSheet(styles).write(wb.createSheet(DismissedSheet.NAME), order);
            }
            if (!batch.submissions().isEmpty()) {
                new SubmissionSheet(styles).write(wb.createSheet(SubmissionSheet.NAME), batch.submissions());
            }
            if (!batch.resolved().isEmpty()) {
                lists.resolved(wb.createSheet(ListSheets.RESOLVED), batch.resolved());
            }
            lists.rules(wb.createSheet(ListSheets.RULES), batch.rules());
            PrintsSheet.write(wb.createSheet(nianbao.findings.ContentPrint.SHEET), batch.prints());
            wb.setActiveSheet(0);
            wb.write(out);
        } finally {
            wb.close();
        }
    }

    /**
     * One workbook per checked report in {@code dir}, for the office that wrote it: 说明 (cover), 问题清单
     * (its findings only), 表格读取结果 and 规则清单. Each file is named after the office and year (see
     * {@link OfficeWorkbooks}) and written atomically. Returns the files written, in the batch's order.
     */
    public List<Path> writeOffices(BatchResult batch, Path dir) throws IOException {
        return writeOffices(batch, Forwarding.NONE, dir);
    }

    /** The same, with the supervisor's sender, contact, 整改期限 and cover text on each cover. */
    public List<Path> writeOffices(BatchResult batch, Forwarding forwarding, Path dir) throws IOException {
        try (OutputFiles files = new OutputFiles()) {
            List<Path> written = writeOffices(batch, forwarding, dir, files);
            files.commit();
            return written;
        }
    }

    /** The same, into temporary files of {@code files}: they appear with the run's other results on commit. */
    public List<Path> writeOffices(BatchResult batch, Path dir, OutputFiles files) throws IOException {
        return writeOffices(batch, Forwarding.NONE, dir, files);
    }

    /** The same, with the supervisor's forwarding settings on each cover. */
    public List<Path> writeOffices(BatchResult batch, Forwarding forwarding, Path dir, OutputFiles files)
            throws IOException {
        return OfficeWorkbooks.write(this, batch, forwarding, dir, files);
    }

    /** One office's workbook for one report of the batch. */
    void writeOffice(BatchResult batch, ReportResult report, Forwarding forwarding, OutputStream out)
            throws IOException {
        XSSFWorkbook xssf = new XSSFWorkbook();
        Styles styles = new Styles(xssf);
        new CoverSheet(styles).write(xssf.createSheet(CoverSheet.NAME), batch, report, checkedAt(batch), forwarding);
        SXSSFWorkbook wb = new SXSSFWorkbook(xssf, 100);
        wb.setCompressTempFiles(false);
        try {
            // 问题清单 links into 表格读取结果, so the grids are laid out first, then the findings written.
            org.apache.poi.ss.usermodel.Sheet findings = wb.createSheet(FindingsSheet.NAME);
            Function<Finding, String> links = f -> null;
            if (report.reading() != null) {
                Map<GridPosition, String> refs = new ReadingSheet(styles).write(wb.createSheet(ReadingSheet.NAME), report);
                FindingsByPlace places = new FindingsByPlace(report);
                links = f -> places.placeOf(f) == null ? null : refs.get(places.placeOf(f));
            }
            new FindingsSheet(styles, SummarySheet.descriptions(batch.rules()), FindingsSheet.COUNTY)
                    .write(findings, List.of(report), links);
            new ListSheets(styles).rules(wb.createSheet(ListSheets.RULES), batch.rules());
            wb.setActiveSheet(0);
            wb.write(out);
        } finally {
            wb.close();
        }
    }

    /** `rules list --format xlsx`: a workbook with only the 规则清单 sheet. */
    public void writeRules(List<RuleInfo> rules, Path target) throws IOException {
        Renderer.atomically(target, out -> {
            SXSSFWorkbook wb = new SXSSFWorkbook(100);
            try {
                new ListSheets(new Styles(wb.getXSSFWorkbook())).rules(wb.createSheet(ListSheets.RULES), rules);
                wb.write(out);
            } finally {
                wb.close();
            }
        });
    }

    /** When the batch was checked, in Beijing time (the time of writing if the batch does not say). */
    static String checkedAt(BatchResult batch) {
        return WHEN.format(batch.checkedAt() != null ? batch.checkedAt() : Instant.now());
    }
}
