package nianbao.analysis;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nianbao.findings.BatchResult;
import nianbao.findings.ReportResult;
import nianbao.findings.SpooledReports;
import org.slf4j.LoggerFactory;

/**
 * Audits a batch: every file on all cores (each in its own rule session), results kept in input order so
 * the output is the same however the threads ran; then the checks across years for offices that sent
 * reports of consecutive years.
 */
public final class Batch {
    private Batch() {
    }

    /** Told of each file done and of the end of the batch (the terminal shows it as a progress line). */
    public interface Progress {
        Progress NONE = new Progress() {
            @Override
            public void step() {
            }

            @Override
            public void done() {
            }
        };

        void step();

        void done();
    }

    /**
     * The whole batch as ./check runs it: every input audited, the checks across years, the decisions of an
     * earlier workbook carried over ({@code previous}, or null) and the findings it had that are gone now.
     */
    public static BatchRun check(RuleSetup setup, List<Inputs.Input> inputs, Progress progress, ReviewWorkbook previous)
            throws InterruptedException {
        return check(setup, inputs, progress, previous, true);
    }

    /**
     * The same; {@code keepGrids} false drops what was read from each report's tables as soon as it is checked
     * (only the per-office workbooks of --split lay them out), so memory does not grow with the batch.
     */
    public static BatchRun check(RuleSetup setup, List<Inputs.Input> inputs, Progress progress, ReviewWorkbook previous,
                                 boolean keepGrids) throws InterruptedException {
        return check(setup, inputs, progress, previous, keepGrids, EarlierPrints.NONE, List.of(), told -> {
        });
    }

    /**
     * The same; {@code earlier} the content prints of the last run's workbook (--review): a report of the same
     * office and year whose content changed since is told. {@code lastYears} the reports of --previous: audited
     * only to serve as "the year before" of a
     * batch report of the same office (the checks across years and the copy checks), never reported
     * themselves. One that cannot be read is said to {@code told} (a plain Chinese sentence) and left out.
     */
    public static BatchRun check(RuleSetup setup, List<Inputs.Input> inputs, Progress progress, ReviewWorkbook previous,
                                 boolean keepGrids, EarlierPrints earlier, List<Inputs.Input> lastYears,
                                 java.util.function.Consumer<String> told) throws InterruptedException {
        List<nianbao.findings.ContentPrint> prints = nianbao.findings.SpooledPrints.create();
        CrossYear crossYear = CrossYear.of(setup.dir());
        List<ReportResult> results = run(setup, inputs, progress, keepGrids, earlier, prints, crossYear,
                notInBatch(lastYears, inputs), told);
        List<nianbao.findings.ResolvedFinding> resolved = List.of();
        if (previous != null) {
            resolved = previous.resolved(results);
            results = previous.attach(results);
        }
        return new BatchRun(new BatchResult(1, setup.rules().fingerprint(), new ArrayList<>(setup.settings().disabled()),
                results, setup.ruleInfos()).withResolved(resolved, java.time.Instant.now()).withPrints(prints)
                .withSubmissions(crossYear.hierarchy().submissions(setup)),
                previous == null ? 0 : previous.files(), previous == null ? 0 : previous.conflicts(),
                previous == null ? 0 : previous.outsideBatch(results));
    }

    /** One file done: its result and what the cross-year check keeps of it (null: nothing). */
    private record Done(ReportResult result, CrossYear.Entry entry, CrossYear.Copy copy, Similarity.Text text) {
        Done(ReportResult result, CrossYear.Entry entry) {
            this(result, entry, null, null);
        }
    }

    /** The reports of --previous less the files that are in the batch too (a file is never its own year before). */
    private static List<Inputs.Input> notInBatch(List<Inputs.Input> lastYears, List<Inputs.Input> inputs) {
        Set<Path> batch = new HashSet<>();
        for (Inputs.Input in : inputs) {
            if (in.path() != null) {
                batch.add(in.path().toAbsolutePath().normalize());
            }
        }
        List<Inputs.Input> out = new ArrayList<>();
        for (Inputs.Input in : lastYears) {
            if (in.path() == null || !batch.contains(in.path().toAbsolutePath().normalize())) {
                out.add(in);
            }
        }
        return out;
    }

    /**
     * The results; the content print of each checked report is added to {@code prints}. {@code lastYears} are
     * audited in the same pool after the batch; what the checks across years and the copy checks keep of them
     * joins the batch's (not their content prints: they are no copies of a batch report), their results are
     * dropped with every finding those checks put on them.
     */
    static List<ReportResult> run(RuleSetup setup, List<Inputs.Input> batchInputs, Progress progress, boolean keepGrids,
                                  EarlierPrints earlier, List<nianbao.findings.ContentPrint> prints, CrossYear crossYear,
                                  List<Inputs.Input> lastYears, java.util.function.Consumer<String> told)
            throws InterruptedException {
        Auditor auditor = setup.auditor();
        Similarity similarity = Similarity.of(setup);
        // The year before's reports keep their own hierarchy: they are not part of this batch's 报送情况.
        CrossYear beforeYears = CrossYear.of(setup.dir());
        int inBatch = batchInputs.size();
        List<Inputs.Input> inputs = new ArrayList<>(batchInputs);
        inputs.addAll(lastYears);
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), inputs.size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "audit");
            t.setDaemon(true);
            return t;
        });
        // Results go to disk as they come, so that memory does not grow with the batch (what the checks across
        // the batch keep of each report, below, is a few hundred bytes).
        SpooledReports results = SpooledReports.create();
        List<CrossYear.Entry> entries = new ArrayList<>(inputs.size());
        List<CrossYear.Copy> copies = new ArrayList<>(inputs.size());
        List<Similarity.Text> texts = new ArrayList<>(inputs.size());
        List<CrossYear.Entry> lastEntries = new ArrayList<>();
        List<Similarity.Text> lastTexts = new ArrayList<>();
        List<String> unread = new ArrayList<>();
        try {
            List<Future<Done>> futures = new ArrayList<>();
            for (int i = 0; i < inputs.size(); i++) {
                Inputs.Input in = inputs.get(i);
                boolean now = i < inBatch;
                if (in.notRead() != null) {
                    // Decided while walking the folders (a named pipe, a link out of the folders …): never opened.
                    futures.add(CompletableFuture.completedFuture(new Done(in.notRead(), null)));
                    if (now) {
                        progress.step();
                    }
                    continue;
                }
                futures.add(pool.submit(() -> {
                    Done d = now ? audit(auditor, crossYear, similarity, in, keepGrids, earlier)
                            : audit(auditor, beforeYears, similarity, in, false, EarlierPrints.NONE);
                    if (now) {
                        progress.step();
                    }
                    return d;
                }));
            }
            for (int i = 0; i < futures.size(); i++) {
                Done d;
                try {
                    d = futures.get(i).get();
                } catch (ExecutionException e) {
                    LoggerFactory.getLogger(Batch.class).error("unexpected failure on {}", inputs.get(i).shownName(), e.getCause());
                    d = new Done(ReportResult.unreadable(inputs.get(i).shownName(), null, e.getCause() instanceof OutOfMemoryError
                            ? OUT_OF_MEMORY : "检查此文件时出现意外错误，其他文件照常检查（详情已记入日志）。"), null);
                }
                futures.set(i, null); // what is kept of a report is its result, not the future holding it
                if (i >= inBatch) {
                    if (!"checked".equals(d.result().status())) {
                        unread.add("上年报告“" + d.result().file() + "”无法读取，未用作比较："
                                + (d.result().error() == null ? "无法读取。" : d.result().error()));
                    }
                    lastEntries.add(d.entry());
                    lastTexts.add(d.text());
                    continue;
                }
                results.add(d.result());
                entries.add(d.entry());
                CrossYear.Copy copy = d.copy();
                if (copy != null) {
                    prints.add(copy.print());
                    copy = copy.withWholeOnly(); // the sections and cells are kept with the prints, on disk
                }
                copies.add(copy);
                texts.add(d.text());
            }
        } finally {
            pool.shutdownNow();
            progress.done();
        }
        unread.forEach(told); // after the progress line is done, once each
        // A report of --previous serves only as the year before of a batch report of the same office.
        Set<String> wanted = new HashSet<>();
        for (CrossYear.Entry e : entries) {
            if (e != null) {
                wanted.add(e.office() + "\u0000" + (e.year() - 1));
            }
        }
        Set<String> wantedTexts = new HashSet<>();
        for (Similarity.Text t : texts) {
            if (t != null) {
                wantedTexts.add(t.office() + "\u0000" + (t.year() - 1));
            }
        }
        Set<String> batchFiles = new HashSet<>();
        for (int i = 0; i < results.size(); i++) {
            batchFiles.add(results.file(i));
        }
        int reported = results.size();
        for (int i = 0; i < lastEntries.size(); i++) {
            CrossYear.Entry e = lastEntries.get(i);
            Similarity.Text t = lastTexts.get(i);
            boolean useEntry = e != null && wanted.contains(e.office() + "\u0000" + e.year()) && !batchFiles.contains(e.file());
            boolean useText = t != null && wantedTexts.contains(t.office() + "\u0000" + t.year()) && !batchFiles.contains(t.file());
            if (!useEntry && !useText) {
                continue;
            }
            // Only a place for the findings the checks put on it, dropped below: the result itself is never shown.
            results.add(ReportResult.skipped(useEntry ? e.file() : t.file(), ""));
            entries.add(useEntry ? e : null);
            copies.add(null);
            texts.add(useText ? t : null);
        }
        // The checks add their findings to the spooled results where they lie (AddedFindings).
        batchChecks(setup, crossYear, similarity, results, entries, copies, texts, earlier, t -> {
            try {
                return auditor.facts(t.path());
            } catch (Exception e) {
                return null;
            }
        });
        results.keepFirst(reported);
        return results;
    }

    /** Called before each file is audited; tests make one file run out of memory here. */
    static volatile java.util.function.Consumer<Inputs.Input> beforeAudit = in -> {
    };

    static final String OUT_OF_MEMORY = "检查此文件时内存不足，未能检查，其他文件照常检查；可单独检查该文件或分批检查。";

    /**
     * One file, on a worker: its facts are reduced to what the cross-year check needs before the worker
     * returns, so only results wait for the batch's end. Running out of memory fails this file only.
     */
    private static Done audit(Auditor auditor, CrossYear crossYear, Similarity similarity, Inputs.Input in,
                              boolean keepGrids, EarlierPrints earlier) {
        try {
            if (!stillARegularFile(in.path())) {
                return new Done(ReportResult.unreadable(in.shownName(), null, "检查时该文件已被删除或换成了特殊文件，未读取。"), null);
            }
            beforeAudit.accept(in);
            Auditor.Audited a = auditor.auditWithFacts(in.path(), in.shownName());
            ReportResult r = keepGrids ? a.result() : a.result().withoutGrids();
            return new Done(r, crossYear.entry(r.file(), a.facts()), CrossYear.copy(r.file(), a.facts(), earlier),
                    similarity.text(in.path(), r.file(), a.facts()));
        } catch (OutOfMemoryError e) {
            LoggerFactory.getLogger(Batch.class).error("out of memory on {}", in.shownName(), e);
            return new Done(ReportResult.unreadable(in.shownName(), null, OUT_OF_MEMORY), null);
        }
    }

    /**
     * Looked at again just before reading: a file swapped for a named pipe after the walk would make the
     * reader wait for ever. (A swap in the instant between this look and the read is not caught.)
     */
    private static boolean stillARegularFile(Path file) {
        return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS);
    }

    /** Adds the findings of the cross-year rules and of the checks on the batch as a whole to the reports they belong to. */
    public static List<ReportResult> acrossYears(RuleSetup setup, List<Auditor.Audited> audited) {
        return acrossYears(setup, audited, List.of());
    }

    /**
     * The same, with {@code checkedBefore} the reports of the last run (as if their workbook were given with
     * --review): a report of the same office and year whose content changed since is told.
     */
    public static List<ReportResult> acrossYears(RuleSetup setup, List<Auditor.Audited> audited,
                                                 List<Auditor.Audited> checkedBefore) {
        List<nianbao.findings.ContentPrint> before = new ArrayList<>();
        for (Auditor.Audited a : checkedBefore) {
            if (a.facts() != null) {
                before.add(Fingerprints.of(a.result().file(), a.facts()));
            }
        }
        EarlierPrints earlier = new EarlierPrints(before);
        CrossYear crossYear = CrossYear.of(setup.dir());
        List<ReportResult> results = new ArrayList<>();
        List<CrossYear.Entry> entries = new ArrayList<>();
        List<CrossYear.Copy> copies = new ArrayList<>();
        Similarity similarity = Similarity.of(setup);
        List<Similarity.Text> texts = new ArrayList<>();
        Map<String, nianbao.facts.ReportFacts> facts = new java.util.HashMap<>();
        for (Auditor.Audited a : audited) {
            results.add(a.result());
            entries.add(crossYear.entry(a.result().file(), a.facts()));
            copies.add(CrossYear.copy(a.result().file(), a.facts(), earlier));
            texts.add(similarity.text(null, a.result().file(), a.facts()));
            facts.put(a.result().file(), a.facts());
        }
        return batchChecks(setup, crossYear, similarity, results, entries, copies, texts, earlier, t -> facts.get(t.file()));
    }

    /**
     * The checks that need the batch, in their one order: across years and on the batch as a whole (CrossYear),
     * parent against its parts (Hierarchy), copied text (Similarity, which reads a report's facts again through
     * {@code factsOf} only to quote a passage). The lists are parallel to {@code results}.
     */
    private static List<ReportResult> batchChecks(RuleSetup setup, CrossYear crossYear, Similarity similarity,
                                                  List<ReportResult> results, List<CrossYear.Entry> entries,
                                                  List<CrossYear.Copy> copies, List<Similarity.Text> texts,
                                                  EarlierPrints earlier,
                                                  java.util.function.Function<Similarity.Text, nianbao.facts.ReportFacts> factsOf) {
        List<ReportResult> acrossYears = CrossYear.apply(setup, results, entries, copies, earlier);
        return similarity.apply(setup, crossYear.hierarchy().apply(setup, acrossYears), texts, factsOf);
    }
}
