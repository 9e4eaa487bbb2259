package nianbao.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nianbao.facts.YearlyReport;
import nianbao.findings.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checks across years run in their own session with the same budget: a cross-year rule that throws
 * is named on every report of that session, as a finding of that report.
 */
class CrossYearRuleErrorTest {
    @TempDir
    Path tmp;

    @Test
    void aThrowingCrossYearRuleIsNamedOnEachReport() throws Exception {
        Files.writeString(tmp.resolve("cross.drl"), """
                package nianbao.rules;
                import nianbao.facts.*;
                global nianbao.engine.Reporter reporter;

                rule "X-THROW"
                    @id("X-THROW") @category("structure") @severity("error") @description("测试：抛出异常")
                    salience 10
                when
                    YearlyReport(year == 2020)
                then
                    if (reporter != null) { throw new IllegalStateException("测试"); }
                end
                """);
        RuleBase rules = RuleBase.compile(tmp);
        RuleSettings settings = RuleSettings.none().withBudget(new RuleBudget(100, Duration.ofSeconds(5)));
        Map<String, List<Finding>> byFile = new BatchRunner(rules, settings).run(
                List.of(new YearlyReport("a2019.txt", "某县", 2019, "2021"), new YearlyReport("a2020.txt", "某县", 2020, "2021")),
                List.of());
        for (String file : List.of("a2019.txt", "a2020.txt")) {
            assertThat(byFile.get(file)).singleElement().satisfies(f -> {
                assertThat(f.ruleId()).isEqualTo(RuleFailure.RULE_ID);
                assertThat(f.message()).contains("“X-THROW”").contains("出错");
                assertThat(f.evidence()).isEqualTo("出错信息：测试");
            });
        }
    }
}
