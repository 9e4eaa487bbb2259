package nianbao.read;

/**
 * A horizontal or vertical line on a page, in the same top-down coordinates as {@link PdfGlyph}.
 *
 * @param horizontal true for a horizontal line
 * @param pos        its y (horizontal) or x (vertical)
 * @param from       where it starts along its length (smaller coordinate)
 * @param to         where it ends along its length
 */
record PdfRuling(boolean horizontal, float pos, float from, float to) {
    float length() {
        return to - from;
    }
}
