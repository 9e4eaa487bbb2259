/**
 * The command line (picocli) and the batch: finds the input files, audits each through the pipeline
 * read → extract → rules, and hands the results to the renderers. Exit codes follow the contract.
 * {@code ./check rules …} lists, checks and tests the rules folder ({@link nianbao.cli.RulesCommand});
 * {@code ./check show [--json] FILE} prints what was read from one report and the findings on it
 * ({@link nianbao.cli.ShowCommand}): exit 0 for a report, 5 for a file that is no report or cannot be
 * read, 2 for a missing file or a broken rules folder.
 */
package nianbao.cli;
