package nianbao.findings;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A batch's results kept on disk ({@link Spooled}), with their findings, the supervisor's decisions and, for
 * the office workbooks of --split, what was read from the tables (kept in memory, see the field grids); strings
 * in UTF-8 with their length, null as -1.
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

    /*
     * The grids read from the tables (only with --split, for the office workbooks) stay in memory, as they did
     * before the results were spooled: decoding a few hundred cells' strings on every pass over the batch made a
     * --split batch of 2,000 reports take 40 % longer. The record holds their index here.
     */
    private final List<Reading> grids = new ArrayList<>();

    private byte[] encoded(ReportResult r) throws IOException {
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
            out.writeByte(0);
        } else if (r.reading().tables().isEmpty()) {
            out.writeByte(1); // reading notes only: small, kept with the result
            reading(out, r.reading());
        } else {
            out.writeByte(2);
            synchronized (grids) {
                out.writeInt(grids.size());
                grids.add(r.reading());
            }
        }
        out.flush();
        return bytes.toByteArray();
    }

    private ReportResult decoded(byte[] bytes) throws IOException {
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
        byte kind = in.readByte();
        Reading reading = null;
        if (kind == 1) {
            reading = reading(in);
        } else if (kind == 2) {
            synchronized (grids) {
                reading = grids.get(in.readInt());
            }
        }
        return new ReportResult(file, office, year, template, status, error, reader, findings, reviews, reading);
    }

    /*
     * What was read from the tables (the grids the office workbooks of --split lay out): a few hundred cells a
     * report, written field by field (Java serialization of the same tree made a --split batch of 2,000 reports
     * take 20 s more CPU, as every pass over the batch reads every report back).
     */
    private static void reading(DataOutputStream out, Reading r) throws IOException {
        for (Identified i : java.util.Arrays.asList(r.office(), r.year(), r.bodyKind(), r.template())) {
            out.writeBoolean(i != null); // null in what is kept of a report without its grids (reading notes only)
            if (i != null) {
                str(out, i.value());
                str(out, i.evidence());
            }
        }
        out.writeInt(r.sections().size());
        for (ReadSection s : r.sections()) {
            str(out, s.numeral());
            str(out, s.canonical());
            str(out, s.heading());
            str(out, s.written());
            str(out, s.titleMatch());
            out.writeInt(s.order());
        }
        out.writeInt(r.tables().size());
        for (ReadTable t : r.tables()) {
            str(out, t.id());
            str(out, t.name());
            str(out, t.version());
            out.writeBoolean(t.present());
            str(out, t.status());
            str(out, t.detail());
            out.writeInt(t.blocks().size());
            for (ReadBlock b : t.blocks()) {
                str(out, b.caption());
                strings(out, b.columnLabels());
                out.writeInt(b.rows().size());
                for (ReadRow row : b.rows()) {
                    str(out, row.key());
                    str(out, row.label());
                    out.writeInt(row.cells().size());
                    for (ReadCell c : row.cells()) {
                        str(out, c.columnKey());
                        str(out, c.columnLabel());
                        str(out, c.value() == null ? null : c.value().toString());
                        str(out, c.raw());
                        str(out, c.how() == null ? null : c.how().name());
                    }
                }
            }
        }
        strings(out, r.notes());
    }

    private static Reading reading(DataInputStream in) throws IOException {
        Identified[] ids = new Identified[4];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = in.readBoolean() ? new Identified(str(in), str(in)) : null;
        }
        int n = in.readInt();
        List<ReadSection> sections = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            sections.add(new ReadSection(str(in), str(in), str(in), str(in), str(in), in.readInt()));
        }
        int tn = in.readInt();
        List<ReadTable> tables = new ArrayList<>(tn);
        for (int t = 0; t < tn; t++) {
            String id = str(in);
            String name = str(in);
            String version = str(in);
            boolean present = in.readBoolean();
            String status = str(in);
            String detail = str(in);
            int bn = in.readInt();
            List<ReadBlock> blocks = new ArrayList<>(bn);
            for (int b = 0; b < bn; b++) {
                String caption = str(in);
                List<String> labels = strings(in);
                int rn = in.readInt();
                List<ReadRow> rows = new ArrayList<>(rn);
                for (int r = 0; r < rn; r++) {
                    String key = str(in);
                    String label = str(in);
                    int cn = in.readInt();
                    List<ReadCell> cells = new ArrayList<>(cn);
                    for (int c = 0; c < cn; c++) {
                        String columnKey = str(in);
                        String columnLabel = str(in);
                        String value = str(in);
                        String raw = str(in);
                        String how = str(in);
                        cells.add(new ReadCell(columnKey, columnLabel, value == null ? null : new java.math.BigDecimal(value), raw,
                                how == null ? null : HowRead.valueOf(how)));
                    }
                    rows.add(new ReadRow(key, label, cells));
                }
                blocks.add(new ReadBlock(caption, labels, rows));
            }
            tables.add(new ReadTable(id, name, version, present, status, detail, blocks));
        }
        return new Reading(ids[0], ids[1], ids[2], ids[3], sections, tables, strings(in));
    }

    private static void strings(DataOutputStream out, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) {
            str(out, s);
        }
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(str(in));
        }
        return out;
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
}
