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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nianbao.support.Project;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole run over a folder holding a good report and the bad entries a hundred offices' uploads bring: a
 * named pipe, a link to a secret file outside, a link loop, a file name with terminal escapes and a
 * newline. The good reports are checked, every bad entry is in the JSON and the 无法读取 sheet with its
 * reason, the terminal shows no raw control character, and the leftovers of a killed earlier run go.
 */
class BadEntriesBatchTest {
    @TempDir
    Path tmp;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void theBatchAccountsForEveryEntryAndChecksTheGoodReports() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path report = Project.REPORTS.resolve("004_3b473299667ac3ab.txt");
        Files.copy(report, in.resolve("good.txt"));
        String evilName = "x\u001b[2J\u202Eevil\nfake.txt";
        Files.copy(report, in.resolve(evilName));
        boolean fifo = mkfifo(in.resolve("pipe.txt"));
        Files.createSymbolicLink(in.resolve("report.txt"), Files.writeString(tmp.resolve("shadow"), "root:secret\n"));
        Files.createSymbolicLink(in.resolve("loop.txt"), in.resolve("loop.txt"));
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("findings.json"), "old");
        Files.writeString(out.resolve(".nianbao-123.tmp"), "left by a killed run");
        Path offices = Files.createDirectories(out.resolve("offices"));
        Files.writeString(offices.resolve(".nianbao-456.tmp"), "left by a killed run");

        PrintStream stdout = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            exit = Main.run("--no-cache", "--split", "--out", out.toString(), in.toString());
        } finally {
            System.setOut(stdout);
        }

        assertThat(exit).isEqualTo(ExitCode.FINDINGS.code);
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        new ObjectMapper().readTree(out.resolve("findings.json").toFile()).get("reports")
                .forEach(r -> byName.put(Path.of(r.get("file").asText()).getFileName().toString(), r));
        assertThat(byName.get("good.txt").get("status").asText()).isEqualTo("checked");
        assertThat(byName.get("good.txt").get("findings")).isNotEmpty();
        assertThat(byName.get(evilName).get("status").asText()).isEqualTo("checked");
        assertThat(byName.get("report.txt").get("status").asText()).isEqualTo("skipped");
        assertThat(byName.get("report.txt").get("error").asText()).contains("输入文件夹以外");
        assertThat(byName.get("loop.txt").get("error").asText()).contains("成环");
        if (fifo) {
            assertThat(byName.get("pipe.txt").get("error").asText()).contains("命名管道");
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).doesNotContain("root:secret");
        assertThat(Files.readString(out.resolve("findings.json"))).doesNotContain("root:secret");

        List<String> listed = column(out.resolve("findings.xlsx"), "无法读取");
        assertThat(String.join("\n", listed)).contains("report.txt").contains("loop.txt").contains("输入文件夹以外");

        String terminal = printed.toString(StandardCharsets.UTF_8);
        assertThat(terminal).doesNotContain("\u001b").doesNotContain("\u202E").doesNotContain("\r");
        assertThat(terminal).contains("x\\u001b[2J\\u202eevil\\u000afake.txt");
        try (Stream<Path> s = Files.list(offices)) {
            List<String> names = s.map(p -> p.getFileName().toString()).sorted().toList();
            assertThat(names).hasSize(2).allSatisfy(n -> assertThat(n).doesNotContainPattern("[\\p{Cntrl}\\u202A-\\u202E\\u2066-\\u2069]"));
        }
        assertThat(out.resolve(".nianbao-123.tmp")).doesNotExist();
        assertThat(offices.resolve(".nianbao-456.tmp")).doesNotExist();
    }

    static boolean mkfifo(Path at) throws InterruptedException {
        try {
            return new ProcessBuilder("mkfifo", at.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static List<String> column(Path xlsx, String sheet) throws IOException {
        List<String> cells = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            for (Row row : wb.getSheet(sheet)) {
                for (Cell c : row) {
                    cells.add(c.toString());
                }
            }
        }
        return cells;
    }
}
