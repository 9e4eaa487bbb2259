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

        Path rulesDir() {
            return rules != null ? rules : parent.main.rules;
        }

        @Override
        public final Integer call() throws Exception {
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
            System.out.printf("规则目录 %s 没有错误：%d 条规则。%n", rulesDir(), setup.ruleInfos().size());
            return ExitCode.CLEAN.code;
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true,
            description = "运行规则目录下 examples/ 中的示例报告，逐个比对应报告的问题，列出通过与未通过。")
    static final class TestRules extends Sub {
        @Override
        Integer run(RuleSetup setup) throws Exception {
            List<RuleExamples.Outcome> outcomes = RuleExamples.run(setup, rulesDir().resolve("examples"));
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
            return failed > 0 ? ExitCode.FINDINGS.code : ExitCode.CLEAN.code;
        }
    }
}
