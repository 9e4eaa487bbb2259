/**
 * Writing results: one renderer per output format (Excel workbook, JSON), listed once in
 * {@link nianbao.render.Formats}, plus the per-office workbooks (with 表格读取结果, the tables as read),
 * ./check show's text and JSON (ShowText, ShowJson) and the rule list (RuleListText). Renderers see
 * findings only, never documents or file formats, and write to a temporary file that is moved into place,
 * so an interrupted run never leaves a half-written output where the last good one was; the output folders
 * are made ready before a run (OutputFolders).
 */
package nianbao.render;
