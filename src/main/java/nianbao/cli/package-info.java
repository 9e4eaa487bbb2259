/**
 * The command line (picocli) and the batch: finds the input files, audits each through the pipeline
 * read → extract → rules, and hands the results to the renderers, written as one unit (exit 3 when they
 * cannot be). Exit codes follow the contract. Every entry of the input folders is accounted for
 * ({@link nianbao.cli.InputWalker}).
 * {@code ./check rules …} lists, checks and tests the rules folder ({@link nianbao.cli.RulesCommand});
 * {@code ./check show [--json] FILE} prints what was read from one report and the findings on it
 * ({@link nianbao.cli.ShowCommand}): exit 0 for a report, 5 for a file that is no report or cannot be
 * read, 2 for a missing file or a broken rules folder.
 */
package nianbao.cli;
