package nianbao.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nianbao.document.Document;
import nianbao.engine.RuleRunner;
import nianbao.extract.ReportExtractor;
import nianbao.facts.ReportFacts;
import nianbao.findings.Finding;
import nianbao.findings.ReportResult;
import nianbao.read.ReadBudget;
import nianbao.read.Readers;
import nianbao.reading.Readings;
import nianbao.read.UnreadableException;

/** Audits one file: read, extract facts, run the rules. A file that cannot be read becomes a result saying why. */
public final class Auditor {
    private final ReportExtractor extractor;
    private final RuleRunner runner;
    private final Readings readings;
    private final nianbao.document.ReadingWords words;
    private final ReadBudget budget;

    /** An auditor with the default per-file budget (changeable by system properties, see {@link ReadBudget}). */
    public Auditor(RuleSetup setup) {
        this.words = setup.templates().readingWords();
        this.extractor = new ReportExtractor(setup.templates(), setup.statements(), setup.accepted());
        this.runner = new RuleRunner(setup.rules(), setup.settings());
        this.readings = new Readings(setup.templates());
        this.budget = ReadBudget.fromSystemProperties();
    }

    private Auditor(Auditor other, ReadBudget budget) {
        this.words = other.words;
        this.extractor = other.extractor;
        this.runner = other.runner;
        this.readings = other.readings;
        this.budget = budget;
    }

    /** The same auditor with another per-file budget (tests use small ones). */
    public Auditor withBudget(ReadBudget other) {
        return new Auditor(this, other);
    }

    /** Compiles and checks the rules folder (no cache), for tests and tools. */
    public static Auditor forRules(Path rulesDir) throws Exception {
        return RuleSetup.load(rulesDir, null).auditor();
    }

    /** The result of one file and, when it was checked, the facts it was checked on. */
    public record Audited(ReportResult result, ReportFacts facts) {
    }

    public ReportResult audit(Path file, String shownName) {
        return auditWithFacts(file, shownName).result();
    }

    public Audited auditWithFacts(Path file, String shownName) {
        Readers.Choice choice;
        try {
            long size = Files.size(file);
            if (size > budget.maxBytes()) {
                return new Audited(ReportResult.unreadable(shownName, null, tooLarge(size)), null);
            }
            choice = Readers.choose(file, words);
        } catch (IOException e) {
            return new Audited(ReportResult.unreadable(shownName, null, "文件无法打开，请检查文件是否存在、是否有读取权限。"), null);
        }
        if (choice.reader() == null) {
            return new Audited(ReportResult.skipped(shownName, choice.skipReason()), null);
        }
        String readerName = choice.reader().name();
        Outcome outcome = new FileWorker(budget, shownName).run(() -> {
            Document doc = choice.reader().read(file);
            try {
                return new Read(doc, extractor.extract(shownName, doc));
            } catch (RuntimeException e) {
                throw new FileWorker.NotAnalysed(e); // read fine: the file is not to blame, say so
            }
        });
        if (outcome.failure() != null) {
            return new Audited(ReportResult.unreadable(shownName, readerName, outcome.failure()), null);
        }
        return checked(shownName, outcome.read().doc(), outcome.read().facts());
    }

    /**
     * One document already read (the rules' test data builds small reports in memory): its facts extracted
     * and checked as a file's would be.
     */
    public Audited auditDocument(String shownName, Document doc) {
        return checked(shownName, doc, extractor.extract(shownName, doc));
    }

    /** One file for ./check show: its result and whether it was checked. */
    public ReportRun show(Path file, String shownName) {
        return new ReportRun(audit(file, shownName));
    }

    private Audited checked(String shownName, Document doc, ReportFacts facts) {
        if (!looksLikeReport(facts)) {
            return new Audited(ReportResult.skipped(shownName,
                    "文件中没有找到年度报告的标题、六个部分或统计表，不像是政府信息公开工作年度报告，已跳过。"), null);
        }
        if (isBlankTemplate(facts)) {
            return new Audited(ReportResult.skipped(shownName,
                    "这是空白的年度报告模板（没有报告标题，统计表中没有填任何数字），不是某个机关的报告，已跳过。"), null);
        }
        List<Finding> findings = runner.run(facts);
        return new Audited(new ReportResult(shownName, facts.report().office(), facts.report().year(),
                facts.report().template(), "checked", null, doc.reader(), findings).withReading(readings.of(facts, doc)), facts);
    }

    /** What reading and extracting one file gave: the document and its facts. */
    record Read(Document doc, ReportFacts facts) {
    }

    /** Either what was read or, when {@code read} is null, the plain reason it could not be. */
    record Outcome(Read read, String failure) {
    }

    private String tooLarge(long size) {
        return String.format(java.util.Locale.ROOT, "文件过大（%.1f MB，超过 %d MB 的上限），无法读取，请确认这是年度报告本身。",
                size / 1048576.0, Math.max(1, budget.maxBytes() / 1048576));
    }

    /**
     * A batch folder also holds notes, data files and READMEs. A file with no report title, none of the
     * six sections and none of the three tables is not a report: it is skipped, not given 9 findings.
     */
    static boolean looksLikeReport(ReportFacts facts) {
        boolean anyTable = facts.tables().stream().anyMatch(t -> t.present());
        return facts.report().year() != null || !facts.sections().isEmpty() || anyTable;
    }

    /**
     * The blank form itself, sent along with the reports (政务公开年报模版.docx): no title, so neither office
     * nor year, and tables laid out but with no number and no text in any cell. It is no office's report;
     * checking it would list an office with no name and a finding for every empty table.
     */
    static boolean isBlankTemplate(ReportFacts facts) {
        boolean noTitle = facts.report().year() == null
                && (facts.report().office() == null || facts.report().office().isBlank());
        boolean anyTable = facts.tables().stream().anyMatch(t -> t.present());
        boolean nothingFilled = facts.cells().stream().noneMatch(c -> c.value() != null || c.nonNumeric());
        return noTitle && anyTable && nothingFilled;
    }

    /** The facts of one file, for tests and diagnostics. */
    public ReportFacts facts(Path file) throws IOException, UnreadableException {
        Readers.Choice choice = Readers.choose(file, words);
        if (choice.reader() == null) {
            throw new UnreadableException(choice.skipReason());
        }
        return extractor.extract(file.toString(), choice.reader().read(file));
    }
}
