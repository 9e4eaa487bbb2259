package nianbao.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import nianbao.analysis.Batch;
import nianbao.analysis.BatchRun;
import nianbao.analysis.Inputs;
import nianbao.analysis.ForwardingSettings;
import nianbao.analysis.ReviewWorkbook;
import nianbao.analysis.RuleSetup;
import nianbao.render.Formats;
import nianbao.render.OutputFiles;
import nianbao.render.OutputFolders;
import nianbao.render.Renderer;
import nianbao.render.XlsxRenderer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ./check [--rules DIR] [--out DIR] [--json FILE] [--xlsx FILE] [PATH ...]}, and {@code ./check rules …}. */
@Command(name = "check", mixinStandardHelpOptions = true, version = "nianbao-check 0.1.0",
        subcommands = {RulesCommand.class, ShowCommand.class},
        description = {"检查政府信息公开工作年度报告是否符合统一格式，结果写入 Excel 和 JSON。",
            "退出码：0 没有问题；4 发现问题；5 有文件无法读取；2 用法错误或规则有误；3 结果无法写入；1 意外错误。"})
public final class Main implements Callable<Integer> {

    @Option(names = "--rules", paramLabel = "DIR", description = "规则目录（默认 rules/）")
    Path rules = fromHome("rules");

    @Option(names = "--out", paramLabel = "DIR", description = "输出目录（默认 out/）")
    Path out = Path.of("out");

    @Option(names = "--json", paramLabel = "FILE", description = "JSON 结果文件（默认 <out>/findings.json）")
    Path json;

    @Option(names = "--xlsx", paramLabel = "FILE", description = "Excel 结果文件（默认 <out>/findings.xlsx）")
    Path xlsx;

    @Option(names = "--no-cache", description = "不使用已编译规则的缓存，每次重新编译")
    boolean noCache;

    @Option(names = "--split", description = "另为每份报告写一个工作簿（<out>/offices/机关-年度.xlsx），可直接发给下级单位")
    boolean split;

    @Option(names = "--review", paramLabel = "FILE",
            description = {"上次的结果表（已填“复核”列）：把复核意见带到本次相同的问题上，并列出已解决的问题；",
                "可给多次，或给一个文件夹（其中所有 .xlsx）；标为“误报”的问题不计入问题数，也不发给下级单位"})
    List<Path> reviews = new ArrayList<>();

    @Option(names = "--previous", paramLabel = "FOLDER",
            description = {"上年的报告（文件或文件夹，可给多次）：只用作本批同一机关上一年度的报告，供跨年度核对和照抄上年检查，",
                "其本身不检查、不列入结果"})
    List<Path> lastYears = new ArrayList<>();

    @Option(names = "--rule-firings", paramLabel = "N",
            description = "每份报告的规则最多触发多少次，超过即停止该规则并报告“规则出错”（默认 100000）")
    int ruleFirings = RuleSetup.DEFAULT_RULE_FIRINGS;

    @Option(names = "--rule-seconds", paramLabel = "SECONDS",
            description = "每份报告的规则最多运行多少秒，超过即停止该规则并报告“规则出错”（默认 10）")
    double ruleSeconds = RuleSetup.DEFAULT_RULE_SECONDS;

    @Option(names = "--log", paramLabel = "FILE",
            description = "把程序库的警告和出错详情写入此文件（默认 <out>/nianbao-check.log，终端上只显示结果）")
    Path log;

    @Parameters(paramLabel = "PATH", description = "报告文件或文件夹（默认 reports-in/）")
    List<Path> paths = new ArrayList<>();

    /**
     * A default folder: in the current folder when it is there, else beside the program (./check sets
     * NIANBAO_HOME), so ./check works from any folder a supervisor happens to be in.
     */
    static Path fromHome(String name) {
        Path here = Path.of(name);
        String home = System.getenv("NIANBAO_HOME");
        if (Files.exists(here) || home == null || home.isBlank()) {
            return here;
        }
        return Path.of(home).resolve(name);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        CommandLine cmd = ChineseCommandLine.apply(new CommandLine(new Main()));
        cmd.setExecutionExceptionHandler((ex, line, parse) -> {
            // One plain sentence for the supervisor; the exception itself only in the log, when asked for.
            line.getErr().println(Logging.plainSentence(ex));
            Logging.unexpected(ex);
            return ExitCode.FAILURE.code;
        });
        try {
            return cmd.execute(args);
        } finally {
            Logging.close();
        }
    }

    /** Loads the rules folder, printing every problem; null when it cannot be used. */
    static RuleSetup loadRules(Path rules, boolean useCache, PrintWriter err) {
        try {
            return RuleSetup.load(rules, useCache);
        } catch (RuleSetup.Unusable e) {
            err.println("规则目录 " + rules + " 有 " + e.problems().size() + " 处错误，未检查任何报告：");
            for (String r : e.problems()) {
                err.println("  " + r);
            }
            if (e.detailsLogged()) err.println("  " + Logging.details());
            return null;
        } catch (java.io.IOException e) {
            Logging.detail("rules folder " + rules, e);
            err.println("规则目录 " + Terminal.plain(rules.toString()) + " 无法使用："
                    + (Logging.isPlain(e) ? e.getMessage() : "无法读取其中的文件") + "；" + Logging.where() + "。");
            return null;
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = new PrintWriter(System.err, true);
        if (log != null && !Logging.toFile(log)) {
            err.println("日志文件 " + log + " 无法写入，请换一个位置。");
            return ExitCode.USAGE.code;
        }
        if (ruleFirings < 1 || !(ruleSeconds > 0) || ruleSeconds > 86_400) {
            err.println("--rule-firings 应为正整数，--rule-seconds 应为大于 0 的秒数。");
            return ExitCode.USAGE.code;
        }
        List<Path> inputs = paths.isEmpty() ? List.of(fromHome("reports-in")) : paths;
        for (Path p : inputs) {
            if (!Files.exists(p)) {
                err.println("找不到输入：" + Terminal.plain(p.toString()));
                return ExitCode.USAGE.code;
            }
        }
        for (Path p : lastYears) {
            if (!Files.exists(p)) {
                err.println("找不到上年报告所在的位置（--previous）：" + Terminal.plain(p.toString()));
                return ExitCode.USAGE.code;
            }
        }
        // The review workbooks before anything is written: a bad one stops the run with nothing changed.
        ReviewWorkbook previous = null;
        nianbao.analysis.EarlierPrints earlier = nianbao.analysis.EarlierPrints.NONE;
        if (!reviews.isEmpty()) {
            try {
                previous = ReviewWorkbook.read(reviews);
                earlier = nianbao.analysis.EarlierPrints.read(previous.workbooks());
            } catch (ReviewWorkbook.Unusable e) {
                err.println(Terminal.plain(e.getMessage()));
                return ExitCode.USAGE.code;
            } catch (java.io.IOException | RuntimeException e) {
                Logging.unexpected(e);
                err.println(Terminal.plain("复核表 " + String.join("、", reviews.stream().map(Path::toString).toList())
                        + " 无法读取，请确认是本程序生成、已填“复核”列的结果表（.xlsx）。"));
                return ExitCode.USAGE.code;
            }
        }
        // Every format of render's list, to the file its option names or to <out>/<its default file>.
        Map<String, Path> named = new HashMap<>();
        if (json != null) {
            named.put("json", json);
        }
        if (xlsx != null) {
            named.put("xlsx", xlsx);
        }
        List<Path> targets = new ArrayList<>();
        for (Formats.Format f : Formats.ALL) {
            targets.add(named.getOrDefault(f.name(), out.resolve(f.defaultFile())));
        }
        Path offices = out.resolve("offices");
        List<Path> outputDirs = new ArrayList<>(targets.stream().map(Main::parentOf).toList());
        if (split) {
            outputDirs.add(offices);
        }
        try {
            // Before the audit, which may take minutes: a folder that cannot take the results is said at once.
            OutputFolders.prepare(outputDirs, targets);
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            err.println(WriteFailure.explain(e, out));
            return ExitCode.NOT_WRITTEN.code;
        }
        if (log == null) {
            Logging.open(null, out); // out/nianbao-check.log, now that out/ is there; before anything logs
        }
        RuleSetup setup = loadRules(rules, !noCache, err);
        if (setup == null) {
            return ExitCode.USAGE.code;
        }
        setup = setup.withBudget(ruleFirings, java.time.Duration.ofMillis(Math.round(ruleSeconds * 1000)));
        List<Inputs.Input> files = Inputs.collect(inputs, out);
        List<Inputs.Input> before = lastYears.isEmpty() ? List.of() : Inputs.collect(lastYears, out);
        BatchRun batch = Batch.check(setup, files, Progress.forTerminal(files.size()), previous, split, earlier, before,
                told -> err.println(Terminal.plain(told)));
        List<Path> written;
        try (OutputFiles outputs = new OutputFiles()) {
            // All results written to temporary files first, then moved into place together.
            for (int i = 0; i < Formats.ALL.size(); i++) {
                Renderer renderer = Formats.ALL.get(i).renderer().get();
                outputs.add(targets.get(i), o -> renderer.write(batch.result(), o));
            }
            written = split ? new XlsxRenderer().writeOffices(batch.result(), ForwardingSettings.read(setup.dir()), offices,
                    outputs) : List.of();
            outputs.commit();
        } catch (java.io.IOException | RuntimeException e) {
            if (!WriteFailure.fromTheDisk(e)) {
                throw e;
            }
            err.println(WriteFailure.explain(e, out));
            return ExitCode.NOT_WRITTEN.code;
        }
        printSummary(batch, targets);
        if (Logging.hasDetails() && (batch.anyUnreadable() || batch.lines().stream().anyMatch(l -> !l.ruleFailures().isEmpty()))) {
            System.out.println("程序的出错详情已记入日志 " + Terminal.plain(String.valueOf(Logging.file())) + "，可交给维护人员。");
        }
        if (split) {
            System.out.printf("已为 %d 份报告分别生成工作簿：%s%n", written.size(), Terminal.plain(offices.toString()));
        }
        if (batch.anyUnreadable()) {
            return ExitCode.UNREADABLE.code;
        }
        return batch.anyFindings() ? ExitCode.FINDINGS.code : ExitCode.CLEAN.code;
    }

    private static Path parentOf(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent != null ? parent : file.toAbsolutePath();
    }

    /** One line per file, the rules switched off, the totals and where the results are (the workbook first). */
    static void printSummary(BatchRun batch, List<Path> results) {
        PrintWriter o = new PrintWriter(System.out, true);
        long errors = 0;
        long warnings = 0;
        long infos = 0;
        List<BatchRun.Line> lines = batch.lines();
        for (BatchRun.Line r : lines) {
            errors += r.errors();
            warnings += r.warnings();
            infos += r.infos();
            String what = switch (r.status()) {
                case "checked" -> String.format("错误 %d，警告 %d，提示 %d", r.errors(), r.warnings(), r.infos());
                case "skipped" -> "已跳过：" + r.error();
                default -> "无法读取：" + r.error();
            };
            if (r.dismissed() > 0) {
                what += String.format("（另有误报 %d 个，已排除）", r.dismissed());
            }
            o.printf("%s  %s%n", Terminal.plain(r.file()), Terminal.plain(what));
            // A rule that failed on this report: the supervisor must know the check is incomplete.
            r.ruleFailures().forEach(m -> o.printf("    规则出错：%s%n", Terminal.plain(m)));
        }
        if (!batch.rulesOff().isEmpty()) {
            o.printf("以下规则已在 settings.xlsx 中关闭，未作检查：%s%n", String.join("、", batch.rulesOff()));
        }
        if (batch.reviewed()) {
            o.printf("复核：从 %d 个复核表带入复核意见 %d 条；其中误报 %d 个已排除，不计入问题数，也不发给下级单位；"
                    + "已解决 %d 个（上次有、本次不再报告，见“已解决”）。%n", batch.reviewFiles(), batch.carriedOver(),
                    batch.dismissed(), batch.resolved());
            if (batch.reviewedOutsideBatch() > 0) {
                o.printf("复核表中另有 %d 个问题所属的报告不在本批中，未作比较，也未列为已解决。%n", batch.reviewedOutsideBatch());
            }
            if (batch.reviewConflicts() > 0) {
                o.printf("复核表之间意见不一致的问题 %d 个，已按最后修改的复核表为准。%n", batch.reviewConflicts());
            }
        }
        // The formats named in reverse of their order in Formats: the workbook the supervisor opens, then the JSON.
        List<String> shown = new ArrayList<>();
        results.forEach(p -> shown.add(0, Terminal.plain(p.toString())));
        o.printf("共 %d 个文件；错误 %d，警告 %d，提示 %d。结果：%s%n", lines.size(), errors, warnings, infos,
                String.join("，", shown));
    }
}
