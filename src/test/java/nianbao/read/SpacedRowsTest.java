package nianbao.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nianbao.document.Document;
import nianbao.document.Table;
import org.junit.jupiter.api.Test;

/**
 * PDF text extraction writes a table row as its label followed by numbers separated by spaces (淮安 2023's
 * raw text, ../shared/corpus/real). Each number becomes its own cell, and a label wrapped onto the row's
 * line is joined to its first half.
 */
class SpacedRowsTest {
    @Test
    void aLabelThenSpaceSeparatedNumbersIsOneRow() {
        String text = String.join("\n",
                "三、收到和处理政府信息公开申请情况",
                "（本列数据的勾稽关系为：第一项加第二项之和，",
                "等于第三项加第四项之和）",
                "申请人情况",
                "一、本年新收政府信息公开申请数量 3001 53 0 0 61 4 3119",
                "二、上年结转政府信息公开申请数量 34 0 0 0 0 0 34",
                "（二）部分公开（区分处理的，只计这一情",
                "形，不计其他情形） 447 7 0 0 0 0 454",
                "四、政府信息公开行政复议、行政诉讼情况");
        Document doc = TextReader.parse(text, nianbao.support.Project.words());
        Table table = doc.blocks().stream().filter(b -> b instanceof Table).map(b -> (Table) b).findFirst().orElseThrow();
        assertThat(table.rows()).contains(
                List.of("二、上年结转政府信息公开申请数量", "34", "0", "0", "0", "0", "0", "34"),
                List.of("（二）部分公开（区分处理的，只计这一情\n形，不计其他情形）", "447", "7", "0", "0", "0", "0", "454"));
        assertThat(table.rows().get(0)).endsWith("一、本年新收政府信息公开申请数量", "3001", "53", "0", "0", "61", "4", "3119");
    }
}
