package nianbao.render;

import java.util.List;
import nianbao.findings.ContentPrint;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * 内容指纹 (hidden): one row per checked report, its file, office, year and content prints (the whole report, each
 * section 一 … 六, the cells of tables 二, 三, 四 as read). Given back with --review, the next run tells a report of
 * the same office and year whose content changed, naming the sections and cells (analysis/EarlierPrints reads it
 * by these headers).
 */
final class PrintsSheet {
    private PrintsSheet() {
    }

    static void write(Sheet sheet, List<ContentPrint> prints) {
        Row header = sheet.createRow(0);
        for (int i = 0; i < ContentPrint.HEADER.length; i++) {
            header.createCell(i).setCellValue(ContentPrint.HEADER[i]);
        }
        int r = 1;
        for (ContentPrint p : prints) {
            Row row = sheet.createRow(r++);
            int c = 0;
            row.createCell(c++).setCellValue(p.file());
            row.createCell(c++).setCellValue(p.office() == null ? "" : p.office());
            if (p.year() != null) {
                row.createCell(c).setCellValue(p.year());
            }
            c++;
            row.createCell(c++).setCellValue(p.whole());
            for (String n : ContentPrint.NUMERALS) {
                row.createCell(c++).setCellValue(p.section(n));
            }
            for (String t : ContentPrint.TABLES) {
                row.createCell(c++).setCellValue(Cells.fitted(p.table(t)));
            }
        }
        int index = sheet.getWorkbook().getSheetIndex(sheet);
        sheet.getWorkbook().setSheetHidden(index, true);
    }
}
