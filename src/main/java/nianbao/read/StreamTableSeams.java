package nianbao.read;

import java.util.List;
import nianbao.document.Block;
import nianbao.document.Table;

/**
 * Puts borderless tables together over page breaks while the pages are assembled: a table that
 * ends one page and one with the same value columns that starts the next are one table, and lines that
 * end a page heading the table that starts the next page ({@link PdfStreamTable#trailingHead}) are its
 * header.
 */
final class StreamTableSeams {
    private PdfStreamTable.Found head;
    private PdfStreamTable.Found open;
    private int openPage = -2;
    private Table openTable;

    /**
     * Holds a possible head ending a page when the next page starts with a table it heads; false when
     * the lines are text after all.
     */
    boolean hold(PdfReader.Item item, boolean lastOnPage, List<PdfReader.Item> nextPage) {
        boolean heads = lastOnPage && !nextPage.isEmpty() && nextPage.get(0).stream() != null
                && !nextPage.get(0).stream().headOnly() && PdfStreamTable.heads(item.stream(), nextPage.get(0).stream());
        if (heads) {
            head = item.stream();
        }
        return heads;
    }

    /** Adds a table part to the blocks, joined to the head held for it or to the table it continues. */
    void add(PdfReader.Item item, boolean firstOnPage, List<Block> blocks) {
        PdfStreamTable.Found part = item.stream();
        if (head != null && firstOnPage) {
            part = PdfStreamTable.withHead(head, part);
        }
        head = null;
        boolean continues = firstOnPage && open != null && openPage == item.page() - 1
                && !blocks.isEmpty() && blocks.get(blocks.size() - 1) == openTable
                && PdfStreamTable.continues(open, part);
        if (continues) {
            blocks.remove(blocks.size() - 1);
            part = PdfStreamTable.join(open, part);
        }
        open = part;
        openPage = item.page();
        openTable = part.table();
        blocks.add(openTable);
    }
}
