/**
 * The document model every reader produces and extraction consumes: an ordered list of paragraphs and
 * table grids, with notes on how the file was read. It knows nothing of file formats (so rules never do
 * either) and nothing of the template: the few template words a reader needs to see structure in plain
 * text reach it as plain data (ReadingWords).
 */
package nianbao.document;
