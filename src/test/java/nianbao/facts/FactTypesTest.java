package nianbao.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The registry is the one list: every fact record in nianbao/facts is in it (a type left out would not be
 * in the rule cache key, and compiled rules would outlive its change), and ReportFacts takes only what it lists.
 */
class FactTypesTest {
    private static final Path FACTS = Path.of("src/main/java/nianbao/facts");
    /** The files of this package that are not facts: the registry, the container and the package's description. */
    private static final Set<String> NOT_FACTS = Set.of("FactTypes", "ReportFacts", "package-info");

    @Test
    void everyFactRecordIsRegistered() throws IOException {
        List<String> registered = FactTypes.ALL.stream().map(t -> t.type().getSimpleName()).toList();
        try (Stream<Path> files = Files.list(FACTS)) {
            List<String> records = files.map(p -> p.getFileName().toString().replaceAll("\\.java$", ""))
                    .filter(n -> !NOT_FACTS.contains(n)).sorted().toList();
            assertThat(registered).as("FactTypes.ALL").containsExactlyInAnyOrderElementsOf(records);
        }
    }

    @Test
    void reportFactsTakeOnlyRegisteredReportTypesAndNeedEach() {
        Report r = new Report("f", "", null, "", null, null, null, null, null, null, 0, null, null, null, null, null, false, false, null);
        assertThatThrownBy(() -> ReportFacts.of(r).add(YearlyCell.class, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReportFacts.of(r).add(Cell.class, List.of()).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ExpectedSection");
        assertThat(FactTypes.ofReport().get(0)).isEqualTo(Report.class);
    }
}
