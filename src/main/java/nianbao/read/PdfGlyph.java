package nianbao.read;

/**
 * One character of a PDF page in top-down page coordinates (points, y grows downwards).
 *
 * <p>The centre is used to place a glyph in a table cell. It is computed from the baseline and the font
 * size, not from PDFBox's glyph height: for the Noto CJK fonts that height is 1.43 em, so a box test puts
 * the first line of a cell into the row above (the reason tabula loses CJK text).
 *
 * @param text     the character(s) as Unicode
 * @param x        left edge
 * @param baseline baseline
 * @param width    advance width
 * @param size     font size in points
 */
record PdfGlyph(String text, float x, float baseline, float width, float size) {
    float right() {
        return x + width;
    }

    float cx() {
        return x + width / 2;
    }

    float cy() {
        return baseline - 0.35f * size;
    }

    float top() {
        return baseline - 0.9f * size;
    }
}
