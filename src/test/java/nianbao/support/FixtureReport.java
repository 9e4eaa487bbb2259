package nianbao.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nianbao.document.Block;
import nianbao.document.Document;
import nianbao.document.Paragraph;
import nianbao.document.Table;
import nianbao.template.Template;
import nianbao.template.Templates;

/**
 * Builds a small, clean report from a few lines of test data: by default a complete report with all six
 * sections and tables 二, 三, 四 full of zeros, which no rule finds fault with. A rule test then changes
 * only what its case is about ("t3": {"R3.1": [1,0,0,0,0,0,2]}), so a case reads like the defect it shows.
 *
 * <p>Keys of the "report" object (all optional): year, title, preamble, sections {numeral: text},
 * headings {numeral: heading as written}, omit [numerals], omitHeadings [numerals] (content kept), t2 {rowKey: [values]}, t2Columns
 * {blockKey: [labels]}, t3 {rowKey: [7 values]}, t3Labels {rowKey: label}, t3Columns [7 labels],
 * t3Template "2019"|"2021", t2Labels {rowKey: label}, t4Labels {label: written}, order [numerals],
 * t4 [15 values] or "none", drop ["T2"|"T3"|"T4"], signDate, publishDate, metadata [page lines such as "标题：…"];
 * or "text": a whole report as flattened text, read by the text reader.
 * Values are numbers or strings; "" is a blank cell.
 */
public final class FixtureReport {
    private FixtureReport() {
    }

    public static Document build(JsonNode spec, Templates templates) {
        if (spec.has("text")) {
            // A report given as flattened text, read as the text reader reads a .txt file.
            return nianbao.read.TextReader.parse(spec.get("text").asText(), Project.words());
        }
        int year = spec.path("year").asInt(2020);
        String t3Version = spec.path("t3Template").asText(year >= 2021 ? "2021" : "2019");
        String t2Version = spec.path("t2Template").asText(t3Version);
        Template t3Template = templates.get(t3Version);
        Template t2Template = templates.get(t2Version);
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(spec.path("title").asText("测试县" + year + "年政府信息公开工作年度报告")));
        blocks.add(new Paragraph(spec.path("preamble").asText(
                "本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、"
                        + "存在的主要问题及改进情况、其他需要报告的事项六个部分组成。报告所列数据统计期限为" + year + "年1月1日至"
                        + year + "年12月31日。")));
        List<String> omit = strings(spec.path("omit"));
        List<String> drop = strings(spec.path("drop"));
        List<Template.SectionSpec> order = new ArrayList<>(t3Template.sections());
        List<String> wanted = strings(spec.path("order"));
        if (!wanted.isEmpty()) {
            order.sort(java.util.Comparator.comparingInt(s -> wanted.indexOf(s.numeral())));
        }
        for (Template.SectionSpec s : order) {
            if (omit.contains(s.numeral())) {
                continue;
            }
            if (!strings(spec.path("omitHeadings")).contains(s.numeral())) {
                blocks.add(new Paragraph(spec.path("headings").path(s.numeral()).asText(s.heading())));
            }
            String text = spec.path("sections").path(s.numeral()).asText(defaultText(s.numeral(), year));
            if (!text.isEmpty()) {
                blocks.add(new Paragraph(text));
            }
            switch (s.numeral()) {
                case "二" -> {
                    if (!drop.contains("T2")) {
                        blocks.add(tableTwo(spec, t2Template));
                    }
                }
                case "三" -> {
                    if (!drop.contains("T3")) {
                        blocks.add(tableThree(spec, t3Template));
                    }
                }
                case "四" -> {
                    if (!drop.contains("T4")) {
                        blocks.add(tableFour(spec));
                    }
                }
                default -> {
                }
            }
        }
        if (spec.has("signDate")) {
            blocks.add(new Paragraph("测试县人民政府办公室"));
            blocks.add(new Paragraph(spec.get("signDate").asText()));
        }
        List<String> metadata = new ArrayList<>(strings(spec.path("metadata")));
        if (spec.has("publishDate")) {
            metadata.add("发布日期：" + spec.get("publishDate").asText());
        }
        return new Document("fixture", blocks, metadata);
    }

    private static String defaultText(String numeral, int year) {
        return switch (numeral) {
            case "一" -> year + "年，我县认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政务公开工作，"
                    + "严格落实工作考核、社会评议和责任追究制度。";
            case "五" -> "存在的主要问题是公开内容不够全面。下一步将加强培训，改进工作。";
            case "六" -> "本年度未收取信息处理费。";
            default -> "";
        };
    }

    private static Table tableTwo(JsonNode spec, Template template) {
        List<List<String>> rows = new ArrayList<>();
        for (Template.Block2 block : template.tables().T2().blocks()) {
            int width = 1 + block.columns().size();
            rows.add(padded(width, block.caption()));
            List<String> header = new ArrayList<>();
            header.add("信息内容");
            List<String> labels = strings(spec.path("t2Columns").path(block.key()));
            for (int i = 0; i < block.columns().size(); i++) {
                header.add(i < labels.size() ? labels.get(i) : block.columns().get(i).label());
            }
            rows.add(header);
            for (Template.LabelSpec row : block.rows()) {
                List<String> r = new ArrayList<>();
                r.add(spec.path("t2Labels").path(row.key()).asText(row.label()));
                List<String> values = strings(spec.path("t2").path(row.key()));
                for (int i = 0; i < block.columns().size(); i++) {
                    r.add(i < values.size() ? values.get(i) : "0");
                }
                rows.add(r);
            }
        }
        return new Table(rows, true);
    }

    private static Table tableThree(JsonNode spec, Template template) {
        Template.Table3 t3 = template.tables().T3();
        List<List<String>> rows = new ArrayList<>();
        List<String> columns = strings(spec.path("t3Columns"));
        List<String> labels = new ArrayList<>();
        t3.columns().forEach(c -> labels.add(c.label()));
        for (int i = 0; i < columns.size(); i++) {
            labels.set(i, columns.get(i));
        }
        rows.add(Arrays.asList("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", null, null, "申请人情况", null, null, null, null, null, null));
        rows.add(Arrays.asList(null, null, null, labels.get(0), "法人或其他组织", null, null, null, null, labels.get(6)));
        rows.add(Arrays.asList(null, null, null, null, labels.get(1), labels.get(2), labels.get(3), labels.get(4), labels.get(5), null));
        for (Template.LabelSpec row : t3.rows()) {
            List<String> r = new ArrayList<>(Arrays.asList(null, null, null));
            r.set(2, spec.path("t3Labels").path(row.key()).asText(row.label()));
            List<String> values = strings(spec.path("t3").path(row.key()));
            for (int i = 0; i < 7; i++) {
                r.add(i < values.size() ? values.get(i) : "0");
            }
            rows.add(r);
        }
        return new Table(rows, true);
    }

    private static Table tableFour(JsonNode spec) {
        List<List<String>> rows = new ArrayList<>();
        List<String> top = new ArrayList<>(padded(15, "行政复议"));
        top.set(5, "行政诉讼");
        rows.add(top);
        List<String> second = new ArrayList<>(Arrays.asList("结果维持", "结果纠正", "其他结果", "尚未审结", "总计"));
        second.addAll(padded(10, "未经复议直接起诉"));
        second.set(10, "复议后起诉");
        rows.add(second);
        List<String> third = new ArrayList<>(Arrays.asList(null, null, null, null, null));
        for (int g = 0; g < 2; g++) {
            third.addAll(List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计"));
        }
        rows.add(third);
        JsonNode renames = spec.path("t4Labels");
        for (List<String> r : rows) {
            for (int i = 0; i < r.size(); i++) {
                if (r.get(i) != null && renames.has(r.get(i))) {
                    r.set(i, renames.get(r.get(i)).asText());
                }
            }
        }
        JsonNode t4 = spec.path("t4");
        if (!t4.isTextual() || !t4.asText().equals("none")) {
            List<String> values = strings(t4);
            List<String> data = new ArrayList<>();
            for (int i = 0; i < 15; i++) {
                data.add(i < values.size() ? values.get(i) : "0");
            }
            rows.add(data);
        }
        return new Table(rows, true);
    }

    private static List<String> padded(int width, String first) {
        List<String> r = new ArrayList<>();
        r.add(first);
        for (int i = 1; i < width; i++) {
            r.add(null);
        }
        return r;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(n -> out.add(n.isNull() ? "" : n.asText()));
        }
        return out;
    }
}
