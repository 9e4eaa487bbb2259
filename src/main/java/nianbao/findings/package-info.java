/**
 * Findings as values: what a rule reported about a report, totally ordered so output is deterministic,
 * and the per-report and per-batch results the renderers write. A batch's results and content prints are kept
 * on disk until they are written ({@link nianbao.findings.Spooled}), so that memory does not grow with the
 * batch.
 */
package nianbao.findings;
