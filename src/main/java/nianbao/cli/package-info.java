/**
 * The command line only: picocli commands, terminal output and exit codes (following the contract). The
 * work is {@link nianbao.analysis}'s (inputs, rules folder, one report, the batch) and the output files are
 * render's; cli picks the paths, prints the summary and the progress line, and turns a failure to write
 * into one sentence and exit 3 ({@link nianbao.cli.WriteFailure}).
 * {@code ./check rules …} lists, checks and tests the rules folder ({@link nianbao.cli.RulesCommand});
 * {@code ./check show [--json] FILE} prints what was read from one report and the findings on it
 * ({@link nianbao.cli.ShowCommand}): exit 0 for a report, 5 for a file that is no report or cannot be
 * read, 2 for a missing file or a broken rules folder.
 */
package nianbao.cli;
