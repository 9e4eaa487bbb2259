package nianbao.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nianbao.findings.ReportResult;
import nianbao.support.Project;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same report re-saved as GB18030, with a BOM, with CRLF line ends, with full-width digits, or
 * wrapped in web-page chrome gets the same findings as the original.
 */
class TextVariantsTest {
    @TempDir
    Path tmp;

    static Stream<String> seeds() throws IOException {
        try (Stream<Path> s = Files.list(Project.REPORTS)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void variantsGiveTheSameFindings(String seed) throws IOException {
        Path original = Project.REPORTS.resolve(seed);
        String text = Files.readString(original, StandardCharsets.UTF_8);
        List<String> expected = findings(original);
        assertThat(expected).as("the original must have findings for this test to mean anything").isNotEmpty();

        assertThat(findings(write("gb18030.txt", text, Charset.forName("GB18030"), false))).isEqualTo(expected);
        assertThat(findings(write("bom.txt", text, StandardCharsets.UTF_8, true))).isEqualTo(expected);
        assertThat(findings(write("crlf.txt", text.replace("\n", "\r\n"), StandardCharsets.UTF_8, false))).isEqualTo(expected);
        // The page's 发布时间 must fit the report (after its 落款, before its deadline), or it is a finding of its own.
        java.util.regex.Matcher year = java.util.regex.Pattern.compile("(\\d{4})\\s*年度?\\s*政府信息公开").matcher(text);
        int published = year.find() ? Integer.parseInt(year.group(1)) + 1 : 2021;
        String chrome = "首页 | 政务公开 | 政府信息公开年报\n简体 繁体 无障碍阅读 登录 注册\n索引号：11620000-2021-00012\n发布时间："
                + published + "-01-25\n\n"
                + text + "\n\n主办单位：某某县人民政府办公室\n网站标识码：6210000001 备案号：陇ICP备05001007号\n登录 注册\n";
        assertThat(findings(write("chrome.txt", chrome, StandardCharsets.UTF_8, false))).isEqualTo(expected);
    }

    private Path write(String name, String text, Charset charset, boolean bom) throws IOException {
        Path p = tmp.resolve(name);
        byte[] body = text.getBytes(charset);
        if (bom) {
            byte[] withBom = new byte[body.length + 3];
            withBom[0] = (byte) 0xEF;
            withBom[1] = (byte) 0xBB;
            withBom[2] = (byte) 0xBF;
            System.arraycopy(body, 0, withBom, 3, body.length);
            body = withBom;
        }
        Files.write(p, body);
        return p;
    }

    private static List<String> findings(Path file) {
        ReportResult r = Project.auditor().audit(file, "x");
        assertThat(r.status()).isEqualTo("checked");
        return r.findings().stream().map(GoldenReportsTest::key).toList();
    }
}
