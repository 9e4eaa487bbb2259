package nianbao.support;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDContentStream;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * Makes a borderless copy of a real PDF: every path is removed from the content streams (page and form
 * XObjects), so the text stays exactly where it was, glyph for glyph, but no table has a ruling line any
 * more. This is how a table set with "no borders" in Word, or printed from a spreadsheet without grid
 * lines, reaches us; editing the real rendering is the only way to get one here, since no CJK font is
 * installed to typeset a new one.
 */
public final class BorderlessPdf {
    /** Path construction, painting and clipping operators: everything that draws lines and boxes. */
    private static final Set<String> PATH_OPERATORS = Set.of(
            "m", "l", "c", "v", "y", "h", "re",
            "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "n", "W", "W*", "sh");

    private BorderlessPdf() {
    }

    /** Writes {@code source} without its paths to {@code target}. */
    public static Path write(Path source, Path target) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(source.toFile())) {
            for (PDPage page : pdf.getPages()) {
                strip(pdf, page, page.getResources());
            }
            pdf.save(target.toFile());
        }
        return target;
    }

    private static void strip(PDDocument pdf, PDContentStream owner, PDResources resources) throws IOException {
        List<Object> kept = new ArrayList<>();
        List<Object> operands = new ArrayList<>();
        for (Object token : new PDFStreamParser(owner).parse()) {
            if (token instanceof Operator op) {
                if (!PATH_OPERATORS.contains(op.getName())) {
                    kept.addAll(operands);
                    kept.add(op);
                }
                operands.clear();
            } else {
                operands.add(token);
            }
        }
        kept.addAll(operands);
        if (owner instanceof PDPage page) {
            PDStream stream = new PDStream(pdf);
            try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                new ContentStreamWriter(out).writeTokens(kept);
            }
            page.setContents(stream);
        } else if (owner instanceof PDFormXObject form) {
            try (OutputStream out = form.getContentStream().createOutputStream(COSName.FLATE_DECODE)) {
                new ContentStreamWriter(out).writeTokens(kept);
            }
        }
        if (resources != null) {
            for (COSName name : resources.getXObjectNames()) {
                PDXObject x = resources.getXObject(name);
                if (x instanceof PDFormXObject form) {
                    strip(pdf, form, form.getResources());
                }
            }
        }
    }
}
