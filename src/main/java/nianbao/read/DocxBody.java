package nianbao.read;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtBlock;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;

/**
 * The paragraphs and tables of a Word body or cell in reading order, with content controls
 * ({@code w:sdt}) opened. CMS templates and forms put the whole report, tables included, into content
 * controls, and POI only gives their flattened text; so the XML children are walked here, and a control's
 * content is read like the body around it (controls nest). Everything else (bookmarks, section marks,
 * tracked-change wrappers at body level) is not content and is passed over.
 */
final class DocxBody {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private DocxBody() {
    }

    /** The content of a {@code w:body}, {@code w:tc} or {@code w:sdtContent} element, in order. */
    static List<IBodyElement> children(XmlObject container, IBody part) {
        List<IBodyElement> out = new ArrayList<>();
        try (XmlCursor c = container.newCursor()) {
            if (!c.toFirstChild()) {
                return out;
            }
            do {
                if (!W.equals(c.getName().getNamespaceURI())) {
                    continue;
                }
                XmlObject o = c.getObject();
                if (o instanceof CTP p) {
                    XWPFParagraph known = part.getParagraph(p);
                    out.add(known != null ? known : new XWPFParagraph(p, part));
                } else if (o instanceof CTTbl t) {
                    XWPFTable known = part.getTable(t);
                    out.add(known != null ? known : new XWPFTable(t, part, false));
                } else if (o instanceof CTSdtBlock sdt && sdt.getSdtContent() != null) {
                    out.addAll(children(sdt.getSdtContent(), part));
                }
            } while (c.toNextSibling());
        }
        return out;
    }
}
