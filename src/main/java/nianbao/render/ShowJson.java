package nianbao.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import nianbao.findings.Finding;
import nianbao.findings.Identified;
import nianbao.findings.GridPosition;
import nianbao.findings.ReadBlock;
import nianbao.findings.ReadCell;
import nianbao.findings.ReadRow;
import nianbao.findings.ReadSection;
import nianbao.findings.ReadTable;
import nianbao.findings.Reading;
import nianbao.findings.ReportResult;

/**
 * ./check show --json: the same as {@link ShowText}, for tools and tests. Each table is keyed by the
 * template's row labels, each row by the template's column labels (table 四's single row, which the
 * template does not name, under ""); rowKeys and columnKeys give the template's key of each label (stable
 * when a wording changes). Each cell has value, raw, how (the word) and howCode, and the rule ids of the
 * findings on it. Keys keep template order; the output is the same on every run.
 */
public final class ShowJson {
    private final ObjectMapper mapper = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    public void write(ReportResult report, OutputStream out) throws IOException {
        mapper.writeValue(out, tree(report));
        out.write('\n');
        out.flush();
    }

    ObjectNode tree(ReportResult report) {
        Reading r = report.reading();
        ObjectNode root = mapper.createObjectNode();
        root.put("file", report.file());
        root.put("reader", report.reader());
        root.set("office", identified(r.office()));
        root.set("year", identified(r.year()));
        root.set("bodyKind", identified(r.bodyKind()));
        root.set("template", identified(r.template()));
        // How the file was read when that was not plain (bytes replaced, a page's charset overruled).
        ArrayNode notes = root.putArray("readingNotes");
        r.notes().forEach(notes::add);
        ArrayNode sections = root.putArray("sections");
        for (ReadSection s : r.sections()) {
            ObjectNode n = sections.addObject();
            n.put("numeral", s.numeral());
            n.put("canonical", s.canonical());
            n.put("heading", s.found() ? s.heading() : null);
            n.put("writtenNumeral", s.written());
            n.put("titleMatch", s.titleMatch());
            n.put("order", s.order());
        }
        FindingsByPlace places = new FindingsByPlace(report);
        ObjectNode tables = root.putObject("tables");
        for (int t = 0; t < r.tables().size(); t++) {
            tables.set(r.tables().get(t).name(), table(r.tables().get(t), t, places));
        }
        root.set("findings", mapper.valueToTree(report.findings()));
        return root;
    }

    private ObjectNode identified(Identified i) {
        ObjectNode n = mapper.createObjectNode();
        n.put("value", i.value());
        n.put("evidence", i.evidence());
        return n;
    }

    private ObjectNode table(ReadTable table, int t, FindingsByPlace places) {
        ObjectNode n = mapper.createObjectNode();
        n.put("id", table.id());
        n.put("version", table.version());
        n.put("present", table.present());
        n.put("status", table.status());
        n.put("detail", table.detail());
        ObjectNode rowKeys = n.putObject("rowKeys");
        ObjectNode columnKeys = n.putObject("columnKeys");
        ObjectNode rows = n.putObject("rows");
        for (int b = 0; b < table.blocks().size(); b++) {
            ReadBlock block = table.blocks().get(b);
            for (int r = 0; r < block.rows().size(); r++) {
                ReadRow row = block.rows().get(r);
                rowKeys.put(row.label(), row.key());
                row.cells().forEach(c -> columnKeys.put(c.columnLabel(), c.columnKey()));
                ObjectNode cells = rows.putObject(row.label());
                for (int c = 0; c < row.cells().size(); c++) {
                    cells.set(row.cells().get(c).columnLabel(), cell(row.cells().get(c), places.at(new GridPosition(t, b, r, c))));
                }
            }
        }
        return n;
    }

    private ObjectNode cell(ReadCell cell, java.util.List<Finding> findings) {
        ObjectNode n = mapper.createObjectNode();
        n.put("value", cell.value());
        n.put("raw", cell.raw());
        n.put("how", cell.how().word());
        n.put("howCode", cell.how().code());
        if (!findings.isEmpty()) {
            ArrayNode ids = n.putArray("findings");
            findings.forEach(f -> ids.add(f.ruleId()));
        }
        return n;
    }
}
