/**
 * Findings as values: what a rule reported about a report, totally ordered so output is deterministic,
 * and the per-report and per-batch results the renderers write.
 */
package nianbao.findings;
