package nianbao.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nianbao.document.Document;
import nianbao.document.Table;
import nianbao.support.BorderlessPdf;
import nianbao.support.Project;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The grids read from the five real PDFs with their ruling lines removed, against the true grids
 * (../shared/corpus/formats/expected), cell by cell with their spans as {@link FormatReadersTest}
 * compares them. All fifteen come out exactly, 004's table 四 with a header and no numbers included (a
 * table that stops doing so and is taken out of {@link #EXACT} is printed with its differences).
 */
class BorderlessPdfGridsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Tables read exactly as the true grid, spans included. */
    private static final Set<String> EXACT = Set.of(
            "000_3438832166e5f38e t2", "000_3438832166e5f38e t3", "000_3438832166e5f38e t4",
            "001_3c6323d342dfd320 t2", "001_3c6323d342dfd320 t3", "001_3c6323d342dfd320 t4",
            "002_4e6b494957470ee7 t2", "002_4e6b494957470ee7 t3", "002_4e6b494957470ee7 t4",
            "003_d989bb26a1ba241d t2", "003_d989bb26a1ba241d t3", "003_d989bb26a1ba241d t4",
            "004_3b473299667ac3ab t2", "004_3b473299667ac3ab t3", "004_3b473299667ac3ab t4");

    @TempDir
    Path dir;

    static Stream<String> stems() {
        return Project.SAMPLES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stems")
    void gridsAgainstTheTrueGrids(String stem) throws Exception {
        Path pdf = BorderlessPdf.write(Project.shared("corpus/formats").resolve(stem + ".pdf"), dir.resolve(stem + ".pdf"));
        JsonNode truth = JSON.readTree(Project.shared("corpus/formats/expected").resolve(stem + ".tables.json").toFile());
        Document doc = new PdfReader().read(pdf);
        List<Table> tables = doc.blocks().stream().filter(b -> b instanceof Table).map(b -> (Table) b).toList();

        try (org.apache.pdfbox.pdmodel.PDDocument d = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            for (org.apache.pdfbox.pdmodel.PDPage page : d.getPages()) {
                assertThat(new PdfRulingCollector(page).collect()).as("ruling lines left on a page").isEmpty();
            }
        }
        for (int i = 0; i < Math.min(tables.size(), truth.get("tables").size()); i++) {
            String name = stem + " " + truth.get("tables").get(i).get("kind").asText();
            String diff = FormatReadersTest.compare(truth.get("tables").get(i), tables.get(i));
            if (EXACT.contains(name)) {
                assertThat(diff).as(name).isEmpty();
            } else {
                System.out.println("borderless " + name + ": " + (diff.isEmpty() ? "exact" : diff));
            }
        }
        assertThat(tables).as("tables found").hasSize(truth.get("tables").size());
    }
}
