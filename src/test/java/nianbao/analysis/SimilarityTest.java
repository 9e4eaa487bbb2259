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

    /** A copy of rules/ whose sheet 相似度 has {@code value} in the row {@code check}. */
    private Path rulesWith(String check, String value) throws IOException {
        Path rules = Project.copyRules(tmp.resolve("rules-" + Math.abs((check + value).hashCode())));
        Path file = rules.resolve("settings.xlsx");
        byte[] bytes;
        try (java.io.InputStream in = Files.newInputStream(file);
             org.apache.poi.ss.usermodel.Workbook wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(in)) {
            org.apache.poi.ss.usermodel.Sheet sheet = wb.getSheet(Similarity.SHEET);
            boolean found = false;
            for (org.apache.poi.ss.usermodel.Row row : sheet) {
                if (row.getCell(0) != null && row.getCell(0).getStringCellValue().equals(check)) {
                    row.getCell(1).setCellValue(value);
                    found = true;
                }
            }
            assertThat(found).as("row " + check + " in the shipped sheet").isTrue();
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            wb.write(out);
            bytes = out.toByteArray();
        }
        Files.write(file, bytes);
        return rules;
    }

    @Test
    void theShippedSheetHoldsTheDefaults() {
        Similarity.Limits l = Similarity.of(Project.setup()).limits();
        assertThat(l).isEqualTo(new Similarity.Limits(50, true, 50, 5));
    }

    @Test
    void aCheckSwitchedOffInTheSheetIsNotComputed() throws Exception {
        RuleSetup setup = RuleSetup.load(rulesWith(Similarity.LAST_YEAR_ROW, "关"), null);
        Similarity s = Similarity.of(setup);
        assertThat(s.limits().lastYear()).isNull();
        assertThat(s.limits().otherOffice()).isEqualTo(50);
        Path real = Project.REPORTS.resolve("000_3438832166e5f38e.txt");
        Path dir = Files.createDirectories(tmp.resolve("in"));
        Files.copy(real, dir.resolve("a.txt"));
        Files.writeString(dir.resolve("b.txt"), yearLater(Files.readString(real, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        List<ReportResult> results = Batch.check(setup, Inputs.collect(List.of(dir), null), Batch.Progress.NONE, null).result().reports();
        assertThat(findings(results, Similarity.REPEAT_RULE)).isEmpty();
        assertThat(findings(results, Similarity.TABLE_RULE)).isNotEmpty();
    }

    @Test
    void everyRuleSwitchedOffComputesNothing() {
        Similarity s = new Similarity(new Similarity.Limits(null, false, null, 5));
        Auditor.Audited a = Project.auditor().auditWithFacts(Project.REPORTS.resolve("000_3438832166e5f38e.txt"), "a");
        assertThat(s.text(null, "a", a.facts())).isNull();
    }

    @Test
    void aLowerThresholdInTheSheetReachesTheRule() throws Exception {
        // 平潭 2025 repeats 5 % of its 2024 report: silent at 50 %, found at 3 %.
        RuleSetup setup = RuleSetup.load(rulesWith(Similarity.LAST_YEAR_ROW, "3"), null);
        Path dir = Files.createDirectories(tmp.resolve("pt"));
        Path root = Project.shared(PINGTAN.toString());
        try (Stream<Path> s = Files.list(root)) {
            for (Path p : s.filter(p -> p.getFileName().toString().matches("\\d+_.*202[45].*")).toList()) {
                Files.copy(p.resolve("page.txt"), dir.resolve(p.getFileName() + ".txt"));
            }
        }
        List<ReportResult> results = Batch.check(setup, Inputs.collect(List.of(dir), null), Batch.Progress.NONE, null).result().reports();
        List<Finding> found = findings(results, Similarity.REPEAT_RULE);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).expected()).isEqualTo("不超过3%");
        assertThat(findings(batch(dir), Similarity.REPEAT_RULE)).isEmpty();
    }

    @Test
    void aValueThatIsNoPerCentIsNamedByRulesCheck() throws Exception {
        Path rules = rulesWith(Similarity.OTHER_OFFICE_ROW, "五十");
        try {
            RuleSetup.load(rules, null);
            org.junit.jupiter.api.Assertions.fail("a bad per cent must stop the run");
        } catch (nianbao.engine.RulesException e) {
            assertThat(String.valueOf(e.errors())).contains("相似度").contains("与其他机关报告重复").contains("五十");
        }
    }

    /** What rules/examples/README.md says the two folders of copies report. */
    @Test
    void theExampleFoldersReportWhatTheReadmeSays() throws Exception {
        List<ReportResult> lastYear = batch(Project.RULES.resolve("examples").resolve("照抄上年"));
        ReportResult copy = lastYear.stream().filter(r -> r.file().contains("2021")).findFirst().orElseThrow();
        ReportResult original = lastYear.stream().filter(r -> !r.file().contains("2021")).findFirst().orElseThrow();
        assertThat(findings(List.of(copy), Similarity.REPEAT_RULE)).extracting(Finding::actual).containsExactly("100%");
        assertThat(findings(List.of(copy), Similarity.TABLE_RULE)).extracting(Finding::table).containsExactly("表二");
        assertThat(original.findings()).extracting(Finding::ruleId).doesNotContain(Similarity.REPEAT_RULE, Similarity.TABLE_RULE);

        List<ReportResult> others = batch(Project.RULES.resolve("examples").resolve("照抄其他机关"));
        for (ReportResult r : others) {
            List<Finding> f = findings(List.of(r), Similarity.COPY_RULE);
            assertThat(f).as(r.file()).hasSize(r.file().contains("海原") ? 0 : 1);
        }
    }
}
