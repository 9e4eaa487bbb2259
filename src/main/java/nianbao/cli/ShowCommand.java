package nianbao.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nianbao.analysis.ReportRun;
import nianbao.analysis.RuleSetup;
import nianbao.analysis.SpecialFiles;
import nianbao.render.ShowJson;
import nianbao.render.ShowText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code ./check show [--json] FILE}: what the checker read from one report (office, year, kind of body,
 * version, each with its evidence; the sections; the tables on the template's grid with how each cell was
 * obtained) and the findings on it, so that a supervisor can tell a wrong reading from a wrong report.
 * Exit 0 for a report (whatever it was found to contain), 5 for a file that is no report or cannot be read,
 * 2 for a missing file or a broken rules folder.
 */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"显示程序从一份报告中读到了什么：机关、年度、机关类别和格式版本（及其依据）、各部分标题、",
            "按模板行列排出的表二、表三、表四（每个格子的数值和取得方式），以及发现的问题。"})
final class ShowCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = "--json", description = "以 JSON 输出（表格按模板的行名称和列名称为键）")
    boolean json;

    @Option(names = "--rules", paramLabel = "DIR", description = "规则目录（默认 rules/）")
    Path rules;

    @Option(names = "--no-cache", description = "不使用已编译规则的缓存")
    boolean noCache;

    @Parameters(paramLabel = "FILE", arity = "1", description = "一份报告文件")
    Path file;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        Logging.open(main.log, main.out);
        if (!Files.exists(file)) {
            err.println("找不到文件：" + Terminal.plain(file.toString()));
            return ExitCode.USAGE.code;
        }
        if (Files.isDirectory(file)) {
            err.println(Terminal.plain(file.toString()) + " 是文件夹：./check show 一次显示一份报告，请指定其中一个文件。");
            return ExitCode.USAGE.code;
        }
        if (!Files.isRegularFile(file)) {
            // A named pipe or a device would make the reader wait for ever: it is not opened.
            err.println(Terminal.plain(file.toString()) + "：" + SpecialFiles.reason(file.toRealPath()));
            return ExitCode.UNREADABLE.code;
        }
        RuleSetup setup = Main.loadRules(rules != null ? rules : main.rules, !noCache && !main.noCache, err);
        if (setup == null) {
            return ExitCode.USAGE.code;
        }
        return show(setup, file, json, System.out, err);
    }

    /** Shows one file with rules already loaded (the tests show many files with one setup). */
    static int show(RuleSetup setup, Path file, boolean json, OutputStream out, PrintWriter err) throws IOException {
        String shown = file.normalize().toString().replace('\\', '/');
        ReportRun result;
        try {
            result = setup.auditor().show(file, shown);
        } catch (RuntimeException | StackOverflowError e) {
            // Reading problems are already results; this is a fault of the checker, said plainly.
            Logging.onFile(shown, e);
            err.println(Terminal.plain(shown) + "：检查此文件时出现意外错误，请把此文件交给维护人员；" + Logging.where() + "。");
            return ExitCode.FAILURE.code;
        }
        if (!result.status().equals("checked")) {
            // A skip reason already says it was skipped; an unreadable file's reason says only why.
            err.println(Terminal.plain(shown) + (result.status().equals("skipped") ? "：" : "：无法读取。") + result.error());
            return ExitCode.UNREADABLE.code;
        }
        if (json) {
            new ShowJson().write(result.result(), out);
        } else {
            PrintWriter text = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            new ShowText().write(result.result(), text);
            text.flush();
        }
        return ExitCode.CLEAN.code;
    }
}
