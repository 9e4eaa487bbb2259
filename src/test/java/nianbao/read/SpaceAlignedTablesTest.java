package nianbao.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import nianbao.findings.ReportResult;
import nianbao.support.Project;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each sample with its tables written as space-aligned columns (the true grids of
 * ../shared/corpus/formats/expected laid out in a fixed-width font, a Chinese character two columns wide,
 * as pdftotext -layout or a person typing would) gets the same cells and findings as the sample itself;
 * so do the same tables with full-width digits (５), with counts written with their unit (5件), with
 * blank cells marked "—", "/" or "－" instead of left empty, with row labels longer than ten characters
 * and column headers longer than four wrapped onto the lines below, as pdftotext -layout writes them.
 */
class SpaceAlignedTablesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** How the data cells of the tables are written. */
    enum Cells {
        PLAIN, FULL_WIDTH, WITH_UNIT, BLANK_MARKS, WRAPPED_LABELS, WRAPPED_HEADERS;

        String value(String text) {
            if (!nianbao.document.Texts.isNumber(text) || !text.matches("\\d+")) {
                return text;
            }
            return switch (this) {
                case FULL_WIDTH -> text.chars().mapToObj(c -> String.valueOf((char) (c - '0' + '０')))
                        .collect(java.util.stream.Collectors.joining());
                case WITH_UNIT -> text + "件";
                default -> text;
            };
        }

        String blank(int n) {
            return this == BLANK_MARKS ? List.of("—", "/", "－").get(n % 3) : "";
        }
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> stems() {
        return Project.SAMPLES.stream()
                .flatMap(s -> Stream.of(Cells.values()).map(c -> org.junit.jupiter.params.provider.Arguments.of(s, c)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("stems")
    void sameFindingsAsTheTabSeparatedText(String stem, Cells style) throws Exception {
        Path original = Project.REPORTS.resolve(stem + ".txt");
        JsonNode truth = JSON.readTree(Project.shared("corpus/formats/expected").resolve(stem + ".tables.json").toFile());
        String spaced = withSpacedTables(Files.readString(original, StandardCharsets.UTF_8), truth.get("tables"), style);
        Path variant = Files.writeString(dir.resolve(stem + ".txt"), spaced, StandardCharsets.UTF_8);

        ReportResult want = Project.auditor().audit(original, "x");
        ReportResult got = Project.auditor().audit(variant, "x");
        assertThat(got.status()).isEqualTo("checked");
        assertThat(cells(variant)).as("table cells").isEqualTo(style == Cells.PLAIN ? cells(original)
                : cells(Files.writeString(dir.resolve(stem + ".plain.txt"),
                        withSpacedTables(Files.readString(original, StandardCharsets.UTF_8), truth.get("tables"), Cells.PLAIN))));
        List<String> lines = spaced.lines().toList();
        List<TextTables.Layout> layouts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (TextTables.startsTable(lines, i, nianbao.support.Project.words())) {
                int end = TextTables.recover(lines, i, nianbao.support.Project.words()).end();
                layouts.add(TextTables.layoutOf(lines.subList(i, end)));
                i = end - 1;
            }
        }
        assertThat(layouts).as("every table read as space-aligned").hasSize(truth.get("tables").size())
                .containsOnly(TextTables.Layout.SPACED);
        assertThat(got.findings().stream().map(SpaceAlignedTablesTest::key).toList())
                .isEqualTo(want.findings().stream().map(SpaceAlignedTablesTest::key).toList());
    }

    /**
     * Every table cell extracted from the file: table, row, column and its number (its text without spaces
     * if it holds none; nothing when blank, whatever the blank mark). A cell
     * the tab-separated text lost (002's 予以公开 row has one blank too few) counts as blank: the spaced
     * layout keeps every position, so there it is placed, and blank.
     */
    static List<String> cells(Path file) throws Exception {
        return Project.auditor().facts(file).cells().stream()
                .map(c -> c.table() + "|" + c.rowKey() + "|" + c.columnKey() + "|" + (c.missing() || c.blank() ? ""
                        : c.amount() != null ? c.amount().toPlainString() : nianbao.document.Texts.noSpace(c.raw())))
                .toList();
    }

    /**
     * Rule, place and values of a finding, as the golden tests compare them. A finding may quote the cell
     * as the report wrote it (CON-COUNTY-GUIZHANG: 报告中为 "１" or "1件"), so a number is compared as its
     * value.
     */
    private static String key(nianbao.findings.Finding f) {
        return String.join(" | ", f.ruleId(), f.section(), f.table(), f.row(), f.column(),
                asNumber(f.expected()), asNumber(f.actual()));
    }

    private static String asNumber(String s) {
        if (s == null || !nianbao.document.Texts.isNumber(s)) {
            return String.valueOf(s);
        }
        return nianbao.document.Texts.nfkc(s).replaceAll("[^0-9]+$", "");
    }

    /** The text with each table region (as the text reader delimits it) replaced by the true grid, spaced. */
    static String withSpacedTables(String text, JsonNode tables, Cells style) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        List<String> out = new ArrayList<>();
        int k = 0;
        for (int i = 0; i < lines.size(); ) {
            if (k < tables.size() && TextTables.startsTable(lines, i, nianbao.support.Project.words())) {
                int end = TextTables.recover(lines, i, nianbao.support.Project.words()).end();
                out.add("");
                out.addAll(render(tables.get(k++), style));
                out.add("");
                i = end;
            } else {
                out.add(lines.get(i++));
            }
        }
        assertThat(k).as("table regions replaced").isEqualTo(tables.size());
        return String.join("\n", out);
    }

    /** A grid in fixed-width columns two spaces apart; a merged cell's text stands in its first column. */
    static List<String> render(JsonNode table, Cells style) {
        int rows = table.get("nrows").asInt();
        int cols = table.get("ncols").asInt();
        String[][] text = new String[rows][cols];
        int[][] span = new int[rows][cols];
        int firstValueColumn = cols;
        for (JsonNode c : table.get("cells")) {
            if (nianbao.document.Texts.isNumber(c.get("text").asText())) {
                firstValueColumn = Math.min(firstValueColumn, c.get("c").asInt());
            }
        }
        int blanks = 0;
        java.util.Map<String, List<String>> more = new java.util.HashMap<>();
        for (JsonNode c : table.get("cells")) {
            String t = c.get("text").asText().replaceAll("\\s+", "");
            if (!c.get("header").asBoolean() && c.get("c").asInt() >= firstValueColumn) {
                t = t.isEmpty() ? style.blank(blanks++) : style.value(t);
            }
            boolean wrapLabel = style == Cells.WRAPPED_LABELS && !c.get("header").asBoolean() && c.get("c").asInt() < firstValueColumn;
            boolean wrapHeader = style == Cells.WRAPPED_HEADERS && c.get("header").asBoolean()
                    && c.get("c").asInt() >= firstValueColumn && c.get("colspan").asInt() == 1;
            if (wrapLabel || wrapHeader) {
                List<String> pieces = pieces(t, wrapLabel ? 20 : 8);
                t = pieces.get(0);
                more.put(c.get("r").asInt() + "," + c.get("c").asInt(), pieces.subList(1, pieces.size()));
            }
            text[c.get("r").asInt()][c.get("c").asInt()] = t;
            span[c.get("r").asInt()][c.get("c").asInt()] = c.get("colspan").asInt();
        }
        int[] width = new int[cols];
        Arrays.fill(width, 2);
        for (int pass = 0; pass < 2; pass++) {
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    if (text[r][c] != null && (span[r][c] == 1) == (pass == 0)) {
                        int need = width(text[r][c]);
                        int have = -2;
                        for (int k = c; k < c + span[r][c]; k++) {
                            have += width[k] + 2;
                        }
                        width[c + span[r][c] - 1] += Math.max(0, need - have);
                    }
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < cols; ) {
                int s = text[r][c] == null ? 1 : span[r][c];
                int w = -2;
                for (int k = c; k < c + s; k++) {
                    w += width[k] + 2;
                }
                String t = text[r][c] == null ? "" : text[r][c];
                line.append(t).append(" ".repeat(w - width(t) + 2));
                c += s;
            }
            out.add(line.toString().stripTrailing());
            for (int k = 0; ; k++) {
                StringBuilder wrapped = new StringBuilder();
                boolean any = false;
                for (int c = 0; c < cols; ) {
                    int sp = text[r][c] == null ? 1 : span[r][c];
                    int w = -2;
                    for (int q = c; q < c + sp; q++) {
                        w += width[q] + 2;
                    }
                    List<String> rest = more.getOrDefault(r + "," + c, List.of());
                    String t = k < rest.size() ? rest.get(k) : "";
                    any |= !t.isEmpty();
                    wrapped.append(t).append(" ".repeat(w - width(t) + 2));
                    c += sp;
                }
                if (!any) {
                    break;
                }
                out.add(wrapped.toString().stripTrailing());
            }
        }
        return out;
    }

    /** The text cut into pieces of at most {@code max} display columns. */
    private static List<String> pieces(String t, int max) {
        List<String> out = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        for (int cp : t.codePoints().toArray()) {
            if (width(piece.toString()) + SpacedColumns.width(cp) > max) {
                out.add(piece.toString());
                piece.setLength(0);
            }
            piece.appendCodePoint(cp);
        }
        out.add(piece.toString());
        return out;
    }

    private static int width(String s) {
        return s.codePoints().map(SpacedColumns::width).sum();
    }
}
