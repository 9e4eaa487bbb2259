package nianbao.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nianbao.analysis.Auditor;
import nianbao.analysis.Batch;
import nianbao.analysis.RuleSetup;
import nianbao.document.Document;
import nianbao.findings.Finding;
import nianbao.support.FixtureReport;
import nianbao.support.Project;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The one runner for every rule's test data: src/test/resources/rules/&lt;RULE-ID&gt;.json holds cases, each
 * a small report (see {@link FixtureReport}), or "reports" for a batch of several (checks across years),
 * and the findings of that rule expected on it (section,
 * table, row, column, expected, actual), compared exactly. Every rule id in rules/*.drl must have a file.
 */
class RuleCasesTest {
    private static final Path CASES = Path.of("src/test/resources/rules");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static RuleSetup setup;
    private static Auditor auditor;

    @BeforeAll
    static void compile() {
        // The rules alone: what a province switched off or accepted in settings.xlsx does not change a case.
        setup = Project.setup().withoutSettings();
        auditor = setup.auditor();
    }

    @TestFactory
    Stream<DynamicTest> ruleCases() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(CASES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode root = JSON.readTree(file.toFile());
                String rule = root.get("rule").asText();
                assertThat(file.getFileName().toString()).isEqualTo(rule + ".json");
                List<Integer> lines = caseLines(file);
                int i = 0;
                for (JsonNode c : root.get("cases")) {
                    // The case's place in its data file, so an IDE or the test report opens it there.
                    java.net.URI source = java.net.URI.create(file.toAbsolutePath().toUri() + "?line=" + lines.get(i++));
                    tests.add(DynamicTest.dynamicTest(rule + ": " + c.get("name").asText(), source, () -> runCase(rule, c)));
                }
            }
        }
        return tests.stream();
    }

    @Test
    void everyCasePointsAtItsLineInItsDataFile() throws IOException {
        List<DynamicTest> tests = ruleCases().toList();
        assertThat(tests).isNotEmpty();
        for (DynamicTest t : tests) {
            java.net.URI uri = t.getTestSourceUri().orElseThrow();
            assertThat(uri.getQuery()).as(t.getDisplayName()).startsWith("line=");
            List<String> lines = Files.readAllLines(Path.of(uri.getPath()));
            int line = Integer.parseInt(uri.getQuery().substring("line=".length()));
            String name = t.getDisplayName().substring(t.getDisplayName().indexOf(": ") + 2);
            String opening = String.join("", lines.subList(line - 1, Math.min(line + 3, lines.size()))).strip();
            assertThat(opening).as(t.getDisplayName()).startsWith("{").contains(JSON.writeValueAsString(name));
        }
    }

    /** The line each element of the top-level "cases" array opens on. */
    private static List<Integer> caseLines(Path file) throws IOException {
        List<Integer> lines = new ArrayList<>();
        try (com.fasterxml.jackson.core.JsonParser p = JSON.createParser(file.toFile())) {
            p.nextToken();
            while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                boolean cases = p.currentName().equals("cases");
                if (p.nextToken() == com.fasterxml.jackson.core.JsonToken.START_ARRAY && cases) {
                    while (p.nextToken() != com.fasterxml.jackson.core.JsonToken.END_ARRAY) {
                        lines.add(p.currentTokenLocation().getLineNr());
                        p.skipChildren();
                    }
                } else {
                    p.skipChildren();
                }
            }
        }
        return lines;
    }

    private static void runCase(String rule, JsonNode c) {
        List<Finding> all = new ArrayList<>();
        if (c.has("reports")) {
            // Several reports in one batch (checks across years): each report's own rules, then the batch
            // rules, as a batch of files is checked.
            List<Auditor.Audited> audited = new ArrayList<>();
            int i = 0;
            for (JsonNode spec : c.get("reports")) {
                audited.add(auditor.auditDocument("case" + (i++) + ".txt", FixtureReport.build(spec, setup.templates())));
            }
            // "earlier": the reports of the last run (as if its workbook were given with --review).
            List<Auditor.Audited> earlier = new ArrayList<>();
            for (JsonNode spec : c.path("earlier")) {
                earlier.add(auditor.auditDocument("earlier" + earlier.size() + ".txt", FixtureReport.build(spec, setup.templates())));
            }
            Batch.acrossYears(setup, audited, earlier).forEach(r -> all.addAll(r.findings()));
        } else {
            Document doc = FixtureReport.build(c.path("report"), setup.templates());
            all.addAll(auditor.auditDocument("case.txt", doc).result().findings());
        }
        List<String> got = all.stream().filter(f -> f.ruleId().equals(rule)).map(RuleCasesTest::key).sorted().toList();
        List<String> want = new ArrayList<>();
        for (JsonNode e : c.get("expect")) {
            want.add(key(e.path("section").asText(""), e.path("table").asText(""), e.path("row").asText(""),
                    e.path("column").asText(""), text(e.get("expected")), text(e.get("actual"))));
        }
        want.sort(null);
        assertThat(got).as("findings of " + rule + " (all findings: " + all.stream().map(Finding::ruleId).toList() + ")")
                .isEqualTo(want);
    }

    @Test
    void theDefaultFixtureIsClean() {
        for (String year : List.of("2020", "2021")) {
            JsonNode spec = JSON.createObjectNode().put("year", Integer.parseInt(year));
            List<Finding> all = auditor.auditDocument("clean.txt", FixtureReport.build(spec, setup.templates())).result().findings();
            assertThat(all).as("a complete zero report of " + year + " has no findings").isEmpty();
        }
    }

    @Test
    void everyRuleHasTestData() throws IOException {
        Set<String> ids = new TreeSet<>();
        Pattern id = Pattern.compile("@id\\(\"([^\"]+)\"\\)");
        try (Stream<Path> files = Files.list(Project.RULES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".drl")).toList()) {
                Matcher m = id.matcher(Files.readString(f));
                while (m.find()) {
                    ids.add(m.group(1));
                }
            }
        }
        assertThat(ids).isNotEmpty();
        for (String rule : ids) {
            assertThat(CASES.resolve(rule + ".json")).as("test data for rule " + rule).exists();
        }
    }

    private static String key(Finding f) {
        return key(f.section(), f.table(), f.row(), f.column(), f.expected(), f.actual());
    }

    private static String key(String section, String table, String row, String column, String expected, String actual) {
        return String.join(" | ", section, table, row, column, String.valueOf(expected), String.valueOf(actual));
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }
}
