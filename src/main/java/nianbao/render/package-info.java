/**
 * Writing results: one renderer per output (Excel workbook, JSON), plus the per-office workbooks. Renderers
 * see findings only, never documents or file formats, and write to a temporary file that is moved into
 * place, so an interrupted run never leaves a half-written output where the last good one was.
 */
package nianbao.render;
