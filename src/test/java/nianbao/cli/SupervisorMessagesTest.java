package nianbao.cli;

import static nianbao.cli.MainRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nianbao.support.Project;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every message `rules check` gives a supervisor about a rule file or settings.xlsx is Chinese, names the file
 * (and line) or the sheet, row and column, says what to do, and carries no Java class, English library
 * message or stack trace: a copy of a rule file left in rules/, a broken DRL, a comparison that can never
 * hold, settings rows with 表3, 2月30日, an unknown body kind, an unknown template label.
 */
class SupervisorMessagesTest {
    @TempDir
    Path tmp;

    private static void plain(String text) {
        assertThat(text).containsPattern("[\\u4e00-\\u9fff]");
        assertThat(text).doesNotContain("nianbao.").doesNotContain("Exception").doesNotContain("org.")
                .doesNotContain("java.").doesNotContain("at nianbao.").doesNotContain("Caused by")
                .doesNotContain("[ERR").doesNotContain("mismatched").doesNotContain("\tat ");
        // No sentence in English only: every line that says something in words says it in Chinese.
        for (String line : text.split("\\R")) {
            String words = line.replaceAll("\\S*[/\\\\]\\S*|\\S+\\.(txt|docx?|pdf|html?|xlsx|json|drl|log)\\b|--?[a-z-]+|[A-Z]+(-[A-Z0-9]+)+", "");
            if (words.matches(".*[A-Za-z]{2,}(\\s+[A-Za-z]{2,}){2}.*")) {
                assertThat(line).as("an English sentence on the terminal").containsPattern("[\\u4e00-\\u9fff]");
            }
        }
    }

    /** A review workbook that is no workbook, one without 问题清单, and a missing one: one plain sentence each. */
    @Test
    void aBadReviewFileIsOnePlainSentence() throws IOException {
        Path junk = tmp.resolve("上次结果.xlsx");
        Files.writeString(junk, "这不是工作簿");
        Path noSheet = tmp.resolve("空表.xlsx");
        try (Workbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); OutputStream o = Files.newOutputStream(noSheet)) {
            wb.createSheet("别的表");
            wb.write(o);
        }
        Path report = Project.REPORTS.resolve(Project.SAMPLES.get(0) + ".txt");
        for (Path review : List.of(junk, noSheet, tmp.resolve("没有这个文件.xlsx"))) {
            MainRun r = run("--out", tmp.resolve("out").toString(), "--review", review.toString(), report.toString());
            assertThat(r.exit()).as(r.all()).isEqualTo(2);
            assertThat(r.err()).contains("复核表").contains(review.getFileName().toString());
            plain(r.err());
        }
        assertThat(run("--out", tmp.resolve("out").toString(), "--review", junk.toString(), report.toString()).err())
                .contains("不是可以打开的 Excel 工作簿");
        // A bad review file stops the run before anything is written, the log included.
        assertThat(tmp.resolve("out")).doesNotExist();
        assertThat(run("--out", tmp.resolve("out").toString(), "--review", noSheet.toString(), report.toString()).err())
                .contains("没有“问题清单”工作表");
    }

    /** Damaged files are listed with a plain reason; the others are checked; nothing of the library reaches the terminal. */
    @Test
    void anUnreadableReportIsAPlainReason() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.write(in.resolve("损坏.docx"), new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
        Files.writeString(in.resolve("损坏.pdf"), "%PDF-1.4\n1 0 obj << /Type /Catalog >>\nendobj\ntrailer\n");
        Files.write(in.resolve("损坏.doc"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0});
        Files.copy(Project.REPORTS.resolve(Project.SAMPLES.get(0) + ".txt"), in.resolve("正常.txt"));
        MainRun r = run("--out", tmp.resolve("out").toString(), in.toString());
        assertThat(r.exit()).as(r.all()).isEqualTo(5);
        for (String name : List.of("损坏.docx", "损坏.pdf", "损坏.doc")) {
            assertThat(r.out()).containsPattern(java.util.regex.Pattern.quote(name) + "\\s+(无法读取|已跳过)：[^\\n]*[\\u4e00-\\u9fff]");
        }
        assertThat(r.out()).containsPattern("正常\\.txt\\s+错误 \\d+");
        plain(r.all());
    }

    /** A folder that cannot take the results: one sentence naming it, before any report is checked. */
    @Test
    void anUnwritableOutputFolderIsOnePlainSentence() throws IOException {
        Path inTheWay = Files.writeString(tmp.resolve("out"), "一个同名文件");
        Path report = Project.REPORTS.resolve(Project.SAMPLES.get(0) + ".txt");
        MainRun r = run("--out", inTheWay.toString(), report.toString());
        assertThat(r.exit()).as(r.all()).isEqualTo(3);
        assertThat(r.err()).contains("结果无法写入").contains(inTheWay.toString());
        plain(r.all());
        MainRun rules = run("rules", "list", "--format", "xlsx", "--out", inTheWay.resolve("rules.xlsx").toString());
        assertThat(rules.exit()).as(rules.all()).isEqualTo(3);
        plain(rules.all());
    }

    /** Without --log, the details of a broken rules folder go to nianbao-check.log in the output folder, which the message names. */
    @Test
    void theDefaultLogIsInTheOutputFolderAndNamed() throws IOException {
        Path rules = Project.copyRules(tmp.resolve("rules"));
        Files.writeString(rules.resolve("broken.drl"), "package nianbao.rules;\nimport nianbao.facts.*;\n\nrule \"X-BROKEN\"\n"
                + "    @id(\"X-BROKEN\") @category(\"structure\") @severity(\"error\") @description(\"坏规则\")\nwhen\n"
                + "    Report( year == )\nthen\nend\n");
        Path out = Files.createDirectories(tmp.resolve("结果"));
        for (String[] args : List.of(new String[] {"--out", out.toString(), "rules", "check", "--rules", rules.toString()},
                new String[] {"--out", out.toString(), "rules", "test", "--rules", rules.toString()},
                new String[] {"--out", out.toString(), "--rules", rules.toString(), Project.REPORTS.toString()})) {
            MainRun r = run(args);
            assertThat(r.exit()).as(r.all()).isEqualTo(2);
            assertThat(r.err()).contains("broken.drl 第7行").contains("已记入日志 " + out.resolve("nianbao-check.log"));
            plain(r.all());
        }
        Files.delete(rules.resolve("broken.drl"));
        MainRun test = run("--out", out.toString(), "rules", "test", "--rules", rules.toString());
        assertThat(test.exit()).as(test.all()).isZero();
        plain(test.all());
        MainRun check = run("--out", out.toString(), "rules", "check", "--rules", rules.toString());
        assertThat(check.exit()).as(check.all()).isZero();
        plain(check.all());
    }

    @Test
    void aCopyOfARuleFileIsOnePlainErrorNamingBothFiles() throws IOException {
        Path rules = Project.copyRules(tmp.resolve("rules"));
        Files.copy(rules.resolve("structure.drl"), rules.resolve("structure - 副本.drl"));
        MainRun r = run("rules", "check", "--rules", rules.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("1 处错误")
                .contains("规则编号重复：structure.drl 与 structure - 副本.drl 都定义了 STR-SEC-PRESENT")
                .contains("请删除副本 structure - 副本.drl");
        plain(r.err());
    }

    @Test
    void droolsErrorsArePlainChineseWithFileAndLineAndTheOriginalOnlyInTheLog() throws IOException {
        Path rules = Project.copyRules(tmp.resolve("rules"));
        Files.writeString(rules.resolve("broken.drl"), "package nianbao.rules;\nimport nianbao.facts.*;\n\nrule \"X-BROKEN\"\n"
                + "    @id(\"X-BROKEN\") @category(\"structure\") @severity(\"error\") @description(\"坏规则\")\nwhen\n"
                + "    Report( year == )\nthen\nend\n\nrule \"X-TYPO\"\n"
                + "    @id(\"X-TYPO\") @category(\"structure\") @severity(\"error\") @description(\"坏规则\")\nwhen\n"
                + "    Sectoin( numeral == \"六\" )\nthen\nend\n");
        Path log = tmp.resolve("check.log");
        MainRun r = run("rules", "check", "--rules", rules.toString(), "--log", log.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("broken.drl 第7行").contains("写法不对").contains("已记入日志 " + log);
        plain(r.err());
        // The compiler's own words are kept for the log (slf4j is set up once per JVM, so read them here directly).
        try {
            nianbao.engine.RuleBase.compile(rules);
            org.junit.jupiter.api.Assertions.fail("the broken file compiled");
        } catch (nianbao.engine.RulesException e) {
            assertThat(e.errors()).anyMatch(x -> x.detail() != null && x.detail().contains("[ERR 101]")
                    && !x.message().contains("mismatched"));
        }

        Files.writeString(rules.resolve("broken.drl"), "package nianbao.rules;\nimport nianbao.facts.*;\n\nrule \"X-TYPO\"\n"
                + "    @id(\"X-TYPO\") @category(\"structure\") @severity(\"error\") @description(\"坏规则\")\nwhen\n"
                + "    Sectoin( numeral == \"六\" )\n    Report( yaer == 2020 )\nthen\nend\n");
        MainRun typo = run("rules", "check", "--rules", rules.toString());
        assertThat(typo.err()).contains("broken.drl 第7行").contains("不认识的事实类型“Sectoin”")
                .contains("Drools 编译器的原文");
        plain(typo.err());
    }

    @Test
    void aComparisonThatNeverHoldsIsAWarningWithFileLineAndWhatToWrite() throws IOException {
        Path rules = Project.copyRules(tmp.resolve("rules"));
        Files.writeString(rules.resolve("province.drl"), "package nianbao.rules;\nimport nianbao.facts.*;\n"
                + "global nianbao.engine.Reporter reporter;\n\nrule \"PROV-X\"\n"
                + "    @id(\"PROV-X\") @category(\"completeness\") @severity(\"warning\") @description(\"本省要求\")\n"
                + "when\n    $s : Section(numeral == 6)\n    Cell(table == \"表3\")\nthen\n"
                + "    reporter.at(drools, $s.place(), null, null);\nend\n");
        MainRun r = run("rules", "check", "--rules", rules.toString());
        assertThat(r.exit()).as(r.all()).isZero();
        assertThat(r.out()).contains("2 处警告")
                .contains("province.drl 第8行：numeral == 6 永远不会成立：部分序号写作 \"一\"…\"六\"")
                .contains("province.drl 第9行：table == \"表3\" 永远不会成立");
        plain(r.out());
    }

    @Test
    void settingsRowsAreCheckedAgainstTheTemplateTheCalendarAndTheKindsOfBody() throws IOException {
        Path rules = Project.copyRules(tmp.resolve("rules"));
        Path settings = rules.resolve("settings.xlsx");
        try (InputStream in = Files.newInputStream(settings); Workbook wb = WorkbookFactory.create(in)) {
            add(wb.getSheet("可接受的写法"), List.of("表3", "社会公益组织", "社会组织"));
            add(wb.getSheet("可接受的写法"), List.of("表三", "社会公义组织", "社会组织"));
            add(wb.getSheet("报送期限"), List.of("", "乡镇", "2", "30", "某市通知"));
            add(wb.getSheet("报送期限"), List.of("", "事业单位", "3", "1", "某市通知"));
            add(wb.getSheet("规则开关"), List.of("NO-SUCH-RULE", "否"));
            add(wb.getSheet("规则开关"), List.of("T3-BALANCE", "关", "严重"));
            try (OutputStream out = Files.newOutputStream(settings)) {
                wb.write(out);
            }
        }
        MainRun r = run("rules", "check", "--rules", rules.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err())
                .contains("工作表“可接受的写法”第2行“表”列：“表3”不是可填的表名，应填 表二、表三、表四 或 标题（部分标题）（是否应为“表三”？）")
                .contains("工作表“可接受的写法”第3行“模板名称”列：“社会公义组织”不是模板表三中的行名或列名")
                .contains("工作表“报送期限”第2行“日”列：2月30日不存在")
                .contains("工作表“报送期限”第3行“机关类型”列：“事业单位”不是机关类型")
                .contains("工作表“规则开关”第62行“规则编号”列：规则编号“NO-SUCH-RULE”在规则文件中不存在")
                .contains("工作表“规则开关”第63行“启用”列")
                .contains("工作表“规则开关”第63行“严重程度”列")
                .contains("settings.xlsx");
        plain(r.err());
    }

    private static void add(Sheet sheet, List<String> cells) {
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        for (int i = 0; i < cells.size(); i++) {
            row.createCell(i).setCellValue(cells.get(i));
        }
    }

    /** picocli's own words ("Usage:", "Unknown option", "Show this help message") never reach the supervisor. */
    @Test
    void commandLineMistakesAndHelpAreInChinese() {
        for (String[] args : List.of(new String[] {"--bogus"}, new String[] {"--rules"}, new String[] {"--rules", "rules"},
                new String[] {"--rule-seconds", "abc"}, new String[] {"rules", "--nope"}, new String[] {"show", "--nope"})) {
            MainRun r = run(args);
            assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(2);
            plain(r.err());
            assertThat(r.err()).as(String.join(" ", args)).contains("用法：").doesNotContain("Usage").doesNotContain("Unknown")
                    .doesNotContain("Expected").doesNotContain("Invalid").doesNotContain("Missing");
        }
        assertThat(run("--bogus").err()).contains("不认识的选项：--bogus");
        assertThat(run("--rules", "rules").err()).contains("./rules");
        for (String[] args : List.of(new String[] {"--help"}, new String[] {"rules", "--help"}, new String[] {"show", "--help"})) {
            MainRun help = run(args);
            assertThat(help.exit()).isZero();
            assertThat(help.out()).contains("用法：").contains("显示本帮助后退出")
                    .doesNotContain("Usage").doesNotContain("Options").doesNotContain("Show this help");
        }
    }
}
