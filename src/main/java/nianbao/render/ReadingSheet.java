package nianbao.render;

import java.util.HashMap;
import java.util.Map;
import nianbao.findings.HowRead;
import nianbao.findings.GridPosition;
import nianbao.findings.ReadBlock;
import nianbao.findings.ReadCell;
import nianbao.findings.ReadRow;
import nianbao.findings.ReadTable;
import nianbao.findings.ReportResult;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;

/**
 * 表格读取结果, in an office's workbook: what the checker read from the report's three tables, one block per
 * table on the template's grid (template labels as row and column headers), so the office can compare it
 * with its own report. A cell behind a finding has the fill of the finding's severity (the worst, when
 * several); a cell not simply read says how it was obtained. Each finding in 问题清单 links to its place here.
 */
final class ReadingSheet {
    static final String NAME = "表格读取结果";
    private static final int LABEL_WIDTH = 44;
    private static final int CELL_WIDTH = 13;

    private final Styles styles;

    ReadingSheet(Styles styles) {
        this.styles = styles;
    }

    /** Writes the sheet; returns, for every place of the grids, the address a link to it goes to. */
    Map<GridPosition, String> write(Sheet sheet, ReportResult report) {
        Map<GridPosition, String> refs = new HashMap<>();
        sheet.setColumnWidth(0, LABEL_WIDTH * 256);
        int widest = report.reading().tables().stream().flatMap(t -> t.blocks().stream())
                .mapToInt(b -> b.columnLabels().size()).max().orElse(0);
        for (int c = 1; c <= widest; c++) {
            sheet.setColumnWidth(c, CELL_WIDTH * 256);
        }
        Cells.str(sheet.createRow(0), 0, NAME, styles.title).getRow().setHeightInPoints(24);
        Cells.str(sheet.createRow(1), 0, "程序从报告的统计表中读到的内容，按模板的行和列排列。有底色的格子有问题（红：错误，橙：警告，"
                + "蓝：提示），见“问题清单”。格子只写数字的是按原文" + HowRead.READ.word() + "的，其他取得方式写在〔〕中。", styles.subtitle);
        FindingsByPlace places = new FindingsByPlace(report);
        int r = 3;
        for (int t = 0; t < report.reading().tables().size(); t++) {
            ReadTable table = report.reading().tables().get(t);
            refs.put(new GridPosition(t, -1, -1, -1), ref(r, 0));
            Cells.str(sheet.createRow(r++), 0, title(table), styles.blockTitle).getRow().setHeightInPoints(20);
            for (int b = 0; b < table.blocks().size(); b++) {
                r = block(sheet, r, table.blocks().get(b), t, b, places, refs);
            }
            r++;
        }
        FindingsSheet.landscape(sheet);
        return refs;
    }

    private int block(Sheet sheet, int r, ReadBlock block, int t, int b, FindingsByPlace places, Map<GridPosition, String> refs) {
        if (!block.caption().isEmpty()) {
            Cells.str(sheet.createRow(r++), 0, block.caption(), styles.label);
        }
        Row header = sheet.createRow(r);
        Cells.str(header, 0, "", styles.header);
        int lines = 1;
        for (int c = 0; c < block.columnLabels().size(); c++) {
            GridPosition column = new GridPosition(t, b, -1, c);
            refs.put(column, ref(r, c + 1));
            int worst = places.worst(column);
            Cells.str(header, c + 1, block.columnLabels().get(c), worst < 3 ? styles.severityText[worst] : styles.header);
            lines = Math.max(lines, Words.lines(block.columnLabels().get(c), CELL_WIDTH));
        }
        header.setHeightInPoints(Words.height(lines));
        r++;
        for (int i = 0; i < block.rows().size(); i++) {
            ReadRow readRow = block.rows().get(i);
            Row row = sheet.createRow(r);
            GridPosition whole = new GridPosition(t, b, i, -1);
            refs.put(whole, ref(r, 0));
            int worstRow = places.worst(whole);
            Cells.str(row, 0, readRow.label(), worstRow < 3 ? styles.severityLabel[worstRow] : styles.label);
            for (int c = 0; c < readRow.cells().size(); c++) {
                GridPosition at = new GridPosition(t, b, i, c);
                refs.put(at, ref(r, c + 1));
                cell(row, c + 1, readRow.cells().get(c), places.worst(at));
            }
            row.setHeightInPoints(Words.height(Words.lines(readRow.label(), LABEL_WIDTH)));
            r++;
        }
        return r;
    }

    /** A number read as written is a number; anything else is the text as ./check show writes it. */
    private void cell(Row row, int col, ReadCell cell, int worst) {
        if (cell.how() == HowRead.READ && cell.value() != null) {
            Cells.num(row, col, cell.value(), styles.tableValue[worst]);
        } else {
            CellStyle style = worst < 3 ? styles.severityText[worst] : styles.centred;
            Cells.str(row, col, TextGrid.shown(cell), style);
        }
    }

    private static String title(ReadTable table) {
        String status = !table.present() ? "：报告中没有找到此表"
                : table.status().equals("noData") ? "：只有表头，没有数据"
                : table.status().equals("unalignable") ? "：数字无法对应到模板的格子" : "";
        return table.name() + "（按 " + table.version() + " 年版的行和列）"
                + (table.detail().isEmpty() || !table.present() ? status : "：" + table.detail());
    }

    private static String ref(int row, int col) {
        return "'" + NAME + "'!" + new CellReference(row, col).formatAsString(false);
    }
}
