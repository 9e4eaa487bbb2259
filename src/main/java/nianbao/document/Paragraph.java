package nianbao.document;

/** A paragraph (or heading) of running text, as the reader found it, without line breaks inside. */
public record Paragraph(String text) implements Block {
}
