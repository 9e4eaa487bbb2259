package nianbao.findings;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The content prints of a batch's reports ({@link ContentPrint}, about a kilobyte each) kept on disk until the
 * workbook's hidden sheet 内容指纹 is written ({@link Spooled}). A table's cells are stored as the print keeps
 * them (compacted against the label lists of this run), so reading them back costs no parsing.
 */
public final class SpooledPrints extends Spooled<ContentPrint> {
    private SpooledPrints(Path dir) {
        super(dir, "nianbao-prints-");
    }

    /** A new, empty spool in the system's temporary folder (in memory when no temporary file can be made). */
    public static SpooledPrints create() {
        return new SpooledPrints(null);
    }

    @Override
    protected String fileOf(ContentPrint p) {
        return p.file();
    }

    @Override
    protected byte[] encode(ContentPrint p) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
        DataOutputStream out = new DataOutputStream(bytes);
        str(out, p.file());
        str(out, p.office());
        out.writeInt(p.year() == null ? Integer.MIN_VALUE : p.year());
        str(out, p.whole());
        out.writeInt(p.sections().size());
        for (String s : p.sections()) {
            str(out, s);
        }
        Map<String, String> tables = new TreeMap<>(p.tables());
        out.writeInt(tables.size());
        for (Map.Entry<String, String> e : tables.entrySet()) {
            str(out, e.getKey());
            str(out, e.getValue());
        }
        out.flush();
        return bytes.toByteArray();
    }

    @Override
    protected ContentPrint decode(byte[] bytes) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        String file = str(in);
        String office = str(in);
        int y = in.readInt();
        String whole = str(in);
        int n = in.readInt();
        List<String> sections = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            sections.add(str(in));
        }
        int m = in.readInt();
        Map<String, String> tables = new TreeMap<>();
        for (int i = 0; i < m; i++) {
            tables.put(str(in), str(in));
        }
        return new ContentPrint(file, office, y == Integer.MIN_VALUE ? null : y, whole, sections, tables);
    }
}
