package nianbao.document;

/** One piece of a report in reading order: a paragraph of prose or a table. */
public sealed interface Block permits Paragraph, Table {
}
