package nianbao.cli;

import static nianbao.cli.MainRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nianbao.analysis.Auditor;
import nianbao.analysis.RuleExamples;
import nianbao.analysis.RuleSetup;
import nianbao.engine.RuleBase;
import nianbao.engine.RuleCache;
import nianbao.findings.ReportResult;
import nianbao.support.Project;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A supervisor changes the rules folder without rebuilding: new rule files take effect, broken ones stop the
 * run with file and line, settings.xlsx switches rules off or changes severity, accepted wordings silence
 * label findings, the examples run, and the cache never changes a result.
 */
class RulesFolderTest {
    @TempDir
    Path tmp;

    private Path copyRules() throws IOException {
        return Project.copyRules(tmp.resolve("rules"));
    }

    private List<String> ruleIds(Path json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        List<String> ids = new ArrayList<>();
        root.get("reports").forEach(r -> r.get("findings").forEach(f -> ids.add(f.get("ruleId").asText())));
        return ids;
    }

    @Test
    void aSyntaxErrorStopsTheRunNamingFileAndLine() throws IOException {
        Path rules = copyRules();
        Files.writeString(rules.resolve("broken.drl"), "package nianbao.rules;\nimport nianbao.facts.*;\n\nrule \"X-BROKEN\"\n"
                + "    @id(\"X-BROKEN\") @category(\"structure\") @severity(\"error\") @description(\"坏规则\")\nwhen\n"
                + "    Report( year == )\nthen\nend\n");
        MainRun check = run("rules", "check", "--rules", rules.toString());
        assertThat(check.exit()).isEqualTo(2);
        assertThat(check.err()).contains("broken.drl 第7行");

        MainRun audit = run("--rules", rules.toString(), "--out", tmp.resolve("out").toString(), "--no-cache",
                Project.REPORTS.resolve("000_3438832166e5f38e.txt").toString());
        assertThat(audit.exit()).isEqualTo(2);
        assertThat(audit.err()).contains("broken.drl 第7行").contains("未检查任何报告");
        assertThat(tmp.resolve("out/findings.json")).doesNotExist();
    }

    @Test
    void missingMetadataAndDuplicateIdsAreErrors() throws IOException {
        Path rules = copyRules();
        Files.writeString(rules.resolve("mine.drl"), "package nianbao.rules;\nimport nianbao.facts.*;\n"
                + "global nianbao.engine.Reporter reporter;\n\n"
                + "rule \"copy of T3-ROW-TOTAL\"\n    @id(\"T3-ROW-TOTAL\") @category(\"arithmetic\") @severity(\"error\") @description(\"x\")\n"
                + "when\n    Report()\nthen\nend\n\n"
                + "rule \"no metadata\"\nwhen\n    Report()\nthen\nend\n");
        MainRun check = run("rules", "check", "--rules", rules.toString());
        assertThat(check.exit()).isEqualTo(2);
        assertThat(check.err()).contains("mine.drl 第5行").contains("规则编号重复：arithmetic.drl 与 mine.drl 都定义了 T3-ROW-TOTAL")
                .contains("mine.drl 第12行").contains("缺少 @id");
    }

    @Test
    void aNewRuleFileTakesEffectOnTheNextRunWithoutRebuilding() throws IOException {
        Path rules = copyRules();
        Files.writeString(rules.resolve("province.drl"), "package nianbao.rules;\nimport nianbao.facts.*;\n"
                + "global nianbao.engine.Reporter reporter;\n\n"
                + "rule \"PROV-S6-FEE-WORD\"\n"
                + "    @id(\"PROV-S6-FEE-WORD\") @category(\"completeness\") @severity(\"warning\")\n"
                + "    @description(\"本省要求：第六部分应说明信息处理费收取情况\")\n"
                + "when\n    $s : Section(numeral == \"六\", text not matches \".*信息处理费.*\")\nthen\n"
                + "    reporter.at(drools, $s.place(), \"说明信息处理费收取情况\", $s.text());\nend\n");
        Path json = tmp.resolve("out.json");
        MainRun audit = run("--rules", rules.toString(), "--json", json.toString(), "--xlsx", tmp.resolve("out.xlsx").toString(),
                "--no-cache", Project.REPORTS.resolve("000_3438832166e5f38e.txt").toString());
        assertThat(audit.exit()).isEqualTo(4);
        assertThat(ruleIds(json)).contains("PROV-S6-FEE-WORD");
        MainRun list = run("rules", "list", "--rules", rules.toString());
        assertThat(list.out()).contains("PROV-S6-FEE-WORD").contains("province.drl").contains("本省要求");
        // Category and severity in words, as in the workbook, not the rule file's codes.
        assertThat(list.out()).contains("数字计算 错误").doesNotContain(" arithmetic ").doesNotContain(" warning ");
    }

    @Test
    void settingsSwitchRulesOffChangeSeverityAndAcceptWordings() throws Exception {
        Path rules = copyRules();
        try (InputStream in = Files.newInputStream(rules.resolve("settings.xlsx")); Workbook wb = WorkbookFactory.create(in)) {
            Sheet switches = wb.getSheet("规则开关");
            for (Row row : switches) {
                String id = row.getCell(0).getStringCellValue();
                if (id.equals("T3-COL-TOTAL")) {
                    row.getCell(1).setCellValue("否");
                }
                if (id.equals("CMP-T4-ROW")) {
                    row.getCell(2).setCellValue("warning");
                }
            }
            Sheet deadlines = wb.getSheet("报送期限");
            Row local = deadlines.createRow(1);
            local.createCell(0).setCellValue("静乐县");
            local.createCell(1).setCellValue("政府");
            local.createCell(2).setCellValue("1");
            local.createCell(3).setCellValue("15");
            local.createCell(4).setCellValue("某市通知（测试）");
            Sheet accepted = wb.getSheet("可接受的写法");
            Row r = accepted.createRow(1);
            r.createCell(0).setCellValue("表三");
            r.createCell(1).setCellValue("社会公益组织");
            r.createCell(2).setCellValue("社会组织");
            try (OutputStream out = Files.newOutputStream(rules.resolve("settings.xlsx"))) {
                wb.write(out);
            }
        }
        Auditor auditor = RuleSetup.load(rules, null).auditor();
        ReportResult jingle = auditor.audit(Project.REPORTS.resolve("001_3c6323d342dfd320.txt"), "x");
        assertThat(jingle.findings()).noneMatch(f -> f.ruleId().equals("T3-COL-TOTAL"));
        // 静乐县 signed on 2021-01-22: on time by law (31 March), late for the local date of 15 January.
        assertThat(jingle.findings()).filteredOn(f -> f.ruleId().equals("PER-DEADLINE"))
                .extracting(f -> f.severity() + "/" + f.expected()).hasSize(1).allMatch(s -> s.startsWith("warning/"));
        assertThat(Project.auditor().audit(Project.REPORTS.resolve("001_3c6323d342dfd320.txt"), "x").findings())
                .noneMatch(f -> f.ruleId().equals("PER-DEADLINE"));
        ReportResult haiyuan = auditor.audit(Project.REPORTS.resolve("004_3b473299667ac3ab.txt"), "x");
        assertThat(haiyuan.findings()).extracting(f -> f.ruleId() + "/" + f.severity()).containsExactly("CMP-T4-ROW/warning");

        Path json = tmp.resolve("off.json");
        run("--rules", rules.toString(), "--json", json.toString(), "--xlsx", tmp.resolve("off.xlsx").toString(), "--no-cache",
                Project.REPORTS.resolve("001_3c6323d342dfd320.txt").toString());
        assertThat(new ObjectMapper().readTree(json.toFile()).get("rulesOff").toString()).contains("T3-COL-TOTAL");
    }

    @Test
    void theShippedExamplesPassAndAWrongExpectationSaysWhy() throws Exception {
        RuleSetup setup = RuleSetup.load(Project.RULES, null);
        List<RuleExamples.Outcome> shipped = RuleExamples.run(setup, Project.RULES.resolve("examples"));
        assertThat(shipped).hasSizeGreaterThanOrEqualTo(5).allMatch(RuleExamples.Outcome::passed);

        Path dir = tmp.resolve("examples");
        Files.createDirectories(dir);
        Files.copy(Project.REPORTS.resolve("001_3c6323d342dfd320.txt"), dir.resolve("静乐.txt"));
        Files.writeString(dir.resolve("静乐.expected"), "规则: T3-COL-TOTAL\nT3-COL-TOTAL | 三 | 表三 | （七）总计 |  | 自然人 5，总计 5 | 1\n");
        RuleExamples.Outcome wrong = RuleExamples.run(setup, dir).get(0);
        assertThat(wrong.passed()).isFalse();
        assertThat(wrong.problems()).anyMatch(p -> p.startsWith("应报告而未报告") && p.contains("| 1"))
                .anyMatch(p -> p.startsWith("报告了但不应报告") && p.contains("自然人5，总计5 | 0"));
    }

    @Test
    void cachedRulesGiveTheSameFindingsAsAFreshCompile() throws Exception {
        RuleCache cache = new RuleCache(tmp.resolve("cache"));
        RuleBase first = RuleBase.load(Project.RULES, cache);
        RuleBase second = RuleBase.load(Project.RULES, cache);
        assertThat(first.fromCache()).isFalse();
        assertThat(second.fromCache()).isTrue();
        Auditor fresh = Project.auditor();
        RuleSetup cached = RuleSetup.load(Project.RULES, cache);
        assertThat(cached.rules().fromCache()).isTrue();
        try (Stream<Path> reports = Files.list(Project.REPORTS)) {
            for (Path report : reports.sorted().toList()) {
                assertThat(cached.auditor().audit(report, "x")).isEqualTo(fresh.audit(report, "x"));
            }
        }
    }
}
