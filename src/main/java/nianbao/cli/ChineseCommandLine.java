package nianbao.cli;

import java.util.ListResourceBundle;
import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The command line speaks Chinese: picocli's own words (the "Usage:" and "Options:" headings, the help and
 * version options, "Unknown option …") are replaced, because a supervisor must never meet English or a
 * library's message. Applied to every command and subcommand.
 */
final class ChineseCommandLine {
    private ChineseCommandLine() {
    }

    /** The picocli keys for the descriptions of -h/--help and -V/--version (mixinStandardHelpOptions). */
    private static final class Words extends ListResourceBundle {
        @Override
        protected Object[][] getContents() {
            return new Object[][] {
                {"mixinStandardHelpOptions.help", "显示本帮助后退出"},
                {"mixinStandardHelpOptions.version", "显示程序版本后退出"},
            };
        }
    }

    static CommandLine apply(CommandLine root) {
        root.setResourceBundle(new Words());
        headings(root);
        root.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println(sentence(ex));
            ex.getCommandLine().getErr().println("用法：" + ex.getCommandLine().getHelp().synopsis(0).strip());
            ex.getCommandLine().getErr().println("完整说明：./check --help（子命令如 ./check rules --help）");
            return ExitCode.USAGE.code;
        });
        return root;
    }

    private static void headings(CommandLine cmd) {
        UsageMessageSpec usage = cmd.getCommandSpec().usageMessage();
        usage.synopsisHeading("用法：")
                .descriptionHeading("%n")
                .parameterListHeading("%n参数：%n")
                .optionListHeading("%n选项：%n")
                .commandListHeading("%n子命令：%n")
                .synopsisSubcommandLabel("[子命令]");
        cmd.getSubcommands().values().forEach(ChineseCommandLine::headings);
    }

    /** What was wrong on the command line, in one plain sentence. */
    static String sentence(CommandLine.ParameterException ex) {
        if (ex instanceof CommandLine.UnmatchedArgumentException unmatched) {
            String first = unmatched.getUnmatched().isEmpty() ? "" : unmatched.getUnmatched().get(0);
            if (first.startsWith("-")) {
                return "不认识的选项：" + first + "。";
            }
            return "多余的参数：" + String.join(" ", unmatched.getUnmatched()) + "。";
        }
        if (ex instanceof CommandLine.MissingParameterException missing) {
            String names = missing.getMissing().isEmpty() ? ""
                    : missing.getMissing().get(0) instanceof CommandLine.Model.OptionSpec option ? option.longestName()
                    : missing.getMissing().get(0).paramLabel();
            String message = ex.getMessage() == null ? "" : ex.getMessage();
            java.util.regex.Matcher found = java.util.regex.Pattern
                    .compile("Expected parameter for option '([^']+)' but found '([^']+)'").matcher(message);
            if (found.find()) {
                // "--rules rules": picocli takes the folder name for the subcommand of the same name.
                return "选项 " + found.group(1) + " 后面应写一个值，但写的是“" + found.group(2) + "”，它与子命令同名；"
                        + "如果这是文件夹的名字，请写成 ./" + found.group(2) + "。";
            }
            return "选项 " + names + " 后面缺少要填的值。";
        }
        if (ex instanceof CommandLine.OverwrittenOptionException) {
            return "同一个选项写了不止一次：" + optionName(ex) + "。";
        }
        if (ex.getMessage() != null && ex.getMessage().startsWith("Invalid value")) {
            return "选项的值写得不对：" + optionName(ex) + "（例如 --rule-seconds 应写一个整数）。";
        }
        return "命令行写法有误" + (ex.getArgSpec() == null ? "" : "：" + optionName(ex)) + "。";
    }

    private static String optionName(CommandLine.ParameterException ex) {
        if (ex.getArgSpec() instanceof CommandLine.Model.OptionSpec option) {
            return option.longestName();
        }
        return ex.getValue() == null ? "" : ex.getValue();
    }
}
