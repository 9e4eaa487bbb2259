package nianbao.document;

import java.util.List;

/**
 * A report as read from one file.
 *
 * @param reader   which reader produced it ("text", "docx", "doc", "pdf", "html"), shown in the output
 * @param blocks   the report body in reading order
 * @param metadata lines found around the report that are not part of it (a portal page's 发布日期, 索引号,
 *                 menus, footer). Kept apart so that the report's own text stays clean while dates can
 *                 still be found.
 */
public record Document(String reader, List<Block> blocks, List<String> metadata) {
    public Document {
        blocks = List.copyOf(blocks);
        metadata = List.copyOf(metadata);
    }
}
