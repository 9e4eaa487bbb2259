/**
 * The document model every reader produces and extraction consumes: an ordered list of paragraphs and
 * table grids. It knows nothing of file formats (so rules never do either) and nothing of the template.
 */
package nianbao.document;
