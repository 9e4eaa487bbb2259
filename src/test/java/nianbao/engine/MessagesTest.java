package nianbao.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sentences of rules/messages.json: the shipped file words findings as the built-in sentences do. */
class MessagesTest {
    @TempDir
    Path tmp;

    private static Map<String, String> args(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    @Test
    void theShippedFileSaysWhatTheBuiltInSentencesSay() throws Exception {
        Messages shipped = Messages.load(Path.of("rules"));
        Map<String, String> all = args("位置", "表三“（七）总计”行“自然人”列", "说明", "说明文字", "应为", "3", "报告中为", "4",
                "表", "表三", "部分", "六", "行", "（七）总计", "列", "自然人");
        for (String key : new String[] {Messages.WITH_BOTH, Messages.WITH_EXPECTED, Messages.WITH_ACTUAL, Messages.PLAIN,
                Messages.PLACE_TABLE, Messages.PLACE_SECTION, Messages.PLACE_REPORT, Messages.PLACE_ROW,
                Messages.PLACE_COLUMN, Messages.PLACE_COLUMN_OF_TABLE}) {
            assertThat(shipped.format(key, all)).as(key).isEqualTo(Messages.defaults().format(key, all));
        }
        assertThat(shipped.format(Messages.WITH_BOTH, all))
                .isEqualTo("表三“（七）总计”行“自然人”列：说明文字（应为“3”，报告中为“4”）。");
    }

    @Test
    void argumentsAreFilledInOnePass() {
        assertThat(Messages.defaults().format(Messages.PLAIN, args("位置", "报告", "说明", "写了{应为}和$1\\")))
                .isEqualTo("报告：写了{应为}和$1\\。");
    }

    @Test
    void aFolderWithoutTheFileUsesTheBuiltInSentences() throws Exception {
        assertThat(Messages.load(tmp)).isSameAs(Messages.defaults());
    }

    @Test
    void anEditedSentenceChangesTheWording() throws Exception {
        Files.writeString(tmp.resolve(Messages.FILE), Files.readString(Path.of("rules", Messages.FILE))
                .replace("（应为“{应为}”，报告中为“{报告中为}”）。", "：应为{应为}，实为{报告中为}。"));
        assertThat(Messages.load(tmp).format(Messages.WITH_BOTH, args("位置", "表三", "说明", "不符", "应为", "1", "报告中为", "2")))
                .isEqualTo("表三：不符：应为1，实为2。");
    }

    @Test
    void aMissingSentenceOrArgumentIsNamed() throws IOException {
        Files.writeString(tmp.resolve(Messages.FILE), "{\"withBoth\": \"{位置}：{说明}（应为“{应为}”）。\"}");
        assertThatThrownBy(() -> Messages.load(tmp)).isInstanceOf(RulesException.class)
                .satisfies(e -> assertThat(((RulesException) e).errors().toString())
                        .contains("messages.json").contains("{报告中为}").contains("plain"));
    }

    @Test
    void brokenJsonIsNamedWithItsLine() throws IOException {
        Files.writeString(tmp.resolve(Messages.FILE), "{\n \"withBoth\": \n}");
        assertThatThrownBy(() -> Messages.load(tmp)).isInstanceOf(RulesException.class)
                .satisfies(e -> assertThat(((RulesException) e).errors().get(0).line()).isEqualTo(3));
    }
}
