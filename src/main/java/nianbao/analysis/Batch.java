package nianbao.analysis;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nianbao.findings.BatchResult;
import nianbao.findings.ReportResult;
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
        return check(setup, inputs, progress, previous, keepGrids, EarlierPrints.NONE);
    }

    /**
     * The same; {@code earlier} the content prints of the last run's workbook (--review): a report of the same
     * office and year whose content changed since is told.
     */
    public static BatchRun check(RuleSetup setup, List<Inputs.Input> inputs, Progress progress, ReviewWorkbook previous,
                                 boolean keepGrids, EarlierPrints earlier) throws InterruptedException {
        List<nianbao.findings.ContentPrint> prints = new ArrayList<>();
        CrossYear crossYear = CrossYear.of(setup.dir());
        List<ReportResult> results = run(setup, inputs, progress, keepGrids, earlier, prints, crossYear);
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

    /** The results; the content print of each checked report is added to {@code prints}. */
    static List<ReportResult> run(RuleSetup setup, List<Inputs.Input> inputs, Progress progress, boolean keepGrids,
                                  EarlierPrints earlier, List<nianbao.findings.ContentPrint> prints, CrossYear crossYear)
            throws InterruptedException {
        Auditor auditor = setup.auditor();
        Similarity similarity = Similarity.of(setup);
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), inputs.size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "audit");
            t.setDaemon(true);
            return t;
        });
        List<ReportResult> results = new ArrayList<>(inputs.size());
        List<CrossYear.Entry> entries = new ArrayList<>(inputs.size());
        List<CrossYear.Copy> copies = new ArrayList<>(inputs.size());
        List<Similarity.Text> texts = new ArrayList<>(inputs.size());
        try {
            List<Future<Done>> futures = new ArrayList<>();
            for (Inputs.Input in : inputs) {
                if (in.notRead() != null) {
                    // Decided while walking the folders (a named pipe, a link out of the folders …): never opened.
                    futures.add(CompletableFuture.completedFuture(new Done(in.notRead(), null)));
                    progress.step();
                    continue;
                }
                futures.add(pool.submit(() -> {
                    Done d = audit(auditor, crossYear, similarity, in, keepGrids, earlier);
                    progress.step();
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
                results.add(d.result());
                entries.add(d.entry());
                copies.add(d.copy());
                if (d.copy() != null) {
                    prints.add(d.copy().print());
                }
                texts.add(d.text());
            }
        } finally {
            pool.shutdownNow();
            progress.done();
        }
        return similarity.apply(setup, crossYear.hierarchy().apply(setup, CrossYear.apply(setup, results, entries, copies, earlier)), texts, t -> {
            try {
                return auditor.facts(t.path());
            } catch (Exception e) {
                return null;
            }
        });
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
        return similarity.apply(setup, crossYear.hierarchy().apply(setup,
                CrossYear.apply(setup, results, entries, copies, earlier)), texts, t -> facts.get(t.file()));
    }
}
