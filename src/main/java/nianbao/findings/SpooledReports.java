package nianbao.findings;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A batch's results kept on disk ({@link Spooled}), with their findings, the supervisor's decisions and, for
 * the office workbooks of --split, what was read from the tables (that part through Java serialization, being
 * a tree of records; the rest as strings in UTF-8 with their length, null as -1).
 */
public final class SpooledReports extends Spooled<ReportResult> {
    private SpooledReports(Path dir) {
        super(dir, "nianbao-results-");
    }

    /** A new, empty spool in the system's temporary folder (in memory when no temporary file can be made). */
    public static SpooledReports create() {
        return create(null);
    }

    /** The same in {@code dir} (null: the system's temporary folder). */
    public static SpooledReports create(Path dir) {
        return new SpooledReports(dir);
    }

    @Override
    protected String fileOf(ReportResult r) {
        return r.file();
    }

    @Override
    protected byte[] encode(ReportResult r) throws IOException {
        return encoded(r);
    }

    @Override
    protected ReportResult decode(byte[] bytes) throws IOException {
        return decoded(bytes);
    }

    // --- the encoding -----------------------------------------------------------------------------------

    static byte[] encoded(ReportResult r) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
        DataOutputStream out = new DataOutputStream(bytes);
        str(out, r.file());
        str(out, r.office());
        out.writeInt(r.year() == null ? Integer.MIN_VALUE : r.year());
        str(out, r.template());
        str(out, r.status());
        str(out, r.error());
        str(out, r.reader());
        out.writeInt(r.findings().size());
        for (Finding f : r.findings()) {
            finding(out, f);
        }
        out.writeInt(r.reviews().size());
        for (Map.Entry<String, Review> e : new java.util.TreeMap<>(r.reviews()).entrySet()) {
            str(out, e.getKey());
            str(out, e.getValue().decision());
            str(out, e.getValue().note());
        }
        if (r.reading() == null) {
            out.writeBoolean(false);
        } else {
            out.writeBoolean(true);
            ByteArrayOutputStream tree = new ByteArrayOutputStream();
            try (ObjectOutputStream o = new ObjectOutputStream(tree)) {
                o.writeObject(r.reading());
            }
            out.writeInt(tree.size());
            tree.writeTo(out);
        }
        out.flush();
        return bytes.toByteArray();
    }

    static ReportResult decoded(byte[] bytes) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        String file = str(in);
        String office = str(in);
        int y = in.readInt();
        Integer year = y == Integer.MIN_VALUE ? null : y;
        String template = str(in);
        String status = str(in);
        String error = str(in);
        String reader = str(in);
        int n = in.readInt();
        List<Finding> findings = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            findings.add(finding(in));
        }
        int m = in.readInt();
        Map<String, Review> reviews = new HashMap<>();
        for (int i = 0; i < m; i++) {
            reviews.put(str(in), new Review(str(in), str(in)));
        }
        Reading reading = null;
        if (in.readBoolean()) {
            byte[] tree = new byte[in.readInt()];
            in.readFully(tree);
            try (ObjectInputStream o = new ObjectInputStream(new ByteArrayInputStream(tree))) {
                reading = (Reading) o.readObject();
            } catch (ClassNotFoundException e) {
                throw new IOException(e);
            }
        }
        return new ReportResult(file, office, year, template, status, error, reader, findings, reviews, reading);
    }

    private static void finding(DataOutputStream out, Finding f) throws IOException {
        str(out, f.ruleId());
        str(out, f.category());
        str(out, f.severity());
        str(out, f.section());
        str(out, f.table());
        str(out, f.row());
        str(out, f.column());
        str(out, f.message());
        str(out, f.expected());
        str(out, f.actual());
        str(out, f.evidence());
        str(out, f.certainty());
        out.writeInt(f.rowOrder());
        out.writeInt(f.columnOrder());
        str(out, f.messageKey());
        out.writeInt(f.messageArgs().size());
        for (Map.Entry<String, String> e : f.messageArgs().entrySet()) {
            str(out, e.getKey());
            str(out, e.getValue());
        }
    }

    private static Finding finding(DataInputStream in) throws IOException {
        String ruleId = str(in);
        String category = str(in);
        String severity = str(in);
        String section = str(in);
        String table = str(in);
        String row = str(in);
        String column = str(in);
        String message = str(in);
        String expected = str(in);
        String actual = str(in);
        String evidence = str(in);
        String certainty = str(in);
        int rowOrder = in.readInt();
        int columnOrder = in.readInt();
        String messageKey = str(in);
        int n = in.readInt();
        Map<String, String> args = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            args.put(str(in), str(in));
        }
        return new Finding(ruleId, category, severity, section, table, row, column, message, expected, actual, evidence,
                certainty, rowOrder, columnOrder, messageKey, args);
    }

    static void str(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    static String str(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            return null;
        }
        byte[] b = new byte[n];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }
}
