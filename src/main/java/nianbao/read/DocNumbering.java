package nianbao.read;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.hwpf.usermodel.HWPFList;
import org.apache.poi.hwpf.usermodel.Paragraph;

/**
 * The numerals Word draws in front of list paragraphs of a binary .doc, the counterpart of
 * {@link DocxNumbering}: HWPF gives a paragraph's list (through its list format override, ilfo) and
 * level, and the list's level gives the start (the override's own start when it has one), the number
 * format code (MS-DOC's nfc, named by {@link Numerals#msoFormat}) and the number text, in which the
 * characters U+0000…U+0008 stand for the counters of levels 1…9. Counting is {@link ListCounters}, the
 * list's lsid owning the counters. Call {@link #label} for every paragraph in document order.
 */
final class DocNumbering {
    private final ListCounters counters = new ListCounters();

    /** The numeral Word draws before this paragraph, with its suffix, or "" when it is not numbered. */
    String label(Paragraph p) {
        try {
            return p.isInList() ? labelOf(p) : "";
        } catch (RuntimeException malformed) {
            return ""; // a broken list table must not cost the paragraph its text
        }
    }

    private String labelOf(Paragraph p) {
        HWPFList list = p.getList();
        int level = Math.max(0, Math.min(ListCounters.LEVELS - 1, p.getIlvl()));
        Map<Integer, Integer> restarts = new HashMap<>();
        for (char k = 0; k < ListCounters.LEVELS; k++) {
            if (list.isStartAtOverridden(k)) {
                restarts.put((int) k, list.getStartAt(k));
            }
        }
        String numeral = counters.next(list.getLsid(), p.getIlfo(), restarts, level, k -> level(list, k));
        // The character after the number: 0 tab, 1 space, 2 nothing.
        boolean nothing = list.getTypeOfCharFollowingTheNumber((char) level) == 2;
        return numeral.isEmpty() || nothing ? numeral : numeral + " ";
    }

    private static ListCounters.Level level(HWPFList list, int k) {
        String text = list.getNumberText((char) k);
        if (text == null) {
            return null;
        }
        StringBuilder pattern = new StringBuilder();
        for (char c : text.toCharArray()) {
            pattern.append(c < ListCounters.LEVELS ? "%" + (char) ('1' + c) : String.valueOf(c));
        }
        return new ListCounters.Level(list.getStartAt((char) k), Numerals.msoFormat(list.getNumberFormat((char) k)),
                pattern.toString(), false, k);
    }
}
