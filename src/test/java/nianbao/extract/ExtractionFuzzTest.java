package nianbao.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nianbao.facts.ReportFacts;
import nianbao.document.Document;
import nianbao.read.TextReader;
import nianbao.support.Project;
import nianbao.template.Templates;

/**
 * Fuzzes the table recovery: a real 平潭 page whose cells ran together, with digits, ordinals, headings and
 * table labels deleted, changed or inserted. Whatever the input, reading and extraction return facts (never an
 * exception) and stay fast, since cutting run-together digits tries many readings.
 *
 * <p>CI runs 50 tries (src/test/resources/junit-platform.properties); by hand:
 * {@code mvn -B -q test -Dtest=ExtractionFuzzTest -Djqwik.tries.default=5000}. Keep any crash found as a plain
 * regression test.
 */
class ExtractionFuzzTest {
    private static final long BOUND_MS = 5_000;
    private static final String PAGE = read(Project.shared("corpus/real/pingtan-departments").resolve("pingtan-zrz-2023.txt"));
    private static final List<String> SPIKES = List.of("0", "00", "7", "12345", "0 0", "2.", "（七）总计", "五、",
            "三、收到和处理政府信息公开申请情况", "第二十条第（一）项", "行政规范性文件", "+4", "—", "\n", "。", "申请人情况");
    private static final ReportExtractor EXTRACTOR = extractor();

    record Edit(int kind, double at, String spike) {
        String apply(String s) {
            int p = Math.min(s.length() - 1, (int) (at * s.length()));
            return switch (kind) {
                case 0 -> s.substring(0, p) + s.substring(p + 1);
                case 1 -> s.substring(0, p) + spike + s.substring(p);
                default -> s.substring(0, p) + spike + s.substring(Math.min(s.length(), p + spike.length()));
            };
        }
    }

    @Property
    void anyEditedRunTogetherPageGivesFactsQuickly(@ForAll("edited") String page) {
        long start = System.nanoTime();
        Document doc = TextReader.parse(page, Project.words());
        ReportFacts facts = EXTRACTOR.extract("fuzz", doc);
        assertThat(facts.tables()).hasSize(3);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(BOUND_MS);
    }

    @Provide
    Arbitrary<String> edited() {
        Arbitrary<Edit> edit = Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.doubles().between(0.0, 1.0),
                Arbitraries.of(SPIKES)).as(Edit::new);
        return edit.list().ofMinSize(1).ofMaxSize(10).map(edits -> {
            String s = PAGE;
            for (Edit e : edits) {
                s = e.apply(s);
            }
            return s;
        });
    }

    private static ReportExtractor extractor() {
        try {
            return new ReportExtractor(Templates.load(Project.RULES), StatementFinder.load(Project.RULES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
