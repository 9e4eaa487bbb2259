/**
 * The one home of analysis: running one report ({@link nianbao.analysis.Auditor}: read → extract → rules,
 * each file within its budget on a worker of its own, {@link nianbao.analysis.FileWorker}) and a batch
 * ({@link nianbao.analysis.Batch}: every file on all cores, then the checks across years, built here from
 * the reports' facts for offices that sent consecutive years); loading and checking a rules folder
 * ({@link nianbao.analysis.RuleSetup}) and running its example reports ({@link nianbao.analysis.RuleExamples}).
 * The command line and the tests both use this API, so they run the same pipeline.
 *
 * <p>What belongs here and why: the input files of a batch ({@link nianbao.analysis.Inputs},
 * {@link nianbao.analysis.InputWalker}, {@link nianbao.analysis.SpecialFiles}) decide which entries are read
 * and which are listed with a reason, so they shape the results, not the command line. The review workbook
 * ({@link nianbao.analysis.ReviewWorkbook}) is read here rather than in render because what it does is
 * analysis of findings across runs: it carries the supervisor's decisions onto the findings still there and
 * lists the resolved ones, before the batch result is made; it matches the earlier workbook by its column
 * headers, not by the writer's code. Where outputs go stays outside: render prepares the output folders
 * beside the files it writes (OutputFolders, OutputFiles), and cli chooses the paths and says in one
 * sentence why writing failed (WriteFailure). Analysis never writes results and never prints: the terminal
 * sees a batch through {@link nianbao.analysis.BatchRun} and {@link nianbao.analysis.Batch.Progress}, and one
 * report through {@link nianbao.analysis.ReportRun}.
 */
package nianbao.analysis;
