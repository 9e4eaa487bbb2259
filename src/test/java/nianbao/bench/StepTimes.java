package nianbao.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import nianbao.analysis.RuleSetup;
import nianbao.document.Document;
import nianbao.engine.RuleRunner;
import nianbao.extract.ReportExtractor;
import nianbao.facts.ReportFacts;
import nianbao.read.Readers;

/**
 * CPU time per report of each step (read, extract, rules), in steady state: every file of a folder is taken
 * through the steps on one thread, {@code --rounds} times (the last rounds are the steady state). The
 * process's CPU time, not wall time, so that other work on a shared machine counts as little as it can
 * (cache and frequency effects remain); in steady state the JIT and GC threads add little. Not a test; for bench/results:
 *
 * <pre>
 * java -cp target/nianbao-check.jar:target/test-classes nianbao.bench.StepTimes --dir /tmp/batch [--rounds 3] [--limit N]
 * </pre>
 */
public final class StepTimes {
    private StepTimes() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = null;
        Path rules = Path.of("rules");
        int rounds = 3;
        int limit = Integer.MAX_VALUE;
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "--dir" -> dir = Path.of(args[i + 1]);
                case "--rules" -> rules = Path.of(args[i + 1]);
                case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
                case "--limit" -> limit = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".csv")).sorted().limit(limit).toList();
        }
        RuleSetup setup = RuleSetup.load(rules, true);
        ReportExtractor extractor = new ReportExtractor(setup.templates(), setup.statements(), setup.accepted());
        RuleRunner runner = new RuleRunner(setup.rules(), setup.settings());
        var words = setup.templates().readingWords();
        var cpu = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int r = 1; r <= rounds; r++) {
            long read = 0;
            long extract = 0;
            long rulesNs = 0;
            long findings = 0;
            for (Path f : files) {
                long t0 = cpu.getProcessCpuTime();
                Document doc = Readers.choose(f, words).reader().read(f);
                long t1 = cpu.getProcessCpuTime();
                ReportFacts facts = extractor.extract(f.getFileName().toString(), doc);
                long t2 = cpu.getProcessCpuTime();
                findings += runner.run(facts).size();
                long t3 = cpu.getProcessCpuTime();
                read += t1 - t0;
                extract += t2 - t1;
                rulesNs += t3 - t2;
            }
            int n = files.size();
            System.out.printf(Locale.ROOT, "round %d: %d files, per file CPU ms: read %.2f extract %.2f rules %.2f; findings %d%n",
                    r, n, read / 1e6 / n, extract / 1e6 / n, rulesNs / 1e6 / n, findings);
        }
        System.out.printf(Locale.ROOT, "process CPU %.1f s%n", cpu.getProcessCpuTime() / 1e9);
    }
}
