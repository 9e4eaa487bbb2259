package nianbao.golden;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nianbao.findings.Finding;
import nianbao.findings.ReportResult;
import nianbao.support.Project;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each sample report gets exactly the findings a person wrote down after reading it
 * (src/test/resources/golden/*.expected.json): same rule, same place, same expected and found value.
 */
class GoldenReportsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Path> goldenFiles() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/golden"))) {
            return s.filter(p -> p.toString().endsWith(".expected.json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenFiles")
    void reportGetsExactlyTheGoldenFindings(Path golden) throws IOException {
        JsonNode expected = JSON.readTree(golden.toFile());
        Path report = Project.REPORTS.resolve(expected.get("report").asText());
        ReportResult result = Project.auditor().audit(report, report.toString());

        assertThat(result.status()).isEqualTo("checked");
        assertThat(result.office()).isEqualTo(expected.get("office").asText());
        assertThat(result.year()).isEqualTo(expected.get("year").asInt());
        assertThat(result.template()).isEqualTo(expected.get("template").asText());
        List<String> want = new ArrayList<>();
        for (JsonNode f : expected.get("findings")) {
            want.add(key(f.get("ruleId").asText(), f.get("section").asText(), f.get("table").asText(),
                    f.get("row").asText(), f.get("column").asText(), text(f.get("expected")), text(f.get("actual"))));
        }
        List<String> got = result.findings().stream().map(GoldenReportsTest::key).toList();
        assertThat(got).containsExactlyInAnyOrderElementsOf(want);
    }

    static String key(Finding f) {
        return key(f.ruleId(), f.section(), f.table(), f.row(), f.column(), f.expected(), f.actual());
    }

    static String key(String rule, String section, String table, String row, String column, String expected, String actual) {
        return String.join(" | ", rule, section, table, row, column, String.valueOf(expected), String.valueOf(actual));
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }
}
