package nianbao.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nianbao.facts.CopiedText;
import nianbao.facts.Repetition;
import nianbao.facts.SameTable;
import nianbao.findings.Finding;
import nianbao.findings.ReportResult;
import nianbao.support.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The copy checks on real reports (../shared, reports-in): a report against a copy of itself with the years
 * shifted by one, the 平潭 whole-government reports of consecutive years, and reports of different offices.
 * The measurements are Similarity's own; the findings come through the whole batch (Batch.check), with the
 * passages read again from the files.
 */
class SimilarityTest {
    private static final Pattern YEAR = Pattern.compile("20(\\d\\d)");
    private static final Path PINGTAN = Path.of("corpus", "real", "changwu-pingtan-gov-zwgk-archive");

    @TempDir
    Path tmp;

    /** Every 20xx in the text one year later: the report a lazy office files next year. */
    static String yearLater(String text) {
        Matcher m = YEAR.matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, String.valueOf(2000 + Integer.parseInt(m.group(1)) + 1));
        }
        m.appendTail(b);
        return b.toString();
    }

    private static List<ReportResult> batch(Path... paths) throws InterruptedException {
        return Batch.check(Project.setup(), Inputs.collect(List.of(paths), null), Batch.Progress.NONE, null).result()
                .reports();
    }

    private static List<Finding> findings(List<ReportResult> results, String rule) {
        List<Finding> out = new ArrayList<>();
        for (ReportResult r : results) {
            r.findings().stream().filter(f -> f.ruleId().equals(rule)).forEach(out::add);
        }
        return out;
    }

    private static List<Object> measure(List<Path> files) {
        Similarity s = Similarity.of(Project.setup());
        List<Similarity.Text> texts = new ArrayList<>();
        for (Path f : files) {
            Auditor.Audited a = Project.auditor().auditWithFacts(f, f.toString());
            texts.add(s.text(f, f.toString(), a.facts()));
        }
        return s.measure(texts, t -> {
            try {
                return Project.auditor().facts(t.path());
            } catch (Exception e) {
                return null;
            }
        });
    }

    private static <T> List<T> of(List<Object> facts, Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void aReportFiledAgainWithTheYearShiftedIsACopyOfLastYear() throws Exception {
        Path real = Project.REPORTS.resolve("000_3438832166e5f38e.txt");
        Path dir = Files.createDirectories(tmp.resolve("in"));
        Path before = Files.copy(real, dir.resolve("a-before.txt"));
        Path after = dir.resolve("b-after.txt");
        Files.writeString(after, yearLater(Files.readString(real, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);

        List<Object> facts = measure(List.of(before, after));
        List<Repetition> reps = of(facts, Repetition.class);
        assertThat(reps).hasSize(1);
        Repetition r = reps.get(0);
        System.out.println("year shifted: " + r.percent() + "% (" + r.sections() + ")");
        assertThat(r.percent()).isGreaterThanOrEqualTo(98);
        assertThat(r.passage()).isNotEmpty();
        assertThat(Files.readString(after)).contains(r.passage().replace("……", ""));
        // The tables are the same too: one finding per table that is not all zeros.
        assertThat(of(facts, SameTable.class)).extracting(SameTable::table).contains("T3");

        List<ReportResult> results = batch(dir);
        List<Finding> found = findings(results, Similarity.REPEAT_RULE);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).actual()).isEqualTo(r.percent() + "%");
        assertThat(found.get(0).evidence()).contains("最长的重复段落").contains(r.passage());
        assertThat(results.stream().filter(x -> x.file().endsWith("b-after.txt")).findFirst().orElseThrow().findings())
                .extracting(Finding::ruleId).contains(Similarity.REPEAT_RULE, Similarity.TABLE_RULE);
        // Only the later year's report is the copy.
        assertThat(results.stream().filter(x -> x.file().endsWith("a-before.txt")).findFirst().orElseThrow().findings())
                .extracting(Finding::ruleId).doesNotContain(Similarity.REPEAT_RULE, Similarity.TABLE_RULE);
    }

    @Test
    void pingtanWholeGovernmentReportsOfConsecutiveYears() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(Project.shared(PINGTAN.toString()))) {
            files = s.filter(p -> p.getFileName().toString().equals("page.txt")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(6);
        List<Object> facts = measure(files);
        Map<Integer, Integer> shares = new TreeMap<>();
        for (Repetition r : of(facts, Repetition.class)) {
            shares.put(r.year(), r.percent());
            System.out.println("平潭 " + r.year() + " against " + (r.year() - 1) + ": " + r.percent() + "% (" + r.sections() + ")");
        }
        assertThat(shares).hasSizeGreaterThanOrEqualTo(5);
        // Real reports of one office rewrite most of their prose from year to year.
        assertThat(shares.values()).allMatch(p -> p <= Similarity.DEFAULT_LAST_YEAR);
        assertThat(of(facts, CopiedText.class)).isEmpty();
    }

    @Test
    void reportsOfDifferentOfficesAreNoCopies() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Project.REPORTS)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<Object> facts = measure(files);
        for (CopiedText c : of(facts, CopiedText.class)) {
            System.out.println(c.office() + " / " + c.otherOffice() + ": " + c.percent() + "%");
        }
        assertThat(of(facts, CopiedText.class)).allMatch(c -> c.percent() <= Similarity.DEFAULT_OTHER_OFFICE);
        assertThat(of(facts, Repetition.class)).isEmpty();
    }

    @Test
    void anotherCountysReportWithItsNameReplacedIsACopy() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("in"));
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(Project.REPORTS)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                files.add(Files.copy(p, dir.resolve(p.getFileName())));
            }
        }
        // 静乐县's report handed in by 宁武县 under its own name.
        String jingle = Files.readString(Project.REPORTS.resolve("001_3c6323d342dfd320.txt"), StandardCharsets.UTF_8);
        Path copy = dir.resolve("009_ningwu.txt");
        Files.writeString(copy, jingle.replace("静乐", "宁武"), StandardCharsets.UTF_8);
        files.add(copy);

        List<CopiedText> copies = of(measure(files), CopiedText.class);
        for (CopiedText c : copies) {
            System.out.println(c.office() + " / " + c.otherOffice() + ": " + c.percent() + "%");
        }
        assertThat(copies).filteredOn(c -> c.percent() > Similarity.DEFAULT_OTHER_OFFICE)
                .extracting(CopiedText::office).containsExactlyInAnyOrder("静乐县人民政府", "宁武县人民政府");

        List<ReportResult> results = batch(dir);
        List<Finding> found = findings(results, Similarity.COPY_RULE);
        assertThat(found).hasSize(2);
        assertThat(found).allSatisfy(f -> assertThat(f.evidence()).contains("最长的相同段落"));
        // Not quite 100 %: sentences naming the county without 县 ("静乐融媒") are not the same once renamed.
        assertThat(Integer.parseInt(found.get(0).actual().replace("%", ""))).isGreaterThanOrEqualTo(90);
        assertThat(results.stream().filter(r -> r.file().endsWith("009_ningwu.txt")).findFirst().orElseThrow().findings())
                .extracting(Finding::evidence).anyMatch(e -> e != null && e.contains("静乐县人民政府"));
    }
}
