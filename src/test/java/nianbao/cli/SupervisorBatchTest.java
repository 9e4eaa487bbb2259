package nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nianbao.support.Project;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The spring batch as a supervisor runs it: reports-in/ plus the previous year's report of one office
 * (合水县 2019, made from its 2020 report: it carried one application forward, which the 2020 report does
 * not carry in). One run writes the batch workbook, one workbook per office and the JSON, and the
 * cross-year finding lands on the 2020 report.
 */
class SupervisorBatchTest {
    @TempDir
    Path tmp;

    @Test
    void reportsInPlusLastYearsReportOfOneOffice() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        try (Stream<Path> reports = Files.list(Project.REPORTS)) {
            for (Path r : reports.toList()) {
                Files.copy(r, in.resolve(r.getFileName()));
            }
        }
        String y2020 = Files.readString(Project.REPORTS.resolve("000_3438832166e5f38e.txt"), StandardCharsets.UTF_8);
        String newRow = "\t一、本年新收政府信息公开申请数量\n\t1\n\t0\n\t0\n\t0\n\t0\n\t0\n\t1\n";
        String carriedRow = "\t四、结转下年度继续办理\n\t0\n\t0\n\t0\n\t0\n\t0\n\t0\n\t0\n";
        assertThat(y2020).contains(newRow, carriedRow);
        String y2019 = y2020.replace("2020", "2019")
                .replace(newRow, newRow.replace("\t1\n", "\t2\n"))
                .replace(carriedRow, carriedRow.replaceFirst("\t0\n", "\t1\n").replaceFirst("\t0\n$", "\t1\n"));
        Files.writeString(in.resolve("合水县2019.txt"), y2019, StandardCharsets.UTF_8);

        Path out = tmp.resolve("out");
        int exit = Main.run("--no-cache", "--split", "--out", out.toString(), in.toString());
        assertThat(exit).isEqualTo(4);

        JsonNode root = new ObjectMapper().readTree(out.resolve("findings.json").toFile());
        List<String> carry2020 = new ArrayList<>();
        List<String> all2019 = new ArrayList<>();
        for (JsonNode r : root.get("reports")) {
            String name = Path.of(r.get("file").asText()).getFileName().toString();
            for (JsonNode f : r.get("findings")) {
                String key = f.get("ruleId").asText() + "|" + f.get("column").asText() + "|" + f.get("expected").asText()
                        + "|" + f.get("actual").asText();
                // The 2019 report is the 2020 one with the year changed: the copy checks (CON-XY-REPEAT,
                // CON-XY-SAME-TABLE, SimilarityTest) rightly report that; this test is about the carry-over.
                if (name.startsWith("000_") && key.startsWith("CON-XY") && !key.startsWith("CON-XY-REPEAT|")
                        && !key.startsWith("CON-XY-SAME-TABLE|")) {
                    carry2020.add(key);
                }
                if (name.equals("合水县2019.txt")) {
                    all2019.add(f.get("ruleId").asText());
                }
            }
        }
        assertThat(carry2020).containsExactlyInAnyOrder("CON-XY-CARRY|自然人|1|0", "CON-XY-CARRY|总计|1|0");
        // The 2019 report is consistent in itself: the same two findings as its 2020 original.
        assertThat(all2019).containsExactlyInAnyOrder("STR-SEC-NUMERAL", "CMP-GOV-ASSESS");

        try (InputStream s = Files.newInputStream(out.resolve("findings.xlsx")); Workbook wb = WorkbookFactory.create(s)) {
            assertThat(wb.getSheet("概览")).isNotNull();
            assertThat(wb.getSheet("问题清单").getLastRowNum()).isGreaterThan(30);
        }
        try (Stream<Path> offices = Files.list(out.resolve("offices"))) {
            assertThat(offices.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly(
                    "合水县人民政府-2019.xlsx", "合水县人民政府-2020.xlsx", "天水市人民政府-2020.xlsx",
                    "循化撒拉族自治县人民政府-2021.xlsx", "海原县人民政府-2020.xlsx", "静乐县人民政府-2020.xlsx");
        }
    }
}
