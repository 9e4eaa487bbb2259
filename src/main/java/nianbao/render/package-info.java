/**
 * Writing results: one renderer per output (Excel workbook, JSON), plus the per-office workbooks (with
 * 表格读取结果, the tables as read) and ./check show's text and JSON (ShowText, ShowJson). Renderers
 * see findings only, never documents or file formats, and write to a temporary file that is moved into
 * place, so an interrupted run never leaves a half-written output where the last good one was.
 */
package nianbao.render;
