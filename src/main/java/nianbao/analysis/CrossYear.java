package nianbao.analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nianbao.engine.BatchRunner;
import nianbao.facts.Cell;
import nianbao.facts.ContentPart;
import nianbao.facts.Place;
import nianbao.facts.Section;
import nianbao.facts.Submission;
import nianbao.findings.ContentPrint;
import nianbao.facts.Report;
import nianbao.facts.ReportFacts;
import nianbao.facts.YearlyCell;
import nianbao.facts.YearlyReport;
import nianbao.findings.Finding;
import nianbao.findings.ReportResult;
import org.slf4j.LoggerFactory;

/**
 * The checks across years, with memory flat in the batch size.
 *
 * <p>What is kept: of each checked report with an office and a year, only the cells a {@code YearlyCell}
 * pattern of the rules can match (read from the rule files: the literal {@code table}, {@code rowKey} and
 * {@code columnKey} each pattern asks for; every cell when a pattern cannot be read that way), and equal cells
 * are shared between reports. The report's other facts are dropped as soon as its own rules have run.
 *
 * <p>How it is joined: the rules compare an office's report of one year with its report of the year before.
 * Each report that has a report of the year before in the batch is checked in a session holding its own
 * cells and its office's cells of the year before, equal cells of several copies of that year kept once.
 * Reports of different offices share a session (the rules join on the office), reports of the same office
 * never do. So the work and the findings grow with the number of reports, not with the square of the copies
 * an office sent; for an office with one report a year the session holds exactly what the single batch
 * session held for it. (Two different reports of one office for the same year are each compared with the
 * year before, not with each other.)
 *
 * <p>The checks on the batch as a whole (rules/batch.drl) run here too, on {@link Submission} facts (file, office,
 * year, content print of every checked report) and, only for a report whose office and year the last run's
 * workbook holds with other content, its {@link ContentPart}s: one office-year's facts in one session.
 */
final class CrossYear {
    /** Facts per session: enough to amortise a session, small enough to stay flat. */
    private static final int SESSION_FACTS = 2_000;
    private static final Pattern YEARLY_CELL = Pattern.compile("YearlyCell\\s*\\(");
    private static final Pattern LITERAL = Pattern.compile("\\b(table|rowKey|columnKey)\\s*==\\s*\"([^\"]*)\"");
    private static final Pattern DISJUNCTION = Pattern.compile("\\|\\||\\bor\\b|\\bin\\s*\\(");

    /** What one report keeps for the cross-year check. */
    record Entry(String file, String office, int year, String template, boolean countsValid, List<Cell> cells) {
        YearlyReport report() {
            return new YearlyReport(file, office, year, template);
        }

        List<YearlyCell> yearlyCells() {
            List<YearlyCell> out = new ArrayList<>(cells.size());
            for (Cell c : cells) {
                out.add(new YearlyCell(file, office, year, template, countsValid, c));
            }
            return out;
        }
    }

    /** The literal constraints of each YearlyCell pattern; null: keep every cell. */
    private final List<Map<String, String>> patterns;
    private final Map<Cell, Cell> shared = new ConcurrentHashMap<>();
    /** What the hierarchy check (parent = sum of children, 报送情况) keeps of each report, taken in {@link #entry}. */
    private final Hierarchy hierarchy = new Hierarchy();

    Hierarchy hierarchy() {
        return hierarchy;
    }

    private CrossYear(List<Map<String, String>> patterns) {
        this.patterns = patterns;
    }

    static CrossYear of(Path rulesDir) {
        try {
            return new CrossYear(patterns(rulesDir));
        } catch (IOException | RuntimeException e) {
            return new CrossYear(null);
        }
    }

    /** The entry of one checked report, or null when it has no office or year (it is never compared). */
    Entry entry(String file, ReportFacts facts) {
        if (facts == null) {
            return null;
        }
        hierarchy.keep(file, facts);
        Report r = facts.report();
        if (r.office() == null || r.office().isEmpty() || r.year() == null) {
            return null;
        }
        List<Cell> kept = new ArrayList<>();
        for (Cell c : facts.cells()) {
            if (needed(c)) {
                kept.add(shared.computeIfAbsent(c, k -> k));
            }
        }
        return new Entry(file, r.office(), r.year(), r.template(), r.countsValid(), List.copyOf(kept));
    }

    private boolean needed(Cell c) {
        if (patterns == null) {
            return true;
        }
        for (Map<String, String> p : patterns) {
            if (matches(p.get("table"), c.table()) && matches(p.get("rowKey"), c.rowKey())
                    && matches(p.get("columnKey"), c.columnKey())) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(String wanted, String value) {
        return wanted == null || wanted.equals(value);
    }

    /**
     * What one checked report keeps for the checks on the batch as a whole (rules/batch.drl): its content print
     * and, only when the last run's workbook holds its office and year with other content, its parts (sections,
     * cells, with their places) to tell what changed.
     */
    record Copy(ContentPrint print, List<ContentPart> parts) {
        /** The same copy with only who, which year and the whole print: all the duplicate check reads of it. */
        Copy withWholeOnly() {
            return new Copy(new ContentPrint(print.file(), print.office(), print.year(), print.whole(), List.of(), Map.of()),
                    parts);
        }
    }

    /** The copy of one checked report (null without facts). */
    static Copy copy(String file, ReportFacts facts, EarlierPrints earlier) {
        if (facts == null) {
            return null;
        }
        ContentPrint print = Fingerprints.of(file, facts);
        if (!earlier.changed(print.office(), print.year(), print.whole())) {
            return new Copy(print, List.of());
        }
        List<ContentPart> parts = new ArrayList<>();
        for (String numeral : ContentPrint.NUMERALS) {
            Place where = Place.ofSection(numeral);
            for (Section s : facts.sections()) {
                if (s.numeral().equals(numeral)) {
                    where = s.place();
                    break;
                }
            }
            parts.add(new ContentPart(file, false, ContentPart.SECTION, numeral, print.section(numeral), where.inFile(file)));
        }
        for (Cell c : facts.cells()) {
            parts.add(new ContentPart(file, false, ContentPart.CELL, c.table() + "/" + c.rowKey() + "/" + c.columnKey(),
                    Fingerprints.value(c), c.place().inFile(file)));
        }
        return new Copy(print, List.copyOf(parts));
    }

    /** The parts of an earlier report, from its print (never reported on: no place). */
    private static List<ContentPart> earlierParts(ContentPrint p) {
        List<ContentPart> parts = new ArrayList<>();
        for (String numeral : ContentPrint.NUMERALS) {
            parts.add(new ContentPart(p.file(), true, ContentPart.SECTION, numeral, p.section(numeral), null));
        }
        for (String table : ContentPrint.TABLES) {
            p.cells(table).forEach((k, v) -> parts.add(new ContentPart(p.file(), true, ContentPart.CELL, table + "/" + k, v, null)));
        }
        return parts;
    }

    /**
     * The other copies of {@code self} in {@code same} (its office-year's copies, by file name), as a finding names
     * them: "“b.pdf”（内容相同）、…", at most {@link Submission#NAMED}, then "等，共 N 份". "" for a single copy.
     */
    static String others(List<ContentPrint> same, ContentPrint self) {
        List<String> named = new ArrayList<>();
        for (ContentPrint p : same) {
            if (named.size() == Submission.NAMED) {
                break;
            }
            if (!p.file().equals(self.file())) {
                named.add("“" + p.file() + "”（" + (p.whole().equals(self.whole()) ? "内容相同" : "内容不同") + "）");
            }
        }
        int all = same.size() - 1;
        return String.join("、", named) + (all > named.size() ? "等，共 " + all + " 份" : "");
    }

    /**
     * The results with the findings of the checks across years and of the checks on the batch as a whole (the
     * same office and year sent twice; changed since the last run, {@code earlier}); {@code copies} parallel to
     * {@code results} (null: none).
     */
    static List<ReportResult> apply(RuleSetup setup, List<ReportResult> results, List<Entry> entries, List<Copy> copies,
                                    EarlierPrints earlier) {
        List<ReportResult> out = apply(setup, results, entries);
        // Office and year → the facts of its reports (this batch's and the last run's): one office-year in one session.
        Map<String, List<Object>> groups = new TreeMap<>();
        // Each office-year's copies in this batch, by file name: each copy names the first others (linear, not pairs).
        Map<String, List<ContentPrint>> byOfficeYear = new HashMap<>();
        for (Copy c : copies) {
            if (c != null && c.print().office() != null && c.print().year() != null) {
                byOfficeYear.computeIfAbsent(EarlierPrints.key(c.print().office(), c.print().year()), k -> new ArrayList<>())
                        .add(c.print());
            }
        }
        byOfficeYear.values().forEach(l -> l.sort(java.util.Comparator.comparing(ContentPrint::file)));
        Set<String> changed = new java.util.HashSet<>();
        for (Copy c : copies) {
            if (c == null || c.print().office() == null || c.print().year() == null) {
                continue;
            }
            String key = EarlierPrints.key(c.print().office(), c.print().year());
            List<ContentPrint> same = byOfficeYear.get(key);
            if (same.size() < 2 && c.parts().isEmpty()) {
                continue; // one copy, unchanged or never checked before: nothing to compare
            }
            List<Object> g = groups.computeIfAbsent(key, k -> new ArrayList<>());
            g.add(new Submission(c.print().file(), c.print().office(), c.print().year(), c.print().whole(), false,
                    same.size() - 1, others(same, c.print())));
            g.addAll(c.parts());
            if (!c.parts().isEmpty()) {
                changed.add(key);
            }
        }
        for (ContentPrint p : earlier.prints()) {
            String key = p.office() == null || p.year() == null ? null : EarlierPrints.key(p.office(), p.year());
            if (key != null && changed.contains(key)) {
                List<Object> g = groups.get(key);
                g.add(new Submission(p.file(), p.office(), p.year(), p.whole(), true));
                g.addAll(earlierParts(p));
            }
        }
        if (groups.isEmpty()) {
            return out;
        }
        BatchRunner runner = new BatchRunner(setup.rules(), setup.settings());
        Map<String, TreeSet<Finding>> extra = new HashMap<>();
        Set<Finding> failures = new LinkedHashSet<>();
        List<Object> session = new ArrayList<>();
        List<String> keys = new ArrayList<>(groups.keySet());
        for (int i = 0; i < keys.size(); i++) {
            session.addAll(groups.get(keys.get(i)));
            if (session.size() >= SESSION_FACTS || i == keys.size() - 1) {
                try {
                    BatchRunner.Part part = runner.runPart(session);
                    part.byFile().forEach((file, fs) -> extra.computeIfAbsent(file, k -> new TreeSet<>()).addAll(fs));
                    failures.addAll(part.failures());
                } catch (OutOfMemoryError e) {
                    LoggerFactory.getLogger(CrossYear.class).error("out of memory in the batch check", e);
                    failures.add(BatchRunner.outOfMemory());
                }
                session = new ArrayList<>();
            }
        }
        if (!failures.isEmpty()) {
            for (Copy c : copies) {
                if (c != null && groups.containsKey(EarlierPrints.key(c.print().office(), c.print().year()))) {
                    extra.computeIfAbsent(c.print().file(), k -> new TreeSet<>()).addAll(failures);
                }
            }
        }
        return AddedFindings.to(out, extra);
    }

    /** The results with the cross-year findings added; {@code entries} parallel to {@code results} (null: none). */
    static List<ReportResult> apply(RuleSetup setup, List<ReportResult> results, List<Entry> entries) {
        Map<String, Integer> reportsPerOffice = new HashMap<>();
        for (Entry e : entries) {
            if (e != null) {
                reportsPerOffice.merge(e.office(), 1, Integer::sum);
            }
        }
        // Office → year → its entries, in input order.
        Map<String, TreeMap<Integer, List<Entry>>> offices = new TreeMap<>();
        List<Entry> compared = new ArrayList<>();
        for (Entry e : entries) {
            if (e != null && reportsPerOffice.get(e.office()) >= 2) {
                offices.computeIfAbsent(e.office(), k -> new TreeMap<>()).computeIfAbsent(e.year(), k -> new ArrayList<>())
                        .add(e);
                compared.add(e);
            }
        }
        if (compared.isEmpty()) {
            return results;
        }
        // Layer j holds the j-th report (with a year before it) of every office: one office at most once a session.
        List<List<Entry>> layers = new ArrayList<>();
        Map<String, PreviousYear> previous = new HashMap<>();
        for (Map.Entry<String, TreeMap<Integer, List<Entry>>> o : offices.entrySet()) {
            int j = 0;
            for (Map.Entry<Integer, List<Entry>> y : o.getValue().entrySet()) {
                List<Entry> before = o.getValue().get(y.getKey() - 1);
                if (before == null) {
                    continue;
                }
                previous.put(o.getKey() + "\u0000" + (y.getKey() - 1), PreviousYear.of(before));
                for (Entry e : y.getValue()) {
                    if (layers.size() <= j) {
                        layers.add(new ArrayList<>());
                    }
                    layers.get(j++).add(e);
                }
            }
        }
        BatchRunner runner = new BatchRunner(setup.rules(), setup.settings());
        Map<String, TreeSet<Finding>> extra = new HashMap<>();
        Set<Finding> failures = new LinkedHashSet<>();
        for (List<Entry> layer : layers) {
            List<YearlyReport> reports = new ArrayList<>();
            List<YearlyCell> cells = new ArrayList<>();
            for (int i = 0; i < layer.size(); i++) {
                Entry e = layer.get(i);
                PreviousYear p = previous.get(e.office() + "\u0000" + (e.year() - 1));
                reports.add(e.report());
                reports.addAll(p.reports());
                cells.addAll(e.yearlyCells());
                cells.addAll(p.cells());
                if (reports.size() + cells.size() >= SESSION_FACTS || i == layer.size() - 1) {
                    run(runner, reports, cells, extra, failures);
                    reports = new ArrayList<>();
                    cells = new ArrayList<>();
                }
            }
        }
        // A failing cross-year rule is told on every report of the check, each of which it may have missed.
        if (!failures.isEmpty()) {
            for (Entry e : compared) {
                extra.computeIfAbsent(e.file(), k -> new TreeSet<>()).addAll(failures);
            }
        }
        return AddedFindings.to(results, extra);
    }

    private static void run(BatchRunner runner, List<YearlyReport> reports, List<YearlyCell> cells,
                            Map<String, TreeSet<Finding>> extra, Set<Finding> failures) {
        BatchRunner.Part part;
        try {
            part = runner.runPart(reports, cells);
        } catch (OutOfMemoryError e) {
            LoggerFactory.getLogger(CrossYear.class).error("out of memory in the cross-year check", e);
            failures.add(BatchRunner.outOfMemory());
            return;
        }
        part.byFile().forEach((file, fs) -> extra.computeIfAbsent(file, k -> new TreeSet<>()).addAll(fs));
        failures.addAll(part.failures());
    }

    /** An office's reports of one year as the next year's reports see them: equal cells kept once. */
    private record PreviousYear(List<YearlyReport> reports, List<YearlyCell> cells) {
        static PreviousYear of(List<Entry> sameYear) {
            Map<List<Object>, YearlyReport> reports = new LinkedHashMap<>();
            Map<List<Object>, YearlyCell> cells = new LinkedHashMap<>();
            for (Entry e : sameYear) {
                reports.putIfAbsent(List.of(e.template() == null ? "" : e.template()), e.report());
                for (YearlyCell c : e.yearlyCells()) {
                    cells.putIfAbsent(List.of(e.template() == null ? "" : e.template(), e.countsValid(), c.cell()), c);
                }
            }
            return new PreviousYear(List.copyOf(reports.values()), List.copyOf(cells.values()));
        }
    }

    /**
     * The literal constraints of every YearlyCell pattern in the rule files; null (keep every cell) when a
     * rule file cannot be read this way (a decision table) or a pattern has an "or".
     */
    static List<Map<String, String>> patterns(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().contains(".drl")).sorted().toList();
        }
        List<Map<String, String>> out = new ArrayList<>();
        for (Path f : files) {
            if (!f.getFileName().toString().endsWith(".drl")) {
                return null;
            }
            String text = withoutComments(Files.readString(f, StandardCharsets.UTF_8));
            Matcher m = YEARLY_CELL.matcher(text);
            while (m.find()) {
                String body = parenthesised(text, m.end());
                if (body == null || DISJUNCTION.matcher(body).find()) {
                    return null;
                }
                Map<String, String> literals = new HashMap<>();
                Matcher l = LITERAL.matcher(body);
                while (l.find()) {
                    if (literals.containsKey(l.group(1)) && !literals.get(l.group(1)).equals(l.group(2))) {
                        return null;
                    }
                    literals.put(l.group(1), l.group(2));
                }
                out.add(literals);
            }
        }
        return out;
    }

    private static String withoutComments(String text) {
        return text.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("(?m)(^|\\s)//.*$", " ");
    }

    /** The text up to the parenthesis that closes the one opened just before {@code from}; null if none. */
    private static String parenthesised(String text, int from) {
        int depth = 1;
        boolean quoted = false;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' && text.charAt(i - 1) != '\\') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')' && --depth == 0) {
                return text.substring(from, i);
            }
        }
        return null;
    }
}
