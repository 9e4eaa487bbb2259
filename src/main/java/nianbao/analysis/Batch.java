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
        List<ReportResult> results = run(setup, inputs, progress, keepGrids);
        List<nianbao.findings.ResolvedFinding> resolved = List.of();
        if (previous != null) {
            resolved = previous.resolved(results);
            results = previous.attach(results);
        }
        return new BatchRun(new BatchResult(1, setup.rules().fingerprint(), new ArrayList<>(setup.settings().disabled()),
                results, setup.ruleInfos()).withResolved(resolved, java.time.Instant.now()));
    }

    /** One file done: its result and what the cross-year check keeps of it (null: nothing). */
    private record Done(ReportResult result, CrossYear.Entry entry, Similarity.Text text) {
        Done(ReportResult result, CrossYear.Entry entry) {
            this(result, entry, null);
        }
    }

    static List<ReportResult> run(RuleSetup setup, List<Inputs.Input> inputs, Progress progress, boolean keepGrids)
            throws InterruptedException {
        Auditor auditor = setup.auditor();
        CrossYear crossYear = CrossYear.of(setup.dir());
        Similarity similarity = Similarity.of(setup);
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), inputs.size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "audit");
            t.setDaemon(true);
            return t;
        });
        List<ReportResult> results = new ArrayList<>(inputs.size());
        List<CrossYear.Entry> entries = new ArrayList<>(inputs.size());
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
                    Done d = audit(auditor, crossYear, similarity, in, keepGrids);
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
                            ? OUT_OF_MEMORY : "检查此文件时出现意外错误，其他文件照常检查（详情可用 --log 记录）。"), null);
                }
                futures.set(i, null); // what is kept of a report is its result, not the future holding it
                results.add(d.result());
                entries.add(d.entry());
                texts.add(d.text());
            }
        } finally {
            pool.shutdownNow();
            progress.done();
        }
        return similarity.apply(setup, CrossYear.apply(setup, results, entries), texts, t -> {
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
                             boolean keepGrids) {
        try {
            if (!stillARegularFile(in.path())) {
                return new Done(ReportResult.unreadable(in.shownName(), null, "检查时该文件已被删除或换成了特殊文件，未读取。"), null);
            }
            beforeAudit.accept(in);
            Auditor.Audited a = auditor.auditWithFacts(in.path(), in.shownName());
            ReportResult r = keepGrids ? a.result() : a.result().withoutGrids();
            return new Done(r, crossYear.entry(r.file(), a.facts()), similarity.text(in.path(), r.file(), a.facts()));
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

    /** Adds the findings of the cross-year rules to the reports they belong to. */
    public static List<ReportResult> acrossYears(RuleSetup setup, List<Auditor.Audited> audited) {
        CrossYear crossYear = CrossYear.of(setup.dir());
        List<ReportResult> results = new ArrayList<>();
        List<CrossYear.Entry> entries = new ArrayList<>();
        Similarity similarity = Similarity.of(setup);
        List<Similarity.Text> texts = new ArrayList<>();
        Map<String, nianbao.facts.ReportFacts> facts = new java.util.HashMap<>();
        for (Auditor.Audited a : audited) {
            results.add(a.result());
            entries.add(crossYear.entry(a.result().file(), a.facts()));
            texts.add(similarity.text(null, a.result().file(), a.facts()));
            facts.put(a.result().file(), a.facts());
        }
        return similarity.apply(setup, CrossYear.apply(setup, results, entries), texts, t -> facts.get(t.file()));
    }
}
