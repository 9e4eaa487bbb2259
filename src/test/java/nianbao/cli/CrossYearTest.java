package nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two reports of the same office for consecutive years, in one batch: this year's 上年结转 must equal last
 * year's 结转下年度 in every column (CON-XY-CARRY), and the finding belongs to this year's report.
 */
class CrossYearTest {
    @TempDir
    Path tmp;

    private static final List<String> ROWS_2019 = List.of("一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量",
            "（一）予以公开", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "1.属于国家秘密", "2.其他法律行政法规禁止公开",
            "3.危及“三安全一稳定”", "4.保护第三方合法权益", "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷",
            "8.属于行政查询事项", "1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确",
            "1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
            "5.要求行政机关确认或重新出具已获取信息", "（六）其他处理", "（七）总计", "四、结转下年度继续办理");

    /** A small 2019-format report as tab-separated text; rows not given are all zeros. */
    static String report(int year, Map<String, String> rows) {
        StringBuilder t = new StringBuilder();
        t.append("测试县").append(year).append("年政府信息公开工作年度报告\n\n");
        t.append("本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、"
                + "存在的主要问题及改进情况、其他需要报告的事项六个部分组成。报告所列数据统计期限为").append(year)
                .append("年1月1日至").append(year).append("年12月31日。\n\n");
        t.append("一、总体情况\n\n").append(year).append("年，我县扎实推进政务公开工作，落实工作考核、社会评议和责任追究制度。\n\n");
        t.append("二、主动公开政府信息情况\n\n第二十条第（一）项\t\t\t\n信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量\n"
                + "规章\t0\t0\t0\n规范性文件\t1\t1\t1\n第二十条第（五）项\t\t\t\n信息内容\t上一年项目数量\t本年增/减\t处理决定数量\n"
                + "行政许可\t1\t0\t1\n其他对外管理服务事项\t1\t0\t1\n第二十条第（六）项\t\t\t\n信息内容\t上一年项目数量\t本年增/减\t处理决定数量\n"
                + "行政处罚\t1\t0\t1\n行政强制\t1\t0\t1\n第二十条第（八）项\t\t\t\n信息内容\t上一年项目数量\t本年增/减\t\n行政事业性收费\t1\t0\t\n"
                + "第二十条第（九）项\t\t\t\n信息内容\t采购项目数量\t采购总金额\t\n政府集中采购\t1\t1万元\t\n\n");
        t.append("三、收到和处理政府信息公开申请情况\n\n（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况\n"
                + "\t自然人\t法人或其他组织\t总计\n\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\n");
        for (String row : ROWS_2019) {
            t.append(row).append('\t').append(rows.getOrDefault(row, "0\t0\t0\t0\t0\t0\t0")).append('\n');
        }
        t.append("\n四、政府信息公开行政复议、行政诉讼情况\n\n行政复议\t\t\t\t\t行政诉讼\n"
                + "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉\n"
                + "\t\t\t\t\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n"
                + "0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\n\n");
        t.append("五、存在的主要问题及改进情况\n\n存在的主要问题是公开不够全面。下一步将加强培训，改进工作。\n\n");
        t.append("六、其他需要报告的事项\n\n无。\n");
        return t.toString();
    }

    @Test
    void carryOverMustMatchLastYearsCarryForward() throws IOException {
        Map<String, String> y2019 = new LinkedHashMap<>();
        y2019.put("一、本年新收政府信息公开申请数量", "2\t0\t0\t0\t0\t0\t2");
        y2019.put("（一）予以公开", "1\t0\t0\t0\t0\t0\t1");
        y2019.put("（七）总计", "1\t0\t0\t0\t0\t0\t1");
        y2019.put("四、结转下年度继续办理", "1\t0\t0\t0\t0\t0\t1");
        Map<String, String> y2020 = new LinkedHashMap<>();
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("测试县2019.txt"), report(2019, y2019), StandardCharsets.UTF_8);
        Files.writeString(in.resolve("测试县2020.txt"), report(2020, y2020), StandardCharsets.UTF_8);
        // Another office's report must not be paired with these.
        Files.writeString(in.resolve("别县2020.txt"), report(2020, y2020).replace("测试县", "别县"), StandardCharsets.UTF_8);

        Path json = tmp.resolve("f.json");
        int exit = Main.run("--no-cache", "--json", json.toString(), "--xlsx", tmp.resolve("f.xlsx").toString(), in.toString());
        assertThat(exit).isEqualTo(4);
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        Map<String, List<String>> byFile = new LinkedHashMap<>();
        for (JsonNode r : root.get("reports")) {
            List<String> found = new ArrayList<>();
            r.get("findings").forEach(f -> found.add(f.get("ruleId").asText() + "|" + f.get("column").asText() + "|"
                    + f.get("expected").asText() + "|" + f.get("actual").asText()));
            byFile.put(Path.of(r.get("file").asText()).getFileName().toString(), found);
        }
        assertThat(byFile.get("测试县2019.txt")).isEmpty();
        assertThat(byFile.get("别县2020.txt")).isEmpty();
        // The two years' prose and table 二 are the same, which the copy checks rightly report (SimilarityTest);
        // this test is about the carry-over.
        assertThat(byFile.get("测试县2020.txt")).filteredOn(f -> !f.startsWith("CON-XY-REPEAT|") && !f.startsWith("CON-XY-SAME-TABLE|"))
                .containsExactlyInAnyOrder("CON-XY-CARRY|自然人|1|0", "CON-XY-CARRY|总计|1|0");
    }

    @Test
    void theOutputIsTheSameWhateverOrderTheThreadsFinish() throws IOException {
        Path a = tmp.resolve("a.json");
        Path b = tmp.resolve("b.json");
        Main.run("--no-cache", "--json", a.toString(), "--xlsx", tmp.resolve("a.xlsx").toString(), "reports-in");
        Main.run("--no-cache", "--json", b.toString(), "--xlsx", tmp.resolve("b.xlsx").toString(), "reports-in");
        String first = Files.readString(a);
        assertThat(first).contains("000_3438832166e5f38e").contains("T3-COL-TOTAL");
        assertThat(Files.readString(b)).isEqualTo(first);
        List<String> files = new ObjectMapper().readTree(a.toFile()).findValues("file").stream()
                .map(JsonNode::asText).collect(Collectors.toList());
        assertThat(files).isSorted();
    }
}
