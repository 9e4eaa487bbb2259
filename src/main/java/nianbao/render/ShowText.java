package nianbao.render;

import java.io.PrintWriter;
import java.util.List;
import nianbao.findings.Finding;
import nianbao.findings.HowRead;
import nianbao.findings.Identified;
import nianbao.findings.GridPosition;
import nianbao.findings.ReadBlock;
import nianbao.findings.ReadCell;
import nianbao.findings.ReadSection;
import nianbao.findings.ReadTable;
import nianbao.findings.Reading;
import nianbao.findings.ReportResult;

/**
 * ./check show: what the checker read from one report, in Chinese, for a person to check the reading
 * against the report itself: office, year, kind of body and version with their evidence; the sections;
 * each table on the template's grid, every cell with its value and how it was obtained; then the
 * findings, those on cells first under their table.
 */
public final class ShowText {
    /** A cell read as written is shown as its value alone; any other way is named beside the value. */
    private static final String LEGEND = "格子中只写数字的为“" + HowRead.READ.word() + "”（按报告原文读取）；其他取得方式写在数字后的〔〕中："
            + HowRead.SPLIT.word() + "、" + HowRead.INFERRED.word() + "、" + HowRead.BLANK.word() + "、" + HowRead.MISSING.word()
            + "。带 ! 的格子有问题，列在表后。";

    public void write(ReportResult report, PrintWriter out) {
        Reading r = report.reading();
        out.println("文件：" + report.file() + "（读取方式：" + Words.reader(report.reader()) + "）");
        identified(out, "机关", r.office());
        identified(out, "年度", r.year());
        identified(out, "机关类别", r.bodyKind());
        identified(out, "格式版本", new Identified(r.template().value().isEmpty() ? "" : r.template().value() + " 年版",
                r.template().evidence()));
        out.println();
        r.notes().forEach(n -> out.println("读取说明：" + n));
        sections(out, r.sections());
        FindingsByPlace places = new FindingsByPlace(report);
        out.println();
        out.println(LEGEND);
        for (int t = 0; t < r.tables().size(); t++) {
            out.println();
            table(out, r.tables().get(t), t, places);
        }
        out.println();
        List<Finding> other = places.elsewhere();
        out.println("其他问题（" + other.size() + " 个）：");
        other.forEach(f -> finding(out, "  ", f));
        if (other.isEmpty()) {
            out.println("  无");
        }
        out.printf("共 %d 个问题：错误 %d，警告 %d，提示 %d。%n", report.findings().size(), report.count("error"),
                report.count("warning"), report.count("info"));
        out.flush();
    }

    private static void identified(PrintWriter out, String what, Identified i) {
        out.println(what + "：" + (i.value().isEmpty() ? "未能判断" : i.value()));
        out.println("    依据：" + i.evidence());
    }

    private static void sections(PrintWriter out, List<ReadSection> sections) {
        long found = sections.stream().filter(ReadSection::found).count();
        out.println("部分（模板 " + sections.size() + " 个，找到 " + found + " 个）：");
        for (ReadSection s : sections) {
            if (!s.found()) {
                out.println("  " + s.canonical() + "    未找到");
                continue;
            }
            String match = switch (s.titleMatch()) {
                case "exact" -> "";
                case "synonym" -> "（条例的说法）";
                default -> "（标题与模板不同）";
            };
            String numeral = s.written().isEmpty() ? "（没有序号）"
                    : s.written().equals(s.numeral()) ? "" : "（序号写作“" + s.written() + "”）";
            out.println("  " + s.canonical() + "    报告中第 " + s.order() + " 个：“" + s.heading() + "”" + numeral + match);
        }
    }

    private static void table(PrintWriter out, ReadTable table, int t, FindingsByPlace places) {
        String head = table.name() + "（按 " + table.version() + " 年版的行和列）";
        if (!table.present()) {
            out.println(head + "：报告中没有找到此表");
        } else {
            out.println(head + status(table));
        }
        for (int b = 0; b < table.blocks().size(); b++) {
            ReadBlock block = table.blocks().get(b);
            if (!block.caption().isEmpty()) {
                out.println("  " + block.caption());
            }
            if (block.rows().size() == 1 && block.columnLabels().size() > 7) {
                TextGrid.vertical(out, block, t, b, places);
            } else {
                TextGrid.grid(out, block, t, b, places);
            }
        }
        List<Finding> onCells = places.onCells(t);
        if (!onCells.isEmpty()) {
            out.println("  格子上的问题：");
            for (Finding f : onCells) {
                GridPosition p = places.placeOf(f);
                ReadBlock block = table.blocks().get(p.block());
                ReadCell cell = block.rows().get(p.row()).cells().get(p.column());
                out.println("    " + place(f) + "：" + TextGrid.shown(cell));
                finding(out, "      ", f);
            }
        }
        List<Finding> rest = places.onTableNotCell(t);
        if (!rest.isEmpty()) {
            out.println("  本表其他问题：");
            rest.forEach(f -> finding(out, "    ", f));
        }
    }

    private static String status(ReadTable table) {
        String word = switch (table.status()) {
            case "noData" -> "：只有表头，没有数据";
            case "unalignable" -> "：数字无法对应到模板的格子";
            default -> "";
        };
        // The extraction's own note says it more exactly than the status word, when it has one.
        return table.detail().isEmpty() ? word : "：" + table.detail();
    }

    private static String place(Finding f) {
        StringBuilder s = new StringBuilder(f.table());
        if (!f.row().isEmpty()) {
            s.append("“").append(f.row()).append("”行");
        }
        if (!f.column().isEmpty()) {
            s.append("“").append(f.column()).append("”列");
        }
        return s.toString();
    }

    private static void finding(PrintWriter out, String indent, Finding f) {
        out.println(indent + "[" + Words.severity(f.severity()) + "] " + f.ruleId() + "  " + f.message()
                + ("uncertain".equals(f.certainty()) ? "（不确定）" : ""));
        if (f.evidence() != null && !f.evidence().isEmpty()) {
            out.println(indent + "    依据：" + f.evidence());
        }
    }
}
