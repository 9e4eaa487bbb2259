package nianbao.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The true table grids a sample was made from (../shared/corpus/formats/expected/&lt;stem&gt;.tables.json):
 * per table kind ("T2", "T3", "T4"), the data rows in order, each the texts of its value cells. A row is a
 * header row when all its cells are; the label columns (before the first value column) are left out.
 */
public final class TrueGrids {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TrueGrids() {
    }

    public static Path file(String stem) {
        return Project.shared("corpus/formats/expected").resolve(stem + ".tables.json");
    }

    public static Map<String, List<List<String>>> of(String stem) throws IOException {
        Map<String, List<List<String>>> out = new TreeMap<>();
        for (JsonNode table : JSON.readTree(file(stem).toFile()).get("tables")) {
            String kind = table.get("kind").asText().toUpperCase();
            out.put(kind, dataRows(table, firstValueColumn(kind)));
        }
        return out;
    }

    /** 表二's rows are labelled in column 0, 表三's in columns 0–2 (group, subgroup, item); 表四 has no label. */
    private static int firstValueColumn(String kind) {
        return switch (kind) {
            case "T2" -> 1;
            case "T3" -> 3;
            default -> 0;
        };
    }

    private static List<List<String>> dataRows(JsonNode table, int firstValue) {
        Map<Integer, TreeMap<Integer, String>> rows = new TreeMap<>();
        Map<Integer, Boolean> header = new TreeMap<>();
        for (JsonNode c : table.get("cells")) {
            int r = c.get("r").asInt();
            rows.computeIfAbsent(r, k -> new TreeMap<>()).put(c.get("c").asInt(), c.get("text").asText());
            header.merge(r, c.get("header").asBoolean(), Boolean::logicalAnd);
        }
        List<List<String>> out = new ArrayList<>();
        rows.forEach((r, cells) -> {
            if (!header.get(r)) {
                List<String> values = new ArrayList<>();
                cells.forEach((col, text) -> {
                    if (col >= firstValue) {
                        values.add(text);
                    }
                });
                out.add(values);
            }
        });
        return out;
    }
}
