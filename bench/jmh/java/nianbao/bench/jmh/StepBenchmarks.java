package nianbao.bench.jmh;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nianbao.analysis.Batch;
import nianbao.analysis.Inputs;
import nianbao.analysis.RuleSetup;
import nianbao.bench.BatchGenerator;
import nianbao.document.Document;
import nianbao.engine.RuleRunner;
import nianbao.extract.ReportExtractor;
import nianbao.facts.ReportFacts;
import nianbao.findings.BatchResult;
import nianbao.findings.Finding;
import nianbao.read.Readers;
import nianbao.render.JsonRenderer;
import nianbao.render.XlsxRenderer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The pipeline's steps one at a time, on one generated report per format (read, extract, rules) and on a
 * generated batch's results (render). Run from the project folder: {@code bench/run --jmh}, or
 * {@code mvn -Pbench test-compile} and {@code org.openjdk.jmh.Main 'nianbao.bench.jmh.*'} on the test class path.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseSerialGC", "-Dorg.slf4j.simpleLogger.defaultLogLevel=off"})
public class StepBenchmarks {
    /** One report of each format, read once, with its facts. */
    @State(Scope.Benchmark)
    public static class OneReport {
        @Param({"txt", "docx", "pdf"})
        public String format;
        Path dir;
        Path file;
        RuleSetup setup;
        ReportExtractor extractor;
        RuleRunner runner;
        Document doc;
        ReportFacts facts;

        @Setup(Level.Trial)
        public void setUp() throws Exception {
            setup = RuleSetup.load(Path.of("rules"), null);
            dir = Files.createTempDirectory("nianbao-jmh");
            List<BatchGenerator.Entry> entries = new BatchGenerator(new BatchGenerator.Options(2, 1, 0,
                    BatchGenerator.formats(format), false, Path.of("rules"), Path.of("..", "shared", "seeds"),
                    dir.resolve("batch"), dir.resolve("manifest.csv"))).write();
            file = entries.get(1).file();
            extractor = new ReportExtractor(setup.templates(), setup.statements(), setup.accepted());
            runner = new RuleRunner(setup.rules(), setup.settings());
            doc = Readers.choose(file, setup.templates().readingWords()).reader().read(file);
            facts = extractor.extract(file.getFileName().toString(), doc);
        }

        @TearDown(Level.Trial)
        public void tearDown() throws IOException {
            delete(dir);
        }
    }

    /** The results of a generated batch of 200 text reports (a fifth with a defect), for the renderers. */
    @State(Scope.Benchmark)
    public static class Results {
        Path dir;
        BatchResult result;

        @Setup(Level.Trial)
        public void setUp() throws Exception {
            RuleSetup setup = RuleSetup.load(Path.of("rules"), null);
            dir = Files.createTempDirectory("nianbao-jmh");
            Path batch = dir.resolve("batch");
            new BatchGenerator(new BatchGenerator.Options(200, 1, 0.2, BatchGenerator.formats("txt"), false,
                    Path.of("rules"), Path.of("..", "shared", "seeds"), batch, dir.resolve("manifest.csv"))).write();
            result = Batch.check(setup, Inputs.collect(List.of(batch), null), Batch.Progress.NONE, null).result();
        }

        @TearDown(Level.Trial)
        public void tearDown() throws IOException {
            delete(dir);
        }
    }

    @Benchmark
    public Document read(OneReport s) throws Exception {
        return Readers.choose(s.file, s.setup.templates().readingWords()).reader().read(s.file);
    }

    @Benchmark
    public ReportFacts extract(OneReport s) {
        return s.extractor.extract(s.file.getFileName().toString(), s.doc);
    }

    @Benchmark
    public List<Finding> rules(OneReport s) {
        return s.runner.run(s.facts);
    }

    @Benchmark
    public long renderJson200(Results r) throws IOException {
        Counting out = new Counting();
        new JsonRenderer().write(r.result, out);
        return out.bytes;
    }

    @Benchmark
    public long renderXlsx200(Results r) throws IOException {
        Counting out = new Counting();
        new XlsxRenderer().write(r.result, out);
        return out.bytes;
    }

    /** Counts what it is given and keeps none of it. */
    static final class Counting extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }

    static void delete(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
