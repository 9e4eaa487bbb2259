package nianbao.analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import nianbao.findings.Finding;
import nianbao.findings.ReportResult;

/**
 * Example reports kept beside the rules (rules/examples/): each is a report file plus a hand-written
 * &lt;name&gt;.expected file:
 * <pre>
 * # 本例检查的规则（不写这一行则比较全部规则）
 * 规则: T3-COL-TOTAL, T3-BALANCE
 * # 每行一条应报告的问题：规则编号 | 部分 | 表 | 行 | 列 | 应为 | 报告中为（不适用的项留空）
 * T3-COL-TOTAL | 三 | 表三 | （七）总计 | 自然人 | 5 | 0
 * </pre>
 * An example passes when the findings of those rules are exactly the lines written.
 *
 * <p>A batch example (rules that compare several reports: a government's aggregated report and its departments'):
 * a folder &lt;name&gt;/ beside &lt;name&gt;.expected instead of one report file; every report in the folder is
 * checked as one batch, and the findings of all of them are compared with the lines written.
 */
public final class RuleExamples {
    /** The result of one example: passed, or what was missing or unexpected. */
    public record Outcome(String name, boolean passed, List<String> problems) {
    }

    /** The file in examples/ listing the rules that have no examples yet, reported as such rather than failed. */
    public static final String UNCOVERED_FILE = "未覆盖的规则.txt";

    /**
     * Which examples show a rule firing (an expected line with its id) and which show it not firing (the rule
     * is compared, by a 规则: line naming it or by no 规则: line, and no expected line has its id).
     */
    public record Coverage(String id, List<String> fires, List<String> doesNotFire) {
        public boolean complete() {
            return !fires.isEmpty() && !doesNotFire.isEmpty();
        }

        /** What is missing, in words: "没有触发的示例"、"没有不触发的示例", or both. */
        public String missing() {
            List<String> out = new ArrayList<>();
            if (fires.isEmpty()) {
                out.add("没有报告此规则的示例");
            }
            if (doesNotFire.isEmpty()) {
                out.add("没有不报告此规则的示例");
            }
            return String.join("，", out);
        }
    }

    private RuleExamples() {
    }

    /**
     * For every rule id, the examples in {@code dir} that fire it and those that do not, read from the .expected
     * files of the examples that passed (a failing example shows nothing about a rule).
     */
    public static List<Coverage> coverage(Path dir, List<String> ids, Set<String> passed) throws IOException {
        List<String> scopes = new ArrayList<>();
        java.util.Map<String, Set<String>> firedBy = new java.util.HashMap<>();
        java.util.Map<String, Set<String>> scopeOf = new java.util.HashMap<>();
        List<Path> expectations = List.of();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                expectations = s.filter(p -> p.getFileName().toString().endsWith(".expected")).sorted().toList();
            }
        }
        for (Path expected : expectations) {
            String base = expected.getFileName().toString().replaceAll("\\.expected$", "");
            if (!passed.contains(base)) {
                continue;
            }
            Expected e = Expected.read(expected);
            Set<String> fired = new TreeSet<>();
            e.findings().forEach(line -> fired.add(line.split("\\|", -1)[0].strip()));
            firedBy.put(base, fired);
            scopeOf.put(base, e.rules());
            scopes.add(base);
        }
        List<Coverage> out = new ArrayList<>();
        for (String id : ids) {
            List<String> fires = new ArrayList<>();
            List<String> not = new ArrayList<>();
            for (String base : scopes) {
                boolean compared = scopeOf.get(base).isEmpty() || scopeOf.get(base).contains(id);
                if (firedBy.get(base).contains(id)) {
                    fires.add(base);
                } else if (compared) {
                    not.add(base);
                }
            }
            out.add(new Coverage(id, fires, not));
        }
        return out;
    }

    /** The ids listed in examples/{@value #UNCOVERED_FILE}, by line number (one id a line, # for remarks). */
    public static java.util.Map<String, Integer> uncoveredList(Path dir) throws IOException {
        java.util.Map<String, Integer> out = new java.util.LinkedHashMap<>();
        Path f = dir.resolve(UNCOVERED_FILE);
        if (!Files.isRegularFile(f)) {
            return out;
        }
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replace("\uFEFF", "").strip();
            int hash = line.indexOf('#');
            if (hash >= 0) {
                line = line.substring(0, hash).strip();
            }
            if (!line.isEmpty()) {
                out.putIfAbsent(line.split("[\\s|,，]+")[0], i + 1);
            }
        }
        return out;
    }

    public static List<Outcome> run(RuleSetup setup, Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> expectations;
        try (Stream<Path> s = Files.list(dir)) {
            expectations = s.filter(p -> p.getFileName().toString().endsWith(".expected")).sorted().toList();
        }
        Auditor auditor = setup.auditor();
        List<Outcome> out = new ArrayList<>();
        for (Path expected : expectations) {
            out.add(runOne(setup, auditor, expected));
        }
        return out;
    }

    /**
     * A folder example (the checks on the batch as a whole): every report in folder {@code base} checked as one
     * batch, each named by its file name, and the reports in its sub-folder 上次 as the last run's (as if its
     * workbook were given with --review). The findings of all its reports are compared with the .expected lines.
     */
    private static List<Finding> runFolder(RuleSetup setup, Auditor auditor, Path folder, List<String> problems)
            throws IOException {
        List<Auditor.Audited> now = auditAll(auditor, folder, problems);
        Path before = folder.resolve(EARLIER);
        List<Auditor.Audited> earlier = Files.isDirectory(before) ? auditAll(auditor, before, problems) : List.of();
        List<Finding> all = new ArrayList<>();
        Batch.acrossYears(setup, now, earlier).forEach(r -> all.addAll(r.findings()));
        return all;
    }

    /** The sub-folder of a folder example holding the last run's reports. */
    public static final String EARLIER = "上次";

    private static List<Auditor.Audited> auditAll(Auditor auditor, Path folder, List<String> problems) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        List<Auditor.Audited> out = new ArrayList<>();
        for (Path f : files) {
            Auditor.Audited a = auditor.auditWithFacts(f, f.getFileName().toString());
            if (!a.result().status().equals("checked")) {
                problems.add("示例报告无法读取：" + f.getFileName() + "：" + a.result().error());
            }
            out.add(a);
        }
        return out;
    }

    /**
     * A .expected file: the rules its "规则:" lines name (the findings compared are only theirs; none named, all)
     * and its finding lines, stripped; comments (#) and blank lines left out.
     */
    private record Expected(Set<String> rules, List<String> findings) {
        static Expected read(Path file) throws IOException {
            Set<String> rules = new TreeSet<>();
            List<String> findings = new ArrayList<>();
            for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("规则:") || line.startsWith("规则：")) {
                    Arrays.stream(line.substring(3).split("[,，、\\s]+")).filter(x -> !x.isBlank()).forEach(rules::add);
                } else {
                    findings.add(line);
                }
            }
            return new Expected(rules, findings);
        }
    }

    private static Outcome runOne(RuleSetup setup, Auditor auditor, Path expectedFile) throws IOException {
        String base = expectedFile.getFileName().toString().replaceAll("\\.expected$", "");
        Path folder = expectedFile.resolveSibling(base);
        Path report = Files.isDirectory(folder) ? folder : findReport(expectedFile.getParent(), base);
        if (report == null) {
            return new Outcome(base, false, List.of("找不到示例报告文件 " + base + ".*"));
        }
        Expected expected = Expected.read(expectedFile);
        Set<String> rules = expected.rules();
        Set<String> want = new TreeSet<>();
        expected.findings().forEach(line -> want.add(normalise(line)));
        List<String> problems = new ArrayList<>();
        List<Finding> findings;
        if (Files.isDirectory(report)) {
            findings = runFolder(setup, auditor, report, problems);
        } else {
            ReportResult result = auditor.audit(report, report.toString());
            if (!result.status().equals("checked")) {
                return new Outcome(base, false, List.of("示例报告无法读取：" + result.error()));
            }
            findings = result.findings();
        }
        Set<String> got = new TreeSet<>();
        for (Finding f : findings) {
            if (rules.isEmpty() || rules.contains(f.ruleId())) {
                got.add(normalise(String.join("|", f.ruleId(), f.section(), f.table(), f.row(), f.column(),
                        f.expected() == null ? "" : f.expected(), f.actual() == null ? "" : f.actual())));
            }
        }
        want.stream().filter(w -> !got.contains(w)).forEach(w -> problems.add("应报告而未报告：" + w));
        got.stream().filter(g -> !want.contains(g)).forEach(g -> problems.add("报告了但不应报告：" + g));
        return new Outcome(base, problems.isEmpty(), problems);
    }

    private static Path findReport(Path dir, String base) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(base + ".") && !n.endsWith(".expected");
            }).findFirst().orElse(null);
        }
    }

    /** Fields trimmed and white space removed, so a hand-written line matches however it was spaced. */
    static String normalise(String line) {
        String[] parts = line.split("\\|", -1);
        List<String> fields = new ArrayList<>();
        for (String p : parts) {
            fields.add(p.replaceAll("\\s+", ""));
        }
        while (fields.size() < 7) {
            fields.add("");
        }
        return String.join(" | ", fields);
    }
}
