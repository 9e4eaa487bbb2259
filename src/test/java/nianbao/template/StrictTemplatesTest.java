package nianbao.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nianbao.extract.StatementFinder;
import nianbao.support.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A supervisor's typo in a template or data file is an error naming the file, the line and column where the
 * key stands, and the key, never silently ignored; remarks ("note") and a template's description are read.
 */
class StrictTemplatesTest {
    @TempDir
    Path tmp;

    /** The rules folder with the first {@code from} in {@code file} replaced by {@code to}; returns the folder. */
    private Path withEdit(String file, String from, String to) throws IOException {
        Path rules = Project.copyRules(tmp.resolve("rules"));
        Path f = rules.resolve("templates").resolve(file);
        String text = Files.readString(f);
        assertThat(text).contains(from);
        Files.writeString(f, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
        return rules;
    }

    /** "第L行第C列" of the first {@code needle} in the edited file. */
    private static String placeOf(Path rules, String file, String needle) throws IOException {
        List<String> lines = Files.readAllLines(rules.resolve("templates").resolve(file));
        for (int i = 0; i < lines.size(); i++) {
            int c = lines.get(i).indexOf(needle);
            if (c >= 0) {
                return "第" + (i + 1) + "行第" + (c + 1) + "列";
            }
        }
        throw new AssertionError(needle + " not in " + file);
    }

    @Test
    void aMisspeltTemplateKeyNamesFileLineColumnAndTheKeysThereAre() throws IOException {
        Path rules = withEdit("2021.json", "\"sections\"", "\"sectons\"");
        assertThatThrownBy(() -> Templates.load(rules))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("模板文件 2021.json " + placeOf(rules, "2021.json", "\"sectons\"") + "：不认识的键“sectons”")
                .hasMessageContaining("可用的键有：")
                .hasMessageContaining("sections");
    }

    @Test
    void aMisspeltKeyDeepInATableSaysWhereInTheTemplate() throws IOException {
        Path rules = withEdit("2019.json", "\"textStarts\"", "\"textStart\"");
        assertThatThrownBy(() -> Templates.load(rules))
                .hasMessageContaining("模板文件 2019.json " + placeOf(rules, "2019.json", "\"textStart\"") + "：不认识的键“textStart”（在 tables → ")
                .hasMessageContaining("textStarts");
    }

    @Test
    void aKeyGivenTwiceAndAValueOfTheWrongKindAreErrors() throws IOException {
        Path twice = withEdit("2021.json", "\"fingerprints\"", "\"version\": \"2021\", \"fingerprints\"");
        assertThatThrownBy(() -> Templates.load(twice)).hasMessageContaining("模板文件 2021.json 第").hasMessageContaining("键“version”写了两次");

        Files.walk(tmp.resolve("rules")).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        Path wrongKind = withEdit("2021.json", "\"fingerprints\": [", "\"fingerprints\": \"x\", \"unused\": [");
        assertThatThrownBy(() -> Templates.load(wrongKind))
                .hasMessageContaining("模板文件 2021.json " + placeOf(wrongKind, "2021.json", "\"fingerprints\"") + "：键“fingerprints”的值不是应有的类型");
    }

    @Test
    void aTemplateWithoutItsVersionIsNotSkippedSilently() throws IOException {
        Path rules = withEdit("2021.json", "\"version\"", "\"verison\"");
        assertThatThrownBy(() -> Templates.load(rules)).hasMessageContaining("模板文件 2021.json").hasMessageContaining("缺少键“version”");
    }

    @Test
    void aMisspeltKeyInTheStatementsFileIsAnErrorToo() throws IOException {
        Path rules = withEdit("statements.json", "\"rowPrefix\"", "\"rowPrefx\"");
        assertThatThrownBy(() -> StatementFinder.load(rules))
                .hasMessageContaining("statements.json " + placeOf(rules, "statements.json", "\"rowPrefx\"") + "：不认识的键“rowPrefx”（在 kinds → 第");
    }

    @Test
    void remarksAreSkippedAndATemplatesOwnDescriptionIsRead() throws IOException {
        Path rules = withEdit("2021.json", "\"fingerprints\"", "\"note\": \"模板的说明\", \"fingerprints\"");
        Template t = Templates.load(rules).get("2021");
        assertThat(t.description()).contains("2021");
        assertThat(StrictJson.isRemark("reportNamedNote")).isTrue();
        assertThat(StrictJson.isRemark("sectons")).isFalse();
    }
}
