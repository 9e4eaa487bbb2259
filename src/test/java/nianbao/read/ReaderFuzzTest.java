package nianbao.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
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
import nianbao.document.Document;
import nianbao.document.ReadingWords;
import nianbao.support.Project;

/**
 * Fuzzes the text and web-page readers with a sample report cut, repeated, overwritten and spiked with
 * table and markup fragments: whatever the input, a reader returns a document or refuses the file with
 * {@link UnreadableException} (or the budget's {@link ReadLimitExceeded}), and never takes long.
 *
 * <p>CI runs 50 tries per property (src/test/resources/junit-platform.properties); to run longer by hand:
 * {@code mvn -B -q test -Dtest=ReaderFuzzTest -Djqwik.tries.default=20000}. A failure is re-run first on
 * the next run (target/jqwik-database); keep each crash found as a plain regression test below.
 */
class ReaderFuzzTest {
    private static final long BOUND_MS = 5_000;
    private static final String STEM = "004_3b473299667ac3ab";
    private static final String TEXT = read(Project.REPORTS.resolve(STEM + ".txt"), StandardCharsets.UTF_8);
    private static final String PAGE = read(Project.shared("corpus/formats").resolve(STEM + ".html"), Charset.forName("GB18030"));
    private static final ReadingWords WORDS = Project.words();
    private static final List<String> TEXT_SPIKES = List.of("\t", "|", "｜", "—", "/", "\n\n", "一、", "（七）总计",
            "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "本年新增", "2023年", "１２３", "5件", "\uFFFD");
    private static final List<String> PAGE_SPIKES = List.of("<table>", "</table>", "<tr>", "</tr>", "<td>", "</td>",
            "<td rowspan=\"65535\" colspan=\"65535\">", "<th colspan=99999999999>", "<div>", "</div>", "<br>", "<p>",
            "<meta charset=\"utf-8\">", "<meta charset=\"big5\">", "<!--", "-->", "<script>", "&#0;", "&nbsp;",
            "<h1>某县2023年政府信息公开工作年度报告</h1>", "<li>", "<a href=x>");

    /** One change to the sample: delete, repeat, overwrite or insert at a place given as a fraction. */
    record Mutation(int kind, double at, int length, String spike) {
        String apply(String s) {
            if (s.isEmpty()) {
                return spike;
            }
            int from = Math.min(s.length(), (int) (at * s.length()));
            int to = Math.min(s.length(), from + length);
            return switch (kind) {
                case 0 -> s.substring(0, from) + s.substring(to);
                case 1 -> s.substring(0, to) + s.substring(from, to).repeat(1 + length % 5) + s.substring(to);
                case 2 -> s.substring(0, from) + spike + s.substring(to);
                default -> s.substring(0, from) + spike + s.substring(from);
            };
        }
    }

    @Property
    void theTextParserTakesAnyMutatedReport(@ForAll("mutatedText") String text) {
        bounded(() -> TextReader.parse(text, WORDS));
    }

    @Property
    void theTextReaderTakesAnyMutatedBytes(@ForAll("mutatedBytes") byte[] bytes) throws Exception {
        Path f = Files.createTempFile("fuzz", ".txt");
        try {
            Files.write(f, bytes);
            bounded(() -> new TextReader(WORDS).read(f));
        } finally {
            Files.delete(f);
        }
    }

    @Property
    void theHtmlReaderTakesAnyMutatedPage(@ForAll("mutatedPage") String page) {
        bounded(() -> HtmlReader.parse(page));
    }

    @Property
    void theHtmlReaderTakesAnyMutatedPageBytes(@ForAll("mutatedPageBytes") byte[] bytes) throws Exception {
        Path f = Files.createTempFile("fuzz", ".html");
        try {
            Files.write(f, bytes);
            bounded(() -> new HtmlReader().read(f));
        } finally {
            Files.delete(f);
        }
    }

    @Provide
    Arbitrary<String> mutatedText() {
        return mutations(TEXT_SPIKES).map(ms -> applyAll(TEXT, ms));
    }

    @Provide
    Arbitrary<String> mutatedPage() {
        return mutations(PAGE_SPIKES).map(ms -> applyAll(PAGE, ms));
    }

    @Provide
    Arbitrary<byte[]> mutatedBytes() {
        return flipped(TEXT.getBytes(StandardCharsets.UTF_8), Charset.forName("GB18030"));
    }

    @Provide
    Arbitrary<byte[]> mutatedPageBytes() {
        return flipped(PAGE.getBytes(Charset.forName("GB18030")), StandardCharsets.UTF_8);
    }

    /** The sample's bytes (sometimes in the other encoding) with a few bytes overwritten and maybe truncated. */
    private static Arbitrary<byte[]> flipped(byte[] sample, Charset other) {
        Arbitrary<int[]> edits = Arbitraries.integers().between(0, Integer.MAX_VALUE).array(int[].class).ofMaxSize(12);
        return Combinators.combine(edits, Arbitraries.doubles().between(0.0, 1.0), Arbitraries.of(false, true))
                .as((positions, keep, recode) -> {
                    byte[] b = recode ? new String(sample, StandardCharsets.UTF_8).getBytes(other) : sample.clone();
                    for (int p : positions) {
                        b[p % b.length] = (byte) (p >>> 8);
                    }
                    return java.util.Arrays.copyOf(b, Math.max(1, (int) (b.length * Math.max(keep, 0.05))));
                });
    }

    private static Arbitrary<List<Mutation>> mutations(List<String> spikes) {
        Arbitrary<String> spike = Arbitraries.oneOf(Arbitraries.of(spikes),
                Arbitraries.of(spikes).list().ofMaxSize(40).map(l -> String.join("", l)),
                Arbitraries.strings().ofMaxLength(20));
        Arbitrary<Mutation> one = Combinators.combine(Arbitraries.integers().between(0, 3),
                Arbitraries.doubles().between(0.0, 1.0), Arbitraries.integers().between(0, 3000), spike).as(Mutation::new);
        return one.list().ofMinSize(1).ofMaxSize(6);
    }

    private static String applyAll(String s, List<Mutation> ms) {
        String out = s;
        for (Mutation m : ms) {
            out = m.apply(out);
        }
        return out;
    }

    /** A reader's work: a document or a plain refusal, within the bound. */
    interface Read {
        Document run() throws Exception;
    }

    private static void bounded(Read read) {
        long start = System.nanoTime();
        try {
            assertThat(read.run()).isNotNull();
        } catch (UnreadableException | ReadLimitExceeded refused) {
            assertThat(refused.getMessage()).isNotBlank();
        } catch (Exception e) {
            throw new AssertionError("reader failed with " + e, e);
        }
        assertThat((System.nanoTime() - start) / 1_000_000).as("time for one input").isLessThan(BOUND_MS);
    }

    private static String read(Path p, Charset cs) {
        try {
            return new String(Files.readAllBytes(p), cs);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
