package nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nianbao.analysis.Batch;
import nianbao.analysis.BatchRun;
import nianbao.analysis.Inputs;
import nianbao.analysis.RuleSetup;
import nianbao.engine.RuleBudget;
import nianbao.findings.BatchResult;
import nianbao.findings.Finding;
import nianbao.render.JsonRenderer;
import nianbao.render.XlsxRenderer;
import nianbao.support.Project;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bad rule never stops the batch: an endless action, a rule that keeps inserting facts and a rule that
 * throws are each named in a RULE-ERROR finding of the report they failed on, the report stays checked
 * and keeps every other rule's findings. One rules folder (the real rules plus three bad ones, each
 * failing only on its own copy of a sample report) and one run, with a 2 s budget, keep this fast.
 */
class RuleBudgetTest {
    private static final String SAMPLE = "004_3b473299667ac3ab.txt";

    @TempDir
    Path tmp;

    @Test
    void badRulesAreNamedAndTheOtherFindingsKept() throws Exception {
        Path rules = rulesWithBadOnes();
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (String name : List.of("loop.txt", "flood.txt", "throws.txt")) {
            Files.copy(Project.REPORTS.resolve(SAMPLE), in.resolve(name));
        }
        long start = System.nanoTime();
        // The sample needs a few firings; the flooding rule reaches 200 within milliseconds, long before the
        // time limit even on a loaded machine, so it is the firing limit that stops it.
        RuleSetup setup = RuleSetup.load(rules, null).withBudget(new RuleBudget(200, Duration.ofSeconds(2)));
        double compileSeconds = (System.nanoTime() - start) / 1e9;

        // The batch as ./check runs it (all cores), then its outputs as ./check writes them.
        start = System.nanoTime();
        BatchRun run = Batch.check(setup, Inputs.collect(List.of(in), null), new Progress(3, System.err, false), null);
        double batchSeconds = (System.nanoTime() - start) / 1e9;
        BatchResult batch = run.result();
        Path json = tmp.resolve("out.json");
        Path xlsx = tmp.resolve("out.xlsx");
        new JsonRenderer().writeTo(batch, json);
        new XlsxRenderer().writeTo(batch, xlsx);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            Main.printSummary(run, List.of(json, xlsx));
        } finally {
            System.setOut(oldOut);
        }
        String terminal = out.toString(StandardCharsets.UTF_8);
        System.out.printf("rule budget: compiling %.1f s, three reports with three bad rules %.1f s%n", compileSeconds,
                batchSeconds);

        // The endless action costs its 2 s budget and a short grace (the others run beside it), not its 30 s;
        // the margin is for a loaded 2-core machine. (2 s rather than 1 s so that the good rules' cold first
        // sessions never come near the limit on such a machine.)
        assertThat(batchSeconds).isLessThan(2 + 5);

        List<String> good = messages(Project.auditor().audit(Project.REPORTS.resolve(SAMPLE), SAMPLE).findings());
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        new ObjectMapper().readTree(json.toFile()).get("reports")
                .forEach(r -> byName.put(Path.of(r.get("file").asText()).getFileName().toString(), r));
        Map<String, String> badRule = Map.of("loop.txt", "TEST-LOOP", "flood.txt", "TEST-FLOOD", "throws.txt", "TEST-THROW");
        for (var e : badRule.entrySet()) {
            JsonNode report = byName.get(e.getKey());
            assertThat(report.get("status").asText()).as(e.getKey()).isEqualTo("checked");
            List<String> ruleErrors = new ArrayList<>();
            List<String> others = new ArrayList<>();
            // (The three are copies of one report: BATCH-DUPLICATE says so on each, beside the rules under test.)
            report.get("findings").forEach(f -> {
                if (!f.get("ruleId").asText().equals("BATCH-DUPLICATE")) {
                    (f.get("ruleId").asText().equals("RULE-ERROR") ? ruleErrors : others).add(f.get("message").asText());
                }
            });
            assertThat(ruleErrors).as(e.getKey()).anySatisfy(m -> assertThat(m).contains("“" + e.getValue() + "”"));
            // Every other rule's findings, exactly as without the bad rules.
            assertThat(others).as(e.getKey()).containsExactlyInAnyOrderElementsOf(good);
        }
        assertThat(message(byName, "loop.txt", "TEST-LOOP")).contains("超过 2 秒");
        assertThat(message(byName, "flood.txt", "TEST-FLOOD")).contains("超过 200 次");
        assertThat(message(byName, "throws.txt", "TEST-THROW")).contains("出错");
        assertThat(evidence(byName, "throws.txt", "TEST-THROW")).contains("测试用的错误");

        // The supervisor's terminal names the rule and the report, in words, without any exception.
        assertThat(terminal).contains("规则出错").contains("TEST-LOOP").contains("TEST-FLOOD").contains("TEST-THROW");
        assertThat(terminal).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("WARN");
        try (Workbook wb = WorkbookFactory.create(xlsx.toFile(), null, true)) {
            StringBuilder all = new StringBuilder();
            wb.getSheet("问题清单").forEach(row -> row.forEach(c -> all.append(c.toString()).append('|')));
            assertThat(all).contains("RULE-ERROR").contains("TEST-LOOP").contains("规则运行");
        }
    }

    @Test
    void aBudgetThatIsNotPositiveIsAUsageError() {
        assertThat(Main.run("--rule-seconds", "0", "--out", tmp.resolve("out").toString(), Project.REPORTS.toString()))
                .isEqualTo(ExitCode.USAGE.code);
        assertThat(Main.run("--rule-firings", "-1", "--out", tmp.resolve("out").toString(), Project.REPORTS.toString()))
                .isEqualTo(ExitCode.USAGE.code);
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    private static String message(Map<String, JsonNode> byName, String file, String rule) {
        return ruleError(byName, file, rule).get("message").asText();
    }

    private static String evidence(Map<String, JsonNode> byName, String file, String rule) {
        return ruleError(byName, file, rule).get("evidence").asText();
    }

    private static JsonNode ruleError(Map<String, JsonNode> byName, String file, String rule) {
        for (JsonNode f : byName.get(file).get("findings")) {
            if (f.get("ruleId").asText().equals("RULE-ERROR") && f.get("message").asText().contains(rule)) {
                return f;
            }
        }
        throw new AssertionError("no RULE-ERROR naming " + rule + " on " + file);
    }

    private static List<String> messages(List<Finding> findings) {
        return findings.stream().map(Finding::message).toList();
    }

    /** The real rules, plus one bad rule per way of going wrong, each only on the report named after it. */
    private Path rulesWithBadOnes() throws IOException {
        Path dir = Project.copyRules(tmp.resolve("rules"));
        Files.writeString(dir.resolve("bad.drl"), """
                package nianbao.rules;
                import nianbao.facts.*;
                global nianbao.engine.Reporter reporter;

                declare Tick
                    n : int
                end

                // Fires first and, for a 2 s budget, never ends: only the time limit stops the wait. (It does end
                // after 30 s, so that on a Java that cannot stop threads it does not slow the tests for ever.)
                rule "TEST-LOOP"
                    @id("TEST-LOOP") @category("structure") @severity("error") @description("测试：动作陷入死循环")
                    salience 100
                when
                    Report(file.endsWith("loop.txt"))
                then
                    long end = System.nanoTime() + 30_000_000_000L;
                    while (System.nanoTime() < end) { }
                end

                rule "TEST-FLOOD-SEED"
                    @id("TEST-FLOOD-SEED") @category("structure") @severity("error") @description("测试：第一个事实")
                when
                    Report(file.endsWith("flood.txt"))
                then
                    insert(new Tick(0));
                end

                // Every Tick it inserts matches it again: only the firing limit stops it.
                rule "TEST-FLOOD"
                    @id("TEST-FLOOD") @category("structure") @severity("error") @description("测试：不断插入事实")
                when
                    Report(file.endsWith("flood.txt"))
                    Tick($n : n)
                then
                    insert(new Tick($n + 1));
                end

                // Fires last, after the other rules' findings were made.
                rule "TEST-THROW"
                    @id("TEST-THROW") @category("structure") @severity("error") @description("测试：动作抛出异常")
                    salience -100
                when
                    Report(file.endsWith("throws.txt"))
                then
                    if (reporter != null) { throw new IllegalStateException("测试用的错误"); }
                end
                """);
        return dir;
    }
}
