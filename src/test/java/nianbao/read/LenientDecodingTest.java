package nianbao.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Text almost all valid in one encoding is read with the few bad bytes replaced, and says so. */
class LenientDecodingTest {
    private static final String REPORT = "某县人民政府2023年政府信息公开工作年度报告\n一、总体情况\n本年度共收到政府信息公开申请12件。\n"
            .repeat(20);

    @Test
    void cleanUtf8AndCleanGbkAreReadStrictlyWithoutANote() throws Exception {
        assertThat(TextDecoder.decodeNoting(REPORT.getBytes(StandardCharsets.UTF_8))).isEqualTo(new TextDecoder.Decoded(REPORT, null));
        assertThat(TextDecoder.decodeNoting(REPORT.getBytes(TextDecoder.GB18030))).isEqualTo(new TextDecoder.Decoded(REPORT, null));
    }

    @Test
    void aTruncatedLastCharacterOrAFlippedByteInUtf8IsReplaced() throws Exception {
        byte[] utf8 = REPORT.getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(utf8, utf8.length - 2); // the final "\n" and half of "。"
        TextDecoder.Decoded d = TextDecoder.decodeNoting(cut);
        assertThat(d.text()).endsWith("\uFFFD").hasSize(REPORT.length() - 1);
        assertThat(d.note()).startsWith("宽松读取").contains("UTF-8").contains("1 处");
    }

    @Test
    void aDamagedGbkFileIsReadAsGbkWithTheBadBytesReplaced() throws Exception {
        byte[] gbk = REPORT.getBytes(TextDecoder.GB18030);
        gbk[40] = (byte) 0xFF; // never a GB18030 lead byte
        TextDecoder.Decoded d = TextDecoder.decodeNoting(gbk);
        assertThat(d.note()).startsWith("宽松读取").contains("GB18030/GBK");
        assertThat(d.text()).contains("本年度共收到政府信息公开申请12件");
    }

    @Test
    void bytesThatAreNeitherAreStillRefused() {
        byte[] noise = new byte[600];
        new java.util.Random(7).nextBytes(noise);
        assertThatThrownBy(() -> TextDecoder.decodeNoting(noise)).isInstanceOf(UnreadableException.class)
                .hasMessageContaining("编码无法识别");
    }

    @Test
    void aPageLabelledGbkWhoseBytesAreUtf8IsReadAsUtf8() {
        String page = "<html><head><meta charset=\"gbk\"></head><body><h1>" + REPORT + "</h1></body></html>";
        TextDecoder.Decoded d = HtmlReader.decodeNoting(page.getBytes(StandardCharsets.UTF_8));
        assertThat(d.text()).isEqualTo(page);
        assertThat(d.note()).contains("gbk").contains("UTF-8");
        String real = HtmlReader.decodeNoting(page.getBytes(TextDecoder.GB18030)).text();
        assertThat(real).isEqualTo(page); // a real GBK page is still read by its label
    }
}
