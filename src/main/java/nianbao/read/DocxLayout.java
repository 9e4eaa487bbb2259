package nianbao.read;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Tells a Word table used for page layout from a table of data. Offices paste the whole report into a
 * one-cell table (a frame, or a CMS template), or put a statistics table inside a cell of another table
 * to indent or box it; such a table is reading order, not data, and its cells must be read as the body
 * they hold. The same three signs as for web pages ({@link HtmlReader#isLayoutTable}): the table has a
 * single cell, a cell holds a table, or a cell holds long prose (a data cell never runs to 400 characters).
 */
final class DocxLayout {
    static final int PROSE_CHARS = 400;

    private DocxLayout() {
    }

    static boolean isLayout(XWPFTable table) {
        int cells = 0;
        for (XWPFTableRow row : table.getRows()) {
            for (XWPFTableCell cell : row.getTableCells()) {
                cells++;
                int chars = 0;
                for (IBodyElement e : DocxBody.children(cell.getCTTc(), cell)) {
                    if (e instanceof XWPFTable) {
                        return true;
                    }
                    if (e instanceof XWPFParagraph p) {
                        chars += LayoutSpaces.collapse(p.getText()).length();
                    }
                }
                if (chars > PROSE_CHARS) {
                    return true;
                }
            }
        }
        return cells == 1;
    }

    /** A cell below a vertical merge's first cell: Word shows nothing of it, so neither does the reader. */
    static boolean isMergeContinuation(XWPFTableCell cell) {
        CTTcPr pr = cell.getCTTc().getTcPr();
        return pr != null && pr.getVMerge() != null && pr.getVMerge().getVal() != STMerge.RESTART;
    }
}
