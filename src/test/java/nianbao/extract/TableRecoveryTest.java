package nianbao.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import nianbao.facts.ReportFacts;
import nianbao.document.Texts;
import nianbao.facts.Cell;
import nianbao.read.UnreadableException;
import nianbao.support.Project;
import nianbao.template.Templates;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The cells recovered from each sample's flattened text equal the true table grids the sample was
 * made from (../shared/corpus/formats/expected/*.tables.json). A cell may be reported missing (the text
 * lost its position) but must never hold a wrong value.
 */
class TableRecoveryTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<String> stems() {
        return Project.SAMPLES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stems")
    void recoveredCellsMatchTheTrueGrids(String stem) throws IOException, UnreadableException {
        JsonNode truth = JSON.readTree(Project.shared("corpus/formats/expected").resolve(stem + ".tables.json").toFile());
        ReportFacts facts = Project.auditor().facts(Project.REPORTS.resolve(stem + ".txt"));
        Templates templates = Templates.load(Project.RULES);

        int compared = 0;
        int missing = 0;
        for (JsonNode table : truth.get("tables")) {
            String kind = table.get("kind").asText().toUpperCase();
            List<List<String>> trueRows = dataRows(table, kind);
            List<List<Cell>> ourRows = ourRows(facts.cells(), kind);
            if (kind.equals("T4") && trueRows.isEmpty()) {
                assertThat(facts.tables()).anyMatch(t -> t.id().equals("T4") && t.status().equals("noData"));
                continue;
            }
            if (kind.equals("T3")) {
                int expectedRows = templates.get(facts.report().template()).tables().T3().rows().size();
                assertThat(trueRows).hasSize(expectedRows);
            }
            assertThat(ourRows).as(kind + " rows").hasSameSizeAs(trueRows);
            for (int r = 0; r < trueRows.size(); r++) {
                List<String> want = trueRows.get(r);
                List<Cell> got = ourRows.get(r);
                assertThat(got).as(kind + " row " + r).hasSameSizeAs(want);
                for (int c = 0; c < want.size(); c++) {
                    Cell cell = got.get(c);
                    compared++;
                    if (cell.missing()) {
                        missing++;
                        continue;
                    }
                    assertThat(Texts.noSpace(cell.raw())).as(kind + " row " + r + " col " + c).isEqualTo(Texts.noSpace(want.get(c)));
                }
            }
        }
        assertThat(compared).isGreaterThan(100);
        // Only 002's 予以公开 row lost a blank cell in the text; everything else must be placed.
        assertThat(missing).isLessThanOrEqualTo(stem.startsWith("002") ? 1 : 0);
    }

    /** The true grid's data rows: their value cells in column order. */
    private static List<List<String>> dataRows(JsonNode table, String kind) {
        Map<Integer, TreeMap<Integer, String>> rows = new TreeMap<>();
        Map<Integer, Boolean> isHeader = new TreeMap<>();
        for (JsonNode c : table.get("cells")) {
            int r = c.get("r").asInt();
            rows.computeIfAbsent(r, k -> new TreeMap<>()).put(c.get("c").asInt(), c.get("text").asText());
            isHeader.merge(r, c.get("header").asBoolean(), Boolean::logicalAnd);
        }
        int firstValue = kind.equals("T3") ? 3 : kind.equals("T4") ? 0 : 1;
        List<List<String>> out = new ArrayList<>();
        for (Map.Entry<Integer, TreeMap<Integer, String>> e : rows.entrySet()) {
            if (isHeader.get(e.getKey())) {
                continue;
            }
            List<String> values = new ArrayList<>();
            e.getValue().forEach((col, text) -> {
                if (col >= firstValue) {
                    values.add(text);
                }
            });
            String first = e.getValue().values().iterator().next();
            if (kind.equals("T2") && (first.startsWith("信息内容") || first.startsWith("第二十条"))) {
                continue;
            }
            out.add(values);
        }
        return out;
    }

    private static List<List<Cell>> ourRows(List<Cell> cells, String kind) {
        Map<String, List<Cell>> rows = new TreeMap<>();
        cells.stream().filter(c -> c.table().equals(kind))
                .sorted(Comparator.comparingInt(Cell::rowOrder).thenComparingInt(Cell::columnOrder))
                .forEach(c -> rows.computeIfAbsent(String.format("%04d", c.rowOrder()), k -> new ArrayList<>()).add(c));
        return new ArrayList<>(rows.values());
    }
}
