package nianbao.analysis;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import nianbao.document.Texts;
import nianbao.engine.BatchRunner;
import nianbao.facts.AggregationStatement;
import nianbao.facts.BodyKind;
import nianbao.facts.Cell;
import nianbao.facts.ChildrenSum;
import nianbao.facts.Deadline;
import nianbao.facts.Report;
import nianbao.facts.ReportFacts;
import nianbao.findings.Finding;
import nianbao.findings.ReportResult;
import nianbao.findings.ReportingLine;
import org.slf4j.LoggerFactory;

/**
 * A parent equals the sum of its parts, and who reported when (issue 13), across the reports of a batch.
 *
 * <p>What is kept of each checked report (in {@link #keep}, on the worker, like the cross-year entry): its office,
 * year, kind of body, format version, the sentence saying it aggregates its bodies' reports (if any), its
 * publication date and deadline, and of tables 三 and 四 only the non-zero cells (every numbered cell of a parent)
 * with a list of which cells hold a number that reports of one layout share (equal cells shared too). Most cells
 * of real reports are 0, so a report costs a few dozen references, not its tables.
 *
 * <p>Parent = sum of children: a government report with an {@link AggregationStatement} is compared, cell by cell
 * of tables 三 and 四, with the sum over its children's reports of the same year and format version. The children
 * come from the 机构 sheet ({@link Institutions}: rows whose 上级 is the parent); when the sheet is empty or does
 * not list the parent, they are guessed by name (a report whose office or title begins with the parent's place
 * name, 平潭综合实验区 → 平潭综合实验区教育局), and the findings are marked uncertain. Each cell becomes a
 * {@link ChildrenSum}; rules/hierarchy.drl judges. When some expected children are absent (or the children are
 * guessed, so never known complete), the parent must be at least the sum found (counts are not negative, so a
 * parent below them is wrong whatever the others hold); when every expected child is there, equal to it.
 */
final class Hierarchy {
    /**
     * What one report keeps for the hierarchy check and 报送情况. {@code cells}: a parent's (a government report that
     * says it aggregates) every numbered cell of tables 三 and 四, any other report's non-zero ones only;
     * {@code numbered}: the keys (table|row|column) of its cells that hold a number, one list shared by every
     * report of the same layout, so that a zero is told from a cell left without a number.
     */
    record Entry(String file, String office, String title, int year, String bodyKind, String template, String aggregation,
                 LocalDate published, Deadline deadline, List<Cell> cells, List<String> numbered) {
        /** The number in the cell {@code key}, or null when the report gives none there. */
        Long number(String key, Map<String, Long> nonZero) {
            return nonZero.containsKey(key) ? nonZero.get(key) : java.util.Collections.binarySearch(numbered, key) >= 0 ? 0L : null;
        }

        Map<String, Long> nonZero() {
            Map<String, Long> out = new HashMap<>();
            for (Cell c : cells) {
                if (c.count() != 0) {
                    out.put(key(c), c.count());
                }
            }
            return out;
        }
    }

    private final ConcurrentLinkedQueue<Entry> entries = new ConcurrentLinkedQueue<>();
    private final Map<Cell, Cell> shared = new ConcurrentHashMap<>();
    private final Map<List<String>, List<String>> layouts = new ConcurrentHashMap<>();

    static String key(Cell c) {
        return c.table() + "|" + c.rowKey() + "|" + c.columnKey();
    }

    /** Keeps what the checks of this class need of one checked report (nothing when it has no office or year). */
    void keep(String file, ReportFacts facts) {
        if (facts == null) {
            return;
        }
        Report r = facts.report();
        if (r.office() == null || r.office().isEmpty() || r.year() == null) {
            return;
        }
        List<AggregationStatement> agg = facts.of(AggregationStatement.class);
        boolean parent = !agg.isEmpty() && BodyKind.GOVERNMENT.equals(r.bodyKind());
        List<Cell> kept = new ArrayList<>();
        List<String> numbered = new ArrayList<>();
        for (Cell c : facts.cells()) {
            if ((c.table().equals("T3") || c.table().equals("T4")) && c.value() != null) {
                numbered.add(key(c));
                if (parent || c.count() != 0) {
                    kept.add(shared.computeIfAbsent(c, k -> k));
                }
            }
        }
        numbered.sort(null);
        List<String> layout = layouts.computeIfAbsent(List.copyOf(numbered), k -> k);
        List<Deadline> deadlines = facts.deadlines();
        LocalDate published = r.publishDate() != null ? r.publishDate() : r.signDate();
        entries.add(new Entry(file, r.office(), r.title() == null ? "" : r.title(), r.year(), r.bodyKind(), r.template(),
                agg.isEmpty() ? null : agg.get(0).sentence(), published, deadlines.isEmpty() ? null : deadlines.get(0),
                List.copyOf(kept), layout));
    }

    /** The entries in file order, so that the outcome does not depend on the threads. */
    List<Entry> sorted() {
        List<Entry> out = new ArrayList<>(entries);
        out.sort(Comparator.comparing(Entry::file));
        return out;
    }

    /** The results with the findings of the parent = sum of children check added to the parents' reports. */
    List<ReportResult> apply(RuleSetup setup, List<ReportResult> results) {
        List<Entry> all = sorted();
        List<ChildrenSum> facts = sums(all, Institutions.load(setup.dir()));
        if (facts.isEmpty()) {
            return results;
        }
        BatchRunner runner = new BatchRunner(setup.rules(), setup.settings());
        Map<String, TreeSet<Finding>> extra = new HashMap<>();
        Set<Finding> failures = new LinkedHashSet<>();
        try {
            BatchRunner.Part part = runner.runFacts(facts, "上下级汇总核对");
            part.byFile().forEach((file, fs) -> extra.computeIfAbsent(file, k -> new TreeSet<>()).addAll(fs));
            failures.addAll(part.failures());
        } catch (OutOfMemoryError e) {
            LoggerFactory.getLogger(Hierarchy.class).error("out of memory in the hierarchy check", e);
            failures.add(BatchRunner.outOfMemory());
        }
        if (!failures.isEmpty()) {
            facts.stream().map(ChildrenSum::file).distinct()
                    .forEach(f -> extra.computeIfAbsent(f, k -> new TreeSet<>()).addAll(failures));
        }
        return AddedFindings.to(results, extra);
    }

    /** One {@link ChildrenSum} per numbered cell of tables 三 and 四 of every aggregating government report. */
    static List<ChildrenSum> sums(List<Entry> all, Institutions sheet) {
        List<ChildrenSum> out = new ArrayList<>();
        for (Entry parent : all) {
            if (parent.aggregation() == null || !BodyKind.GOVERNMENT.equals(parent.bodyKind())) {
                continue;
            }
            Institutions.Body row = sheet.find(parent.office());
            boolean guessed = row == null;
            // Expected children by name (sheet) and the reports found for them, one report per office.
            Map<String, Entry> found = new LinkedHashMap<>();
            List<String> absent = new ArrayList<>();
            if (!guessed) {
                for (Institutions.Body child : sheet.children(row)) {
                    Entry e = all.stream().filter(x -> x.year() == parent.year()
                            && Institutions.sameBody(child.name(), x.office())).findFirst().orElse(null);
                    if (e == null) {
                        absent.add(child.name());
                    } else if (!java.util.Objects.equals(e.template(), parent.template())) {
                        absent.add(child.name() + "（格式版本不同，未计入）");
                    } else {
                        found.putIfAbsent(child.name(), e);
                    }
                }
            } else {
                String place = Institutions.place(parent.office());
                for (Entry e : all) {
                    if (e.year() != parent.year() || e == parent || Institutions.sameBody(e.office(), parent.office())
                            || place.isEmpty()) {
                        continue;
                    }
                    String office = Texts.compact(e.office());
                    boolean named = office.startsWith(place) || Texts.compact(e.title()).startsWith(place);
                    if (!named || found.containsKey(e.office())) {
                        continue;
                    }
                    if (!java.util.Objects.equals(e.template(), parent.template())) {
                        if (!absent.contains(e.office() + "（格式版本不同，未计入）")) {
                            absent.add(e.office() + "（格式版本不同，未计入）");
                        }
                        continue;
                    }
                    found.put(e.office(), e);
                }
            }
            if (found.isEmpty()) {
                continue;
            }
            // The children's non-zero numbers, by child.
            Map<String, Map<String, Long>> nonZero = new HashMap<>();
            found.forEach((name, e) -> nonZero.put(name, e.nonZero()));
            for (Cell c : parent.cells()) {
                String key = key(c);
                long sum = 0;
                List<String> counted = new ArrayList<>();
                List<String> missing = new ArrayList<>(absent);
                for (String child : found.keySet()) {
                    Long n = found.get(child).number(key, nonZero.get(child));
                    if (n == null) {
                        missing.add(child + "（此栏未填数）");
                    } else {
                        sum += n;
                        counted.add(child + " " + n);
                    }
                }
                if (counted.isEmpty()) {
                    continue;
                }
                out.add(new ChildrenSum(parent.file(), parent.office(), parent.year(), c, sum, String.join("、", counted),
                        String.join("、", missing), !guessed && missing.isEmpty(), guessed));
            }
        }
        return out;
    }

    /**
     * The lines of 报送情况: every office of the 机构 sheet for every year the batch holds, with its report (or
     * 未报送), and the offices with a report that the sheet does not list (未列入机构表); none when the sheet is empty.
     */
    List<ReportingLine> submissions(RuleSetup setup) {
        Institutions sheet = Institutions.load(setup.dir());
        if (sheet.isEmpty()) {
            return List.of();
        }
        List<Entry> all = sorted();
        Set<Integer> years = new TreeSet<>();
        all.forEach(e -> years.add(e.year()));
        List<ReportingLine> out = new ArrayList<>();
        Set<Entry> listed = new java.util.HashSet<>();
        for (int year : years) {
            for (Institutions.Body b : sheet.bodies()) {
                List<Entry> reports = all.stream().filter(e -> e.year() == year && Institutions.sameBody(b.name(), e.office()))
                        .toList();
                if (reports.isEmpty()) {
                    Deadline d = setup.statements().deadlineOf(b.name(), b.bodyKind(), year);
                    out.add(new ReportingLine(b.name(), b.kind(), b.parent(), year, "", "", d == null ? "" : d.date().toString(),
                            null, "未报送"));
                    continue;
                }
                for (Entry e : reports) {
                    listed.add(e);
                    out.add(line(b.name(), b.kind(), b.parent(), e));
                }
            }
        }
        for (Entry e : all) {
            if (!listed.contains(e)) {
                ReportingLine s = line(e.office(), "", "", e);
                out.add(new ReportingLine(s.office(), s.kind(), s.parent(), s.year(), s.file(), s.published(), s.deadline(),
                        s.daysLate(), "未列入机构表"));
            }
        }
        return out;
    }

    private static ReportingLine line(String office, String kind, String parent, Entry e) {
        Integer late = null;
        if (e.deadline() != null && e.published() != null && e.published().isAfter(e.deadline().date())) {
            late = (int) ChronoUnit.DAYS.between(e.deadline().date(), e.published());
        }
        return new ReportingLine(office, kind, parent, e.year(), e.file(), e.published() == null ? "" : e.published().toString(),
                e.deadline() == null ? "" : e.deadline().date().toString(), late, late == null ? "已报送" : "逾期");
    }
}
