package nianbao.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nianbao.engine.RuleError;
import nianbao.engine.RulesException;
import nianbao.findings.BatchResult;
import nianbao.findings.ReportResult;
import nianbao.render.JsonRenderer;
import nianbao.render.XlsxRenderer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ./check [--rules DIR] [--out DIR] [--json FILE] [--xlsx FILE] [PATH ...]} */
@Command(name = "check", mixinStandardHelpOptions = true, version = "nianbao-check 0.1.0",
        description = "检查政府信息公开工作年度报告是否符合统一格式，结果写入 Excel 和 JSON。")
public final class Main implements Callable<Integer> {

    @Option(names = "--rules", paramLabel = "DIR", description = "规则目录（默认 rules/）")
    Path rules = Path.of("rules");

    @Option(names = "--out", paramLabel = "DIR", description = "输出目录（默认 out/）")
    Path out = Path.of("out");

    @Option(names = "--json", paramLabel = "FILE", description = "JSON 结果文件（默认 <out>/findings.json）")
    Path json;

    @Option(names = "--xlsx", paramLabel = "FILE", description = "Excel 结果文件（默认 <out>/findings.xlsx）")
    Path xlsx;

    @Parameters(paramLabel = "PATH", description = "报告文件或文件夹（默认 reports-in/）")
    List<Path> paths = new ArrayList<>();

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        CommandLine cmd = new CommandLine(new Main());
        cmd.setExecutionExceptionHandler((ex, line, parse) -> {
            line.getErr().println("意外错误：" + ex);
            ex.printStackTrace(line.getErr());
            return ExitCode.FAILURE.code;
        });
        return cmd.execute(args);
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = new PrintWriter(System.err, true);
        List<Path> inputs = paths.isEmpty() ? List.of(Path.of("reports-in")) : paths;
        for (Path p : inputs) {
            if (!Files.exists(p)) {
                err.println("找不到输入：" + p);
                return ExitCode.USAGE.code;
            }
        }
        Auditor auditor;
        String fingerprint;
        try {
            nianbao.engine.RuleBase base = nianbao.engine.RuleBase.compile(rules);
            auditor = new Auditor(base, nianbao.template.Templates.load(rules),
                    nianbao.extract.StatementFinder.load(rules));
            fingerprint = base.fingerprint();
        } catch (RulesException e) {
            err.println("规则目录 " + rules + " 有错误，未检查任何报告：");
            for (RuleError r : e.errors()) {
                err.println("  " + r);
            }
            return ExitCode.USAGE.code;
        } catch (java.io.IOException e) {
            err.println("规则目录 " + rules + " 无法使用：" + e.getMessage());
            return ExitCode.USAGE.code;
        }
        List<ReportResult> results = new ArrayList<>();
        for (Inputs.Input in : Inputs.collect(inputs)) {
            results.add(auditor.audit(in.path(), in.shownName()));
        }
        BatchResult batch = new BatchResult(1, fingerprint, results);
        Path jsonFile = json != null ? json : out.resolve("findings.json");
        Path xlsxFile = xlsx != null ? xlsx : out.resolve("findings.xlsx");
        new JsonRenderer().writeTo(batch, jsonFile);
        new XlsxRenderer().writeTo(batch, xlsxFile);
        printSummary(batch, jsonFile, xlsxFile);
        if (batch.anyUnreadable()) {
            return ExitCode.UNREADABLE.code;
        }
        return batch.anyFindings() ? ExitCode.FINDINGS.code : ExitCode.CLEAN.code;
    }

    private static void printSummary(BatchResult batch, Path json, Path xlsx) {
        PrintWriter o = new PrintWriter(System.out, true);
        long errors = 0;
        long warnings = 0;
        long infos = 0;
        for (ReportResult r : batch.reports()) {
            errors += r.count("error");
            warnings += r.count("warning");
            infos += r.count("info");
            String what = switch (r.status()) {
                case "checked" -> String.format("错误 %d，警告 %d，提示 %d", r.count("error"), r.count("warning"), r.count("info"));
                case "skipped" -> "已跳过：" + r.error();
                default -> "无法读取：" + r.error();
            };
            o.printf("%s  %s%n", r.file(), what);
        }
        o.printf("共 %d 个文件；错误 %d，警告 %d，提示 %d。结果：%s，%s%n", batch.reports().size(), errors, warnings, infos,
                xlsx, json);
    }
}
