package nianbao.analysis;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nianbao.engine.BatchRunner;
import nianbao.facts.Cell;
import nianbao.facts.Report;
import nianbao.facts.YearlyCell;
import nianbao.facts.YearlyReport;
import nianbao.findings.BatchResult;
import nianbao.findings.Finding;
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
        List<ReportResult> results = run(setup, inputs, progress);
        List<nianbao.findings.ResolvedFinding> resolved = List.of();
        if (previous != null) {
            resolved = previous.resolved(results);
            results = previous.attach(results);
        }
        return new BatchRun(new BatchResult(1, setup.rules().fingerprint(), new ArrayList<>(setup.settings().disabled()),
                results, setup.ruleInfos()).withResolved(resolved, java.time.Instant.now()));
    }

    static List<ReportResult> run(RuleSetup setup, List<Inputs.Input> inputs, Progress progress) throws InterruptedException {
        Auditor auditor = setup.auditor();
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), inputs.size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "audit");
            t.setDaemon(true);
            return t;
        });
        List<Auditor.Audited> audited = new ArrayList<>();
        try {
            List<Future<Auditor.Audited>> futures = new ArrayList<>();
            for (Inputs.Input in : inputs) {
                if (in.notRead() != null) {
                    // Decided while walking the folders (a named pipe, a link out of the folders …): never opened.
                    futures.add(CompletableFuture.completedFuture(new Auditor.Audited(in.notRead(), null)));
                    progress.step();
                    continue;
                }
                futures.add(pool.submit(() -> {
                    Auditor.Audited a = stillARegularFile(in.path()) ? auditor.auditWithFacts(in.path(), in.shownName())
                            : new Auditor.Audited(ReportResult.unreadable(in.shownName(), null,
                                    "检查时该文件已被删除或换成了特殊文件，未读取。"), null);
                    progress.step();
                    return a;
                }));
            }
            for (int i = 0; i < futures.size(); i++) {
                try {
                    audited.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    LoggerFactory.getLogger(Batch.class).error("unexpected failure on {}", inputs.get(i).shownName(), e.getCause());
                    audited.add(new Auditor.Audited(ReportResult.unreadable(inputs.get(i).shownName(), null,
                            "检查此文件时出现意外错误，其他文件照常检查（详情可用 --log 记录）。"), null));
                }
            }
        } finally {
            pool.shutdownNow();
            progress.done();
        }
        return acrossYears(setup, audited);
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
        List<YearlyReport> reports = new ArrayList<>();
        List<YearlyCell> cells = new ArrayList<>();
        Map<String, Integer> yearsPerOffice = new HashMap<>();
        for (Auditor.Audited a : audited) {
            if (a.facts() == null) {
                continue;
            }
            Report r = a.facts().report();
            if (r.office() == null || r.office().isEmpty() || r.year() == null) {
                continue;
            }
            yearsPerOffice.merge(r.office(), 1, Integer::sum);
        }
        for (Auditor.Audited a : audited) {
            if (a.facts() == null) {
                continue;
            }
            Report r = a.facts().report();
            if (r.office() == null || r.year() == null || yearsPerOffice.getOrDefault(r.office(), 0) < 2) {
                continue;
            }
            reports.add(new YearlyReport(a.result().file(), r.office(), r.year(), r.template()));
            for (Cell c : a.facts().cells()) {
                cells.add(new YearlyCell(a.result().file(), r, c));
            }
        }
        List<ReportResult> out = new ArrayList<>();
        if (reports.isEmpty()) {
            audited.forEach(a -> out.add(a.result()));
            return out;
        }
        Map<String, List<Finding>> extra = new BatchRunner(setup.rules(), setup.settings()).run(reports, cells);
        for (Auditor.Audited a : audited) {
            List<Finding> more = extra.get(a.result().file());
            out.add(more == null ? a.result() : a.result().withFindings(more));
        }
        return out;
    }
}
