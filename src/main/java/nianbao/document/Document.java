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
 * @param notes    how the file was read when that was not plain, in short Chinese sentences for the
 *                 supervisor (e.g. "宽松读取：… 3 处无法识别的字节已替换"): the findings then rest on a
 *                 slightly damaged text, and whoever shows them should say so. Empty for a clean read.
 */
public record Document(String reader, List<Block> blocks, List<String> metadata, List<String> notes) {
    public Document {
        blocks = List.copyOf(blocks);
        metadata = List.copyOf(metadata);
        notes = List.copyOf(notes);
    }

    /** A document read without anything worth noting. */
    public Document(String reader, List<Block> blocks, List<String> metadata) {
        this(reader, blocks, metadata, List.of());
    }

    /** The same document with one more reading note (null adds nothing). */
    public Document withNote(String note) {
        if (note == null || note.isBlank()) {
            return this;
        }
        List<String> more = new java.util.ArrayList<>(notes);
        more.add(note);
        return new Document(reader, blocks, metadata, more);
    }

    /** Whether some bytes had to be replaced to read the file (the notes say how many). */
    public boolean readLeniently() {
        return notes.stream().anyMatch(n -> n.startsWith(LENIENT));
    }

    /** How a note about replaced bytes begins. */
    public static final String LENIENT = "宽松读取";
}
