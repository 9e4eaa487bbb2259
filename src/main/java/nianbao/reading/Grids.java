package nianbao.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nianbao.facts.Cell;
import nianbao.facts.TableFact;
import nianbao.findings.ReadBlock;
import nianbao.findings.ReadCell;
import nianbao.findings.ReadRow;
import nianbao.findings.ReadTable;
import nianbao.template.Template;

/**
 * Lays a table's cell facts out on the template's grid: every template row × every template column, a
 * cell the extraction did not place shown as missing. Labels come from the template data, never from here.
 */
final class Grids {
    private Grids() {
    }

    /** Table 二: one block per 第二十条 item, each with its own columns. */
    static ReadTable tableTwo(TableFact fact, Template template, List<Cell> cells) {
        Template.Table2 spec = template.tables().T2();
        List<ReadBlock> blocks = new ArrayList<>();
        if (fact.present()) {
            for (Template.Block2 b : spec.blocks()) {
                List<ReadRow> rows = new ArrayList<>();
                for (Template.LabelSpec row : b.rows()) {
                    rows.add(row(row.key(), row.label(), b.columns(), cells));
                }
                blocks.add(new ReadBlock(b.caption(), labels(b.columns()), rows));
            }
        }
        return table(fact, template, blocks);
    }

    /** Table 三: the template's rows × its seven columns (and a column the report added, e.g. a 小计). */
    static ReadTable tableThree(TableFact fact, Template template, List<Cell> cells) {
        Template.Table3 spec = template.tables().T3();
        List<ReadBlock> blocks = new ArrayList<>();
        if (fact.present()) {
            List<Template.LabelSpec> columns = withAddedColumns(spec.columns(), cells);
            List<ReadRow> rows = new ArrayList<>();
            for (Template.LabelSpec row : spec.rows()) {
                rows.add(row(row.key(), row.label(), columns, cells));
            }
            blocks.add(new ReadBlock("", labels(columns), rows));
        }
        return table(fact, template, blocks);
    }

    /** Table 四: one data row, which the template does not name, × its fifteen columns. */
    static ReadTable tableFour(TableFact fact, Template template, List<Cell> cells) {
        Template.Table4 spec = template.tables().T4();
        List<ReadBlock> blocks = new ArrayList<>();
        if (fact.present()) {
            blocks.add(new ReadBlock("", labels(spec.columns()),
                    List.of(row("", "", spec.columns(), cells))));
        }
        return table(fact, template, blocks);
    }

    private static ReadTable table(TableFact fact, Template template, List<ReadBlock> blocks) {
        return new ReadTable(fact.id(), fact.name(), template.version(), fact.present(), fact.status(),
                fact.detail() == null ? "" : fact.detail(), blocks);
    }

    private static ReadRow row(String key, String label, List<Template.LabelSpec> columns, List<Cell> cells) {
        List<ReadCell> out = new ArrayList<>();
        for (Template.LabelSpec column : columns) {
            Cell cell = cells.stream().filter(c -> c.rowKey().equals(key) && c.columnKey().equals(column.key()))
                    .findFirst().orElse(null);
            if (cell == null) {
                out.add(new ReadCell(column.key(), column.label(), null, null, nianbao.findings.HowRead.MISSING));
            } else {
                out.add(new ReadCell(column.key(), column.label(), cell.amount(), cell.raw(), HowObtained.of(cell)));
            }
        }
        return new ReadRow(key, label, out);
    }

    /**
     * The template's columns, with any column the extraction placed that the template lacks (a report's
     * own 法人或其他组织小计) inserted where the report has it, labelled as the cells label it.
     */
    private static List<Template.LabelSpec> withAddedColumns(List<Template.LabelSpec> template, List<Cell> cells) {
        Map<Integer, Template.LabelSpec> added = new TreeMap<>();
        for (Cell c : cells) {
            if (template.stream().noneMatch(t -> t.key().equals(c.columnKey()))) {
                added.putIfAbsent(c.columnOrder(), new Template.LabelSpec(c.columnKey(), c.columnLabel(), c.columnGroup(),
                        c.columnRole(), List.of(), List.of(), null));
            }
        }
        List<Template.LabelSpec> out = new ArrayList<>(template);
        added.forEach((order, spec) -> out.add(Math.min(order, out.size()), spec));
        return out;
    }

    private static List<String> labels(List<Template.LabelSpec> columns) {
        return columns.stream().map(Template.LabelSpec::label).toList();
    }
}
