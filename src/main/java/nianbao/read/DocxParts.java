package nianbao.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The package side of the fast .docx path ({@link DocxFastReader}): which zip entries hold the main
 * document, its numbering and its styles, found as POI finds them (the package relationships, then the
 * document's own), and a secure StAX reader over one entry. Whatever is not the plain, transitional
 * layout Word and WPS write (another main part, strict OOXML, an unknown content type, two styles parts,
 * a relationship to a part that is not there, a suspicious compression ratio) is {@link NotSure}, and the
 * file goes to POI.
 */
final class DocxParts {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private static final String CONTENT_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types";
    /** The main-part content types POI's XWPFDocument opens: document, template, and their macro-enabled kinds. */
    private static final List<String> MAIN_TYPES = List.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
            "application/vnd.ms-word.document.macroEnabled.main+xml",
            "application/vnd.ms-word.template.macroEnabledTemplate.main+xml");
    /** Inflated bytes per stored byte above which POI's zip-bomb guard (ratio 0.01) may refuse an entry. */
    private static final int MAX_RATIO = 90;
    private static final long GRACE_BYTES = 64 * 1024;

    /** Deeper skipped XML than this goes to POI, which refuses documents nested 1,000 deep. */
    private static final int MAX_SKIP_DEPTH = 500;
    /** One factory per thread: the JDK does not promise that a factory may be shared between threads. */
    private static final ThreadLocal<XMLInputFactory> FACTORY = ThreadLocal.withInitial(DocxParts::factory);

    /** The fast path cannot promise POI's result for this file; read it with POI. */
    static final class NotSure extends Exception {
        NotSure(String why) {
            super(why, null, false, false);
        }
    }

    final String document;
    final String numbering;
    final String styles;

    private DocxParts(String document, String numbering, String styles) {
        this.document = document;
        this.numbering = numbering;
        this.styles = styles;
    }

    /** Finds the parts; {@link NotSure} when the package is anything but the plain layout. */
    static DocxParts find(ZipFile zip) throws NotSure, IOException, XMLStreamException {
        String main = null;
        for (String[] rel : relationships(zip, "_rels/.rels", "")) {
            if ((REL + "officeDocument").equals(rel[0])) {
                if (main != null) {
                    throw new NotSure("two main documents");
                }
                main = rel[1];
            } else if (rel[0].contains("purl.oclc.org")) {
                throw new NotSure("strict OOXML");
            }
        }
        if (!"word/document.xml".equals(main) || zip.getEntry(main) == null) {
            throw new NotSure("main document is " + main);
        }
        if (!MAIN_TYPES.contains(contentType(zip, "/" + main))) {
            throw new NotSure("main document content type");
        }
        String numbering = null;
        String styles = null;
        for (String[] rel : relationships(zip, "word/_rels/document.xml.rels", "word/")) {
            boolean isNumbering = (REL + "numbering").equals(rel[0]);
            boolean isStyles = (REL + "styles").equals(rel[0]);
            if (rel[0].contains("purl.oclc.org")) {
                throw new NotSure("strict OOXML relationship");
            }
            if (!isNumbering && !isStyles) {
                continue;
            }
            if (rel[1] == null || zip.getEntry(rel[1]) == null) {
                throw new NotSure("missing part " + rel[1]);
            }
            if (isNumbering) {
                if (numbering != null) {
                    throw new NotSure("two numbering parts");
                }
                numbering = rel[1];
            } else {
                if (styles != null) {
                    throw new NotSure("two styles parts");
                }
                styles = rel[1];
            }
        }
        return new DocxParts(main, numbering, styles);
    }

    /** A reader over the entry, positioned before its root element. */
    static XMLStreamReader open(ZipFile zip, String name) throws NotSure, IOException, XMLStreamException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new NotSure("no " + name);
        }
        InputStream in = new RatioGuard(zip.getInputStream(entry), entry.getCompressedSize());
        return FACTORY.get().createXMLStreamReader(in);
    }

    /** Moves to the next start or end element (skipping text, comments, processing instructions). */
    static int nextTag(XMLStreamReader r) throws XMLStreamException, NotSure {
        while (r.hasNext()) {
            int e = r.next();
            if (e == XMLStreamConstants.START_ELEMENT || e == XMLStreamConstants.END_ELEMENT) {
                return e;
            }
            if (e == XMLStreamConstants.DTD || e == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new NotSure("DTD or entity reference");
            }
        }
        return XMLStreamConstants.END_DOCUMENT;
    }

    /** Skips the current element with everything inside it; the reader is left on its end tag. */
    static void skip(XMLStreamReader r) throws XMLStreamException, NotSure {
        int depth = 1;
        while (depth > 0) {
            int e = nextTag(r);
            if (e == XMLStreamConstants.START_ELEMENT) {
                if (++depth > MAX_SKIP_DEPTH) {
                    throw new NotSure("nested too deep");
                }
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else {
                throw new NotSure("truncated XML");
            }
        }
    }

    static boolean isW(XMLStreamReader r, String local) {
        return local.equals(r.getLocalName()) && W.equals(r.getNamespaceURI());
    }

    /** {@code w:val} of the current element, or null. */
    static String val(XMLStreamReader r) {
        return r.getAttributeValue(W, "val");
    }

    /** (type, zip entry name or null for an external target) of each relationship in the part. */
    private static List<String[]> relationships(ZipFile zip, String part, String base)
            throws NotSure, IOException, XMLStreamException {
        List<String[]> out = new ArrayList<>();
        if (zip.getEntry(part) == null) {
            if (base.isEmpty()) {
                throw new NotSure("no package relationships");
            }
            return out;
        }
        XMLStreamReader r = open(zip, part);
        try {
            while (nextTag(r) != XMLStreamConstants.END_DOCUMENT) {
                if (r.isStartElement() && "Relationship".equals(r.getLocalName())
                        && PKG_RELS.equals(r.getNamespaceURI())) {
                    String type = r.getAttributeValue(null, "Type");
                    String target = r.getAttributeValue(null, "Target");
                    boolean external = "External".equals(r.getAttributeValue(null, "TargetMode"));
                    out.add(new String[] {type == null ? "" : type, external ? null : resolve(base, target)});
                }
            }
        } finally {
            r.close();
        }
        return out;
    }

    /** A relationship target as a zip entry name, or null when it is not a plain part name. */
    private static String resolve(String base, String target) {
        if (target == null || target.isEmpty() || target.contains("%") || target.contains("#")
                || target.contains("\\") || target.contains(":")) {
            return null;
        }
        String path = target.startsWith("/") ? target.substring(1) : base + target;
        List<String> parts = new ArrayList<>();
        for (String s : path.split("/")) {
            if (s.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.remove(parts.size() - 1);
            } else if (!s.isEmpty() && !s.equals(".")) {
                parts.add(s);
            }
        }
        return String.join("/", parts);
    }

    private static String contentType(ZipFile zip, String partName) throws NotSure, IOException, XMLStreamException {
        String byDefault = null;
        String override = null;
        XMLStreamReader r = open(zip, "[Content_Types].xml");
        try {
            while (nextTag(r) != XMLStreamConstants.END_DOCUMENT) {
                if (!r.isStartElement() || !CONTENT_TYPES.equals(r.getNamespaceURI())) {
                    continue;
                }
                if ("Override".equals(r.getLocalName())
                        && partName.equalsIgnoreCase(r.getAttributeValue(null, "PartName"))) {
                    override = r.getAttributeValue(null, "ContentType");
                } else if ("Default".equals(r.getLocalName())
                        && "xml".equalsIgnoreCase(r.getAttributeValue(null, "Extension"))) {
                    byDefault = r.getAttributeValue(null, "ContentType");
                }
            }
        } finally {
            r.close();
        }
        String type = override != null ? override : byDefault;
        return type == null ? null : type.trim();
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
        return f;
    }

    /** Stops reading an entry that inflates like a zip bomb, before POI's own guard would refuse it. */
    private static final class RatioGuard extends FilterInputStream {
        private final long compressed;
        private long inflated;

        RatioGuard(InputStream in, long compressed) {
            super(in);
            this.compressed = compressed;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            inflated += n;
            if (inflated > GRACE_BYTES && (compressed <= 0 || inflated > compressed * MAX_RATIO)) {
                throw new IOException("entry inflates more than " + MAX_RATIO + " times");
            }
        }
    }
}
