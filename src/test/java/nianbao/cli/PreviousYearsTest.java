package nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nianbao.support.Project;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./check --previous FOLDER reports-in/}: last year's reports, kept in another folder, serve as the
 * year before of the batch's reports (checks across years, copied from last year) and are never reported.
 */
class PreviousYearsTest {
    @TempDir
    Path tmp;

    private static final Path COPIED = Path.of("rules/examples/照抄上年/合水县2021-照抄2020.txt");
    private static final Path HESHUI_2020 = Project.REPORTS.resolve("000_3438832166e5f38e.txt");

    private MainRun check(String... more) {
        List<String> args = new ArrayList<>(List.of("--no-cache", "--out", tmp.resolve("out").toString(),
                "--json", tmp.resolve("f.json").toString(), "--xlsx", tmp.resolve("f.xlsx").toString()));
        args.addAll(List.of(more));
        return MainRun.run(args.toArray(String[]::new));
    }

    /** File name → the rule ids of its findings, from findings.json. */
    private Map<String, List<String>> findings() throws IOException {
        Map<String, List<String>> byFile = new LinkedHashMap<>();
        for (JsonNode r : new ObjectMapper().readTree(tmp.resolve("f.json").toFile()).get("reports")) {
            List<String> ids = new ArrayList<>();
            r.get("findings").forEach(f -> ids.add(f.get("ruleId").asText()));
            byFile.put(Path.of(r.get("file").asText()).getFileName().toString(), ids);
        }
        return byFile;
    }

    /** Every text cell of the workbook, all sheets. */
    private String workbookText() throws IOException {
        StringBuilder all = new StringBuilder();
        try (InputStream in = Files.newInputStream(tmp.resolve("f.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Sheet s : wb) {
                for (Row row : s) {
                    for (Cell c : row) {
                        all.append(c.toString()).append('\n');
                    }
                }
            }
        }
        return all.toString();
    }

    @Test
    void lastYearsReportInAnotherFolderShowsTheCopy() throws IOException {
        MainRun run = check("--previous", HESHUI_2020.toString(), COPIED.toString());
        assertThat(run.exit()).isEqualTo(ExitCode.FINDINGS.code);
        Map<String, List<String>> byFile = findings();
        assertThat(byFile).containsOnlyKeys("合水县2021-照抄2020.txt");
        assertThat(byFile.get("合水县2021-照抄2020.txt")).contains("CON-XY-REPEAT", "CON-XY-SAME-TABLE");
        // The workbook counts the batch's report only; the findings name the report of the year before they compare.
        String book = workbookText();
        assertThat(book).contains("共 1 个文件", "合水县2021-照抄2020", "2020年报告《" + HESHUI_2020 + "》");
        assertThat(run.all()).doesNotContain("000_3438832166e5f38e");
    }

    @Test
    void withoutLastYearThereIsNothingToCompare() throws IOException {
        assertThat(check(COPIED.toString()).exit()).isIn(ExitCode.CLEAN.code, ExitCode.FINDINGS.code);
        assertThat(findings().get("合水县2021-照抄2020.txt")).doesNotContain("CON-XY-REPEAT", "CON-XY-SAME-TABLE");
    }

    @Test
    void carryOverIsCheckedAgainstLastYearsFolder() throws IOException {
        Map<String, String> y2019 = new LinkedHashMap<>();
        y2019.put("一、本年新收政府信息公开申请数量", "2\t0\t0\t0\t0\t0\t2");
        y2019.put("（一）予以公开", "1\t0\t0\t0\t0\t0\t1");
        y2019.put("（七）总计", "1\t0\t0\t0\t0\t0\t1");
        y2019.put("四、结转下年度继续办理", "1\t0\t0\t0\t0\t0\t1");
        Path last = Files.createDirectories(tmp.resolve("2019年报告").resolve("测试县"));
        Files.writeString(last.resolve("测试县2019.txt"), CrossYearTest.report(2019, y2019), StandardCharsets.UTF_8);
        Files.write(last.resolve("空白.txt"), new byte[0]); // cannot be read: told once, otherwise ignored
        Path now = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(now.resolve("测试县2020.txt"), CrossYearTest.report(2020, Map.of()), StandardCharsets.UTF_8);

        MainRun run = check("--previous", tmp.resolve("2019年报告").toString(), now.toString());
        assertThat(run.exit()).isEqualTo(ExitCode.FINDINGS.code); // 空白.txt is not this batch's: not exit 5
        Map<String, List<String>> byFile = findings();
        assertThat(byFile).containsOnlyKeys("测试县2020.txt");
        assertThat(byFile.get("测试县2020.txt")).contains("CON-XY-CARRY");
        assertThat(run.err().split("空白.txt", -1)).hasSize(2);
        assertThat(run.err()).contains("上年报告").doesNotContain("Exception", "\tat ");

        // Without the folder of last year, no carry-over to compare.
        check(now.toString());
        assertThat(findings().get("测试县2020.txt")).doesNotContain("CON-XY-CARRY");
    }

    @Test
    void aReportOfTheSameYearInLastYearsFolderIsNoDuplicate() throws IOException {
        Path last = Files.createDirectories(tmp.resolve("last"));
        Path now = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(last.resolve("测试县2020旧.txt"), CrossYearTest.report(2020, Map.of()), StandardCharsets.UTF_8);
        Files.writeString(now.resolve("测试县2020.txt"), CrossYearTest.report(2020, Map.of()), StandardCharsets.UTF_8);
        check("--previous", last.toString(), now.toString());
        Map<String, List<String>> byFile = findings();
        assertThat(byFile).containsOnlyKeys("测试县2020.txt");
        assertThat(byFile.get("测试县2020.txt")).doesNotContain("BATCH-DUPLICATE", "CON-XY-REPEAT", "CON-XY-SAME-TABLE");
        // The same two files both in the batch are duplicates: the check above could have failed.
        Files.move(last.resolve("测试县2020旧.txt"), now.resolve("测试县2020旧.txt"));
        check(now.toString());
        assertThat(findings().get("测试县2020.txt")).contains("BATCH-DUPLICATE");
    }

    @Test
    void aMissingLastYearsFolderIsAPlainErrorAndNothingIsWritten() {
        MainRun run = check("--previous", tmp.resolve("没有这个文件夹").toString(), COPIED.toString());
        assertThat(run.exit()).isEqualTo(ExitCode.USAGE.code);
        assertThat(run.err()).contains("--previous", "没有这个文件夹").doesNotContain("Exception", "\tat ");
        assertThat(tmp.resolve("f.json")).doesNotExist();
        assertThat(tmp.resolve("f.xlsx")).doesNotExist();
    }
}
