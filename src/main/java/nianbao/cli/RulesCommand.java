package nianbao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nianbao.analysis.RuleExamples;
import nianbao.analysis.RuleSetup;
import nianbao.render.RuleListText;
import nianbao.render.XlsxRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code ./check rules list|check|test}: what the rules are, whether the folder is right, whether the examples pass. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "查看、检查和测试规则目录（规则文件、模板和 settings.xlsx）。",
        subcommands = {RulesCommand.ListRules.class, RulesCommand.CheckRules.class, RulesCommand.TestRules.class})
public final class RulesCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Override
    public Integer call() {
        System.err.println("请指定：./check rules list | check | test");
        return ExitCode.USAGE.code;
    }

    abstract static class Sub implements Callable<Integer> {
        @ParentCommand
        RulesCommand parent;

        @Option(names = "--rules", paramLabel = "DIR", description = "规则目录（默认 rules/）")
        Path rules;

        @Option(names = "--log", paramLabel = "FILE", description = "把 Drools 编译器的原文和程序库的警告写入此文件")
        Path log;

        Path rulesDir() {
            return rules != null ? rules : parent.main.rules;
        }

        @Override
        public final Integer call() throws Exception {
            Path logFile = log != null ? log : parent.main.log;
            if (!Logging.open(logFile, parent.main.out)) {
                System.err.println("日志文件 " + logFile + " 无法写入，请换一个位置。");
                return ExitCode.USAGE.code;
            }
            RuleSetup setup = Main.loadRules(rulesDir(), false, new PrintWriter(System.err, true));
            return setup == null ? ExitCode.USAGE.code : run(setup);
        }

        /** The subcommand's work on a folder that compiled and passed every check. */
        abstract Integer run(RuleSetup setup) throws Exception;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "列出所有规则：编号、类别、严重程度、文件和说明。")
    static final class ListRules extends Sub {
        @Option(names = "--format", paramLabel = "text|xlsx", description = "输出格式（默认 text）")
        String format = "text";

        @Option(names = "--out", paramLabel = "FILE", description = "xlsx 文件（默认 out/rules.xlsx）")
        Path out = Path.of("out", "rules.xlsx");

        @Override
        Integer run(RuleSetup setup) throws Exception {
            if (format.equals("xlsx")) {
                try {
                    new XlsxRenderer().writeRules(setup.ruleInfos(), out);
                } catch (java.io.IOException | RuntimeException e) {
                    if (!WriteFailure.fromTheDisk(e)) {
                        throw e;
                    }
                    System.err.println(WriteFailure.explain(e, out));
                    return ExitCode.NOT_WRITTEN.code;
                }
                System.out.println("规则清单已写入 " + Terminal.plain(out.toString()));
                return ExitCode.CLEAN.code;
            }
            RuleListText.write(setup.ruleInfos(), new PrintWriter(System.out, true));
            return ExitCode.CLEAN.code;
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "编译规则目录，列出所有错误（文件、行号和原因）；有错时退出码为 2。")
    static final class CheckRules extends Sub {
        @Override
        Integer run(RuleSetup setup) throws Exception {
            List<String> warnings = setup.warnings();
            if (warnings.isEmpty()) {
                System.out.printf("规则目录 %s 没有错误：%d 条规则。%n", rulesDir(), setup.ruleInfos().size());
                return ExitCode.CLEAN.code;
            }
            System.out.printf("规则目录 %s 没有错误（%d 条规则），但有 %d 处警告：这些条件能编译，却可能永远不会成立，请修改：%n",
                    rulesDir(), setup.ruleInfos().size(), warnings.size());
            for (String w : warnings) {
                System.out.println("  " + Terminal.plain(w));
            }
            return ExitCode.CLEAN.code;
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true,
            description = "运行规则目录下 examples/ 中的示例报告，逐个比对应报告的问题，列出通过与未通过。")
    static final class TestRules extends Sub {
        @Override
        Integer run(RuleSetup setup) throws Exception {
            Path dir = rulesDir().resolve("examples");
            List<RuleExamples.Outcome> outcomes = RuleExamples.run(setup, dir);
            PrintWriter o = new PrintWriter(System.out, true);
            long failed = 0;
            for (RuleExamples.Outcome r : outcomes) {
                o.println((r.passed() ? "通过    " : "未通过  ") + r.name());
                r.problems().forEach(p -> o.println("          " + p));
                failed += r.passed() ? 0 : 1;
            }
            o.printf("共 %d 个示例，通过 %d，未通过 %d。%n", outcomes.size(), outcomes.size() - failed, failed);
            if (outcomes.isEmpty()) {
                o.println("examples/ 中没有示例：每个示例是一份报告文件加一个同名的 .expected 文件。");
            }
            // Every rule needs an example that reports it and one that does not, or a line in 未覆盖的规则.txt.
            List<String> ids = setup.ruleIds();
            java.util.Map<String, Integer> listed = RuleExamples.uncoveredList(dir);
            java.util.Set<String> passed = outcomes.stream().filter(RuleExamples.Outcome::passed).map(RuleExamples.Outcome::name)
                    .collect(java.util.stream.Collectors.toSet());
            List<RuleExamples.Coverage> coverage = RuleExamples.coverage(dir, ids, passed);
            List<RuleExamples.Coverage> lacking = coverage.stream().filter(c -> !c.complete() && !listed.containsKey(c.id())).toList();
            List<RuleExamples.Coverage> waiting = coverage.stream().filter(c -> !c.complete() && listed.containsKey(c.id())).toList();
            List<String> needless = coverage.stream().filter(c -> c.complete() && listed.containsKey(c.id()))
                    .map(RuleExamples.Coverage::id).toList();
            List<String> unknown = listed.keySet().stream().filter(id -> !ids.contains(id)).toList();
            long complete = coverage.stream().filter(RuleExamples.Coverage::complete).count();
            o.printf("规则 %d 条：%d 条既有报告它的示例，也有不报告它的示例。%n", ids.size(), complete);
            if (!waiting.isEmpty()) {
                o.printf("尚无示例（列在 examples/%s 中）%d 条：%n", RuleExamples.UNCOVERED_FILE, waiting.size());
                waiting.forEach(c -> o.println("  尚无示例  " + c.id() + "：" + c.missing()));
            }
            for (String id : needless) {
                o.println("  " + id + " 已有示例，请从 examples/" + RuleExamples.UNCOVERED_FILE + " 中删去这一行。");
            }
            for (String id : unknown) {
                o.println("未通过  examples/" + RuleExamples.UNCOVERED_FILE + " 第" + listed.get(id) + "行：规则编号“" + id
                        + "”在规则文件中不存在。");
            }
            if (!lacking.isEmpty()) {
                o.printf("未通过  %d 条规则缺少示例（每条规则都要有一个报告它的示例和一个不报告它的示例%s）：%n", lacking.size(),
                        failed > 0 ? "；未通过的示例不算数，请先改好上面未通过的示例" : "");
                lacking.forEach(c -> o.println("          " + c.id() + "：" + c.missing()));
                o.println("          请在 examples/ 中补上示例；暂时补不上的，把规则编号写进 examples/" + RuleExamples.UNCOVERED_FILE
                        + "（每行一个），它们会列为“尚无示例”。");
            }
            boolean bad = failed > 0 || !lacking.isEmpty() || !unknown.isEmpty();
            return bad ? ExitCode.FINDINGS.code : ExitCode.CLEAN.code;
        }
    }
}
