package nianbao.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The cells and labels of real reports' tables, including those the short cuts of {@link Texts} decide without
 * NFKC and the patterns (plain digits, a label starting with a Chinese word) and those right beside them that
 * must still go the long way (无, full-width digits, a number with its unit).
 */
class TextsTest {
    @Test
    void plainDigitsAreNumbersAndValueCells() {
        for (String cell : new String[] {"0", "12", "20231", "007"}) {
            assertTrue(Texts.isNumber(cell), cell);
            assertTrue(Texts.isValueCell(cell), cell);
        }
    }

    @Test
    void numbersWrittenOtherwiseAreStillNumbers() {
        for (String cell : new String[] {"１２", "12件", "3.5万元", " 8 ", "1,234", "-2", "５（含转办）"}) {
            assertTrue(Texts.isNumber(cell), cell);
            assertTrue(Texts.isValueCell(cell), cell);
        }
    }

    @Test
    void blankMarksAndEmptyCellsAreValueCells() {
        for (String cell : new String[] {"无", "/", "—", "－", "", "　", " 无 "}) {
            assertTrue(Texts.isValueCell(cell), "[" + cell + "]");
            assertFalse(Texts.isNumber(cell), "[" + cell + "]");
        }
        assertTrue(Texts.isBlankMark("无"));
    }

    @Test
    void labelsAreNotValueCells() {
        for (String cell : new String[] {"自然人", "一、本年新收政府信息公开申请数量", "无法提供", "无效申请", "（七）总计",
                "1.本机关不掌握相关政府信息", "商业企业", "法人或其他组织"}) {
            assertFalse(Texts.isValueCell(cell), cell);
            assertFalse(Texts.isNumber(cell), cell);
        }
        assertFalse(Texts.isValueCell(null));
    }

    @Test
    void labelsAreComparedInOneForm() {
        assertEquals("（一）予以公开", Texts.compact(" (一) 予以 公开： "));
        assertEquals("1.本机关不掌握相关政府信息", Texts.compact("１、本机关不掌握相关政府信息"));
        assertEquals("“国家秘密”", Texts.compact("\"国家秘密\""));
    }
}
