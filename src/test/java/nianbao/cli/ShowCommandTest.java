package nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nianbao.analysis.RuleSetup;
import nianbao.support.Project;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ./check show on every file of ../shared/corpus: a report gives exit 0 and its reading (text and JSON,
 * the same on every run); a file that is no report (SOURCES.md, the expected grids' JSON) or cannot be read
 * gives one plain Chinese line and a non-zero exit, never a stack trace.
 */
class ShowCommandTest {
    private static RuleSetup setup;

    @TempDir
    Path tmp;

    @BeforeAll
    static void loadRules() throws Exception {
        setup = RuleSetup.load(Project.RULES, null);
    }

    /** The corpus's notes on where its files come from, and the expected grids: not reports. */
    private static boolean notAReport(Path f) {
        String name = f.getFileName().toString();
        // The corpus's blank form (政务公开年报模版.docx) is skipped as a template, with that reason.
        return name.equals("SOURCES.md") || name.endsWith(".json") || name.equals("政务公开年报模版.docx");
    }

    @Test
    void everyFileOfTheCorpusIsShownOrRefusedPlainly() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.walk(Project.shared("corpus"))) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(40);
        List<String> wrong = new ArrayList<>();
        int reports = 0;
        for (Path f : files) {
            for (boolean json : new boolean[] {false, true}) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                StringWriter err = new StringWriter();
                int exit = ShowCommand.show(setup, f, json, out, new PrintWriter(err, true));
                String said = err.toString();
                if (notAReport(f)) {
                    if (exit == 0 || !said.matches("(?s).*\\p{IsHan}.*") || said.contains("Exception") || said.contains("\tat ")) {
                        wrong.add(f + ": exit " + exit + ", " + said);
                    }
                    continue;
                }
                if (exit != 0 || out.size() == 0) {
                    wrong.add(f + ": exit " + exit + ", " + said);
                } else if (json) {
                    JsonNode tree = new ObjectMapper().readTree(out.toByteArray());
                    if (tree.get("tables").size() != 3) {
                        wrong.add(f + ": " + tree.get("tables").size() + " tables in the JSON");
                    }
                    reports++;
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(reports).isGreaterThan(30);
    }

    @Test
    void aReportReadLenientlySaysSoInTextAndJson() throws Exception {
        // One byte of a real report made invalid UTF-8: read with the byte replaced, and the show says how.
        byte[] bytes = java.nio.file.Files.readAllBytes(Project.REPORTS.resolve("004_3b473299667ac3ab.txt"));
        int at = new String(bytes, StandardCharsets.UTF_8).indexOf("总体情况");
        at = new String(bytes, StandardCharsets.UTF_8).substring(0, at).getBytes(StandardCharsets.UTF_8).length + 20;
        bytes[at] = (byte) 0xFF;
        Path flipped = java.nio.file.Files.write(tmp.resolve("flipped.txt"), bytes);
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        assertThat(ShowCommand.show(setup, flipped, false, text, new PrintWriter(new StringWriter()))).isZero();
        assertThat(ShowCommand.show(setup, flipped, true, json, new PrintWriter(new StringWriter()))).isZero();
        assertThat(text.toString(StandardCharsets.UTF_8)).contains("读取说明：宽松读取");
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toByteArray()).path("readingNotes").get(0).asText())
                .startsWith("宽松读取");
        // findings.json carries it per report too.
        assertThat(Project.auditor().audit(flipped, "x").readingNotes()).singleElement().asString().startsWith("宽松读取");
        assertThat(Project.auditor().audit(Project.REPORTS.resolve("004_3b473299667ac3ab.txt"), "x").readingNotes()).isEmpty();
    }

    @Test
    void theOutputIsTheSameOnEveryRun() throws Exception {
        Path pdf = Project.shared("corpus/formats").resolve("000_3438832166e5f38e.pdf");
        for (boolean json : new boolean[] {false, true}) {
            ByteArrayOutputStream first = new ByteArrayOutputStream();
            ByteArrayOutputStream second = new ByteArrayOutputStream();
            ShowCommand.show(setup, pdf, json, first, new PrintWriter(new StringWriter()));
            ShowCommand.show(setup, pdf, json, second, new PrintWriter(new StringWriter()));
            assertThat(second.toString(StandardCharsets.UTF_8)).isEqualTo(first.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void theCommandLineSaysWhatWasReadAndExitsAsDocumented() throws Exception {
        Path notes = Files.writeString(tmp.resolve("notes.txt"), "下周开会讨论。\n", StandardCharsets.UTF_8);
        Path empty = Files.writeString(tmp.resolve("empty.txt"), "");
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            assertThat(Main.run("show", "--no-cache", Project.REPORTS.resolve("000_3438832166e5f38e.txt").toString())).isZero();
            assertThat(Main.run("show", "--no-cache", notes.toString())).isEqualTo(ExitCode.UNREADABLE.code);
            assertThat(Main.run("show", "--no-cache", empty.toString())).isEqualTo(ExitCode.UNREADABLE.code);
            assertThat(Main.run("show", "--no-cache", tmp.resolve("none.txt").toString())).isEqualTo(ExitCode.USAGE.code);
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
        String text = out.toString(StandardCharsets.UTF_8);
        // The office, the year and the version, each with what it rests on; the tables by the template's names.
        assertThat(text).contains("机关：合水县人民政府", "年度：2020", "依据：标题“", "格式版本：2019 年版");
        Template2019 names = new Template2019();
        assertThat(text).contains(names.t2, names.t3, names.t4);
        String said = err.toString(StandardCharsets.UTF_8);
        assertThat(said).contains("notes.txt", "empty.txt", "找不到文件").doesNotContain("Exception", "\tat ");
    }

    /** The tables' names as the template data gives them. */
    private static final class Template2019 {
        final String t2;
        final String t3;
        final String t4;

        Template2019() throws Exception {
            var t = nianbao.template.Templates.load(Project.RULES).get("2019").tables();
            t2 = t.T2().name();
            t3 = t.T3().name();
            t4 = t.T4().name();
        }
    }
}
