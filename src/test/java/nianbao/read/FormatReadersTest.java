package nianbao.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import nianbao.document.Block;
import nianbao.document.Document;
import nianbao.document.Paragraph;
import nianbao.document.Table;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks the four format readers against the fixture corpus in {@code ../shared/corpus}: every report
 * exists as .docx, .doc, .pdf and .html, and {@code expected/<stem>.tables.json} holds the true grids of
 * tables 二, 三 and 四. A reader passes a file when its document has exactly those three tables with the
 * same cells at the same (row, column) positions, text compared without white space. Merged cells are
 * checked through their covered positions, which must be null. The corpus is required: without it the
 * tests fail rather than skip, so a CI checkout without {@code shared/} cannot pass silently.
 */
class FormatReadersTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FORMATS = List.of("docx", "doc", "pdf", "html");
    private static final Map<String, AtomicInteger> MATCHED = new ConcurrentHashMap<>();

    static Path corpus() {
        Path dir = Path.of("..", "shared", "corpus").toAbsolutePath().normalize();
        if (!Files.isDirectory(dir.resolve("formats").resolve("expected"))) {
            throw new IllegalStateException("测试语料不存在：" + dir + "（需要项目旁边的 shared/corpus/formats/expected，"
                    + "CI 检出时应把 shared/ 放在项目目录旁）");
        }
        return dir;
    }

    static Stream<Arguments> reportsByFormat() throws IOException {
        Path expected = corpus().resolve("formats").resolve("expected");
        List<String> stems;
        try (Stream<Path> files = Files.list(expected)) {
            stems = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".tables.json"))
                    .map(n -> n.substring(0, n.length() - ".tables.json".length()))
                    .sorted().toList();
        }
        assertThat(stems).as("expected/*.tables.json in " + expected).hasSizeGreaterThanOrEqualTo(5);
        return stems.stream().flatMap(stem -> FORMATS.stream().map(ext -> Arguments.of(stem, ext)));
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("reportsByFormat")
    void tablesMatchTheOracle(String stem, String ext) throws Exception {
        Path formats = corpus().resolve("formats");
        Path file = formats.resolve(stem + "." + ext);
        JsonNode oracle = JSON.readTree(formats.resolve("expected").resolve(stem + ".tables.json").toFile());

        ReportReader reader = Readers.choose(file).reader();
        assertThat(reader).as("reader for " + file).isNotNull();
        assertThat(reader.name()).isEqualTo(ext);
        Document doc = reader.read(file);

        List<Table> tables = doc.blocks().stream().filter(b -> b instanceof Table).map(b -> (Table) b).toList();
        List<String> problems = new ArrayList<>();
        JsonNode expectedTables = oracle.get("tables");
        if (tables.size() != expectedTables.size()) {
            problems.add("found " + tables.size() + " tables, expected " + expectedTables.size());
        }
        int matched = 0;
        for (int i = 0; i < Math.min(tables.size(), expectedTables.size()); i++) {
            String diff = compare(expectedTables.get(i), tables.get(i));
            if (diff.isEmpty()) {
                matched++;
            } else {
                problems.add("table " + expectedTables.get(i).get("kind").asText() + ": " + diff);
            }
        }
        MATCHED.computeIfAbsent(ext, k -> new AtomicInteger()).addAndGet(matched);
        assertThat(problems).as(stem + "." + ext).isEmpty();
        assertThat(doc.blocks()).as("paragraphs of " + file).anyMatch(b -> b instanceof Paragraph);
    }

    /** Empty when the grid equals the oracle; otherwise the first few differences. */
    static String compare(JsonNode expected, Table actual) {
        int nrows = expected.get("nrows").asInt();
        int ncols = expected.get("ncols").asInt();
        List<String> diffs = new ArrayList<>();
        if (actual.rows().size() != nrows || actual.rows().stream().anyMatch(r -> r.size() != ncols)) {
            diffs.add("size " + actual.rows().size() + "x"
                    + actual.rows().stream().mapToInt(List::size).max().orElse(0) + " != " + nrows + "x" + ncols);
        }
        Map<String, String> want = new TreeMap<>();
        for (JsonNode cell : expected.get("cells")) {
            want.put(cell.get("r").asInt() + "," + cell.get("c").asInt(), squeeze(cell.get("text").asText()));
        }
        Map<String, String> got = new TreeMap<>();
        for (int r = 0; r < actual.rows().size(); r++) {
            List<String> row = actual.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                if (row.get(c) != null) {
                    got.put(r + "," + c, squeeze(row.get(c)));
                }
            }
        }
        for (var e : want.entrySet()) {
            String g = got.get(e.getKey());
            if (g == null) {
                diffs.add("(" + e.getKey() + ") missing, want \"" + e.getValue() + "\"");
            } else if (!g.equals(e.getValue())) {
                diffs.add("(" + e.getKey() + ") \"" + g + "\" != \"" + e.getValue() + "\"");
            }
        }
        for (var e : got.entrySet()) {
            if (!want.containsKey(e.getKey())) {
                diffs.add("(" + e.getKey() + ") extra \"" + e.getValue() + "\"");
            }
        }
        return diffs.isEmpty() ? "" : diffs.size() + " differences: "
                + String.join("; ", diffs.subList(0, Math.min(8, diffs.size())));
    }

    static String squeeze(String s) {
        return s.replaceAll("[\\s\\u00A0\\u3000]+", "");
    }

    @AfterAll
    static void printScore() {
        StringBuilder sb = new StringBuilder("Tables matching the oracle (of 15 per format):");
        for (String f : FORMATS) {
            AtomicInteger n = MATCHED.get(f);
            sb.append(' ').append(f).append('=').append(n == null ? 0 : n.get());
        }
        System.out.println(sb);
    }

    @ParameterizedTest
    @ValueSource(strings = {"001_3c6323d342dfd320.html", "004_3b473299667ac3ab.html"})
    void gbPagesDecodeWithoutReplacementCharacters(String name) throws Exception {
        Path file = corpus().resolve("formats").resolve(name);
        Document doc = new HtmlReader().read(file);
        StringBuilder all = new StringBuilder();
        for (Block b : doc.blocks()) {
            if (b instanceof Paragraph p) {
                all.append(p.text());
            } else if (b instanceof Table t) {
                t.rows().forEach(r -> r.forEach(c -> all.append(c == null ? "" : c)));
            }
        }
        doc.metadata().forEach(all::append);
        assertThat(all.toString()).doesNotContain("\uFFFD").contains("政府信息公开");
    }

    @Test
    void pdfWithoutTextLayerIsUnreadable(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("scan.pdf");
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            pdf.save(file.toFile());
        }
        assertThatThrownBy(() -> new PdfReader().read(file))
                .isInstanceOf(UnreadableException.class)
                .hasMessage("PDF 没有文字层（可能是扫描件），无法读取。");
    }

    static Stream<Path> realReports() throws IOException {
        try (Stream<Path> files = Files.walk(corpus().resolve("real"))) {
            List<Path> list = files.filter(p -> p.toString().endsWith(".pdf") || p.toString().endsWith(".docx"))
                    .sorted().toList();
            assertThat(list).as("real *.pdf and *.docx").isNotEmpty();
            return list.stream();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realReports")
    void realReportsReadWithTables(Path file) throws Exception {
        ReportReader reader = Readers.choose(file).reader();
        assertThat(reader).as("reader for " + file).isNotNull();
        Document doc = reader.read(file);
        assertThat(doc.blocks()).as("tables in " + file).anyMatch(b -> b instanceof Table);
    }
}
