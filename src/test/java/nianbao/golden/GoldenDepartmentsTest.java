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
 * Twenty real 平潭 department and 片区 reports (../shared/corpus/real/pingtan-departments) get the findings a
 * person wrote down after reading each with the template (src/test/resources/golden/departments), except for
 * the differences listed one by one, with their reason, in known-gaps.json. A golden field marked
 * "uncertainField" (the person could not know the checker's exact wording of it) is not compared.
 */
class GoldenDepartmentsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path GOLDEN = Path.of("src/test/resources/golden/departments");

    static Stream<Path> goldenFiles() throws IOException {
        try (Stream<Path> s = Files.list(GOLDEN)) {
            return s.filter(p -> p.toString().endsWith(".expected.json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenFiles")
    void reportGetsTheGoldenFindingsExceptTheListedGaps(Path golden) throws IOException {
        JsonNode expected = JSON.readTree(golden.toFile());
        String name = expected.get("report").asText();
        Path report = Project.shared("corpus/real/pingtan-departments").resolve(name);
        ReportResult result = Project.auditor().audit(report, report.toString());

        assertThat(result.status()).isEqualTo("checked");
        assertThat(result.office()).isEqualTo(expected.get("office").asText());
        assertThat(result.year()).isEqualTo(expected.get("year").asInt());
        assertThat(result.template()).isEqualTo(expected.get("template").asText());

        JsonNode gap = JSON.readTree(GOLDEN.resolve("known-gaps.json").toFile()).path("gaps").path(name);
        List<String> missing = new ArrayList<>();
        gap.path("missing").forEach(m -> missing.add(m.asText()));
        List<String> want = new ArrayList<>();
        List<List<String>> blind = new ArrayList<>();
        for (JsonNode f : expected.get("findings")) {
            String key = GoldenReportsTest.key(f.get("ruleId").asText(), f.get("section").asText(), f.get("table").asText(),
                    f.get("row").asText(), f.get("column").asText(), text(f.get("expected")), text(f.get("actual")));
            if (missing.remove(key)) {
                continue;
            }
            want.add(key);
            blind.add(f.has("uncertainField") ? List.of(f.get("uncertainField").asText()) : List.of());
        }
        assertThat(missing).as("gaps in known-gaps.json that are no longer golden findings").isEmpty();
        gap.path("extra").forEach(e -> {
            want.add(e.asText());
            blind.add(List.of());
        });
        List<String> got = new ArrayList<>(result.findings().stream().map(GoldenReportsTest::key).toList());
        List<String> unmatched = new ArrayList<>();
        for (int i = 0; i < want.size(); i++) {
            int at = indexOf(got, want.get(i), blind.get(i));
            if (at < 0) {
                unmatched.add(want.get(i));
            } else {
                got.remove(at);
            }
        }
        assertThat(unmatched).as("golden findings the checker did not report").isEmpty();
        assertThat(got).as("findings the checker reported that are not golden").isEmpty();
    }

    private static int indexOf(List<String> got, String want, List<String> blind) {
        for (int i = 0; i < got.size(); i++) {
            if (same(got.get(i), want, blind)) {
                return i;
            }
        }
        return -1;
    }

    /** Same key, ignoring the fields the golden marks as not knowable (expected is field 5, actual field 6). */
    private static boolean same(String got, String want, List<String> blind) {
        String[] g = got.split(" \\| ", -1);
        String[] w = want.split(" \\| ", -1);
        if (g.length != w.length) {
            return false;
        }
        for (int i = 0; i < g.length; i++) {
            boolean skip = i == 5 && blind.contains("expected") || i == 6 && blind.contains("actual");
            if (!skip && !g[i].equals(w[i])) {
                return false;
            }
        }
        return true;
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }
}
