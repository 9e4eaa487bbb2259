package nianbao.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nianbao.engine.RuleError;
import nianbao.facts.Cell;
import nianbao.facts.ChildrenSum;
import nianbao.findings.Finding;
import nianbao.findings.ReportResult;
import nianbao.findings.ReportingLine;
import nianbao.support.FixtureReport;
import nianbao.support.Project;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parent = sum of children on real numbers: the real 2023 reports of three 平潭综合实验区 bodies (行政审批局, 君山片区,
 * 自然资源与生态环境局, ../shared/corpus/real/pingtan-departments) and a parent built from their sums; and the real
 * whole-government reports of 2022 and 2023 against the real departments of those years.
 */
class HierarchyTest {
    private static final Path DEPARTMENTS = Project.shared("corpus/real/pingtan-departments");
    private static final List<String> CHILDREN_2023 = List.of("pingtan-hzs-2023.txt", "pingtan-jsp-2023.txt", "pingtan-zrz-2023.txt");
    private static final String AGGREGATES = "本报告根据《中华人民共和国政府信息公开条例》要求，汇总平潭综合实验区各有关单位政府信息公开工作情况编制而成。"
            + "报告所列数据统计期限为2023年1月1日至2023年12月31日。";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<Auditor.Audited> children(RuleSetup setup) {
        List<Auditor.Audited> out = new ArrayList<>();
        for (String f : CHILDREN_2023) {
            out.add(setup.auditor().auditWithFacts(DEPARTMENTS.resolve(f), f));
        }
        return out;
    }

    /** A parent whose 表三 and 表四 are the sums of the children's, {@code off} added to table 三 row R1, column NP. */
    private static Auditor.Audited parent(RuleSetup setup, List<Auditor.Audited> children, long off) {
        Map<String, long[]> t3 = new TreeMap<>();
        long[] t4 = new long[15];
        for (Auditor.Audited c : children) {
            for (Cell cell : c.facts().cells()) {
                if (cell.value() == null) {
                    continue;
                }
                if (cell.table().equals("T3")) {
                    t3.computeIfAbsent(cell.rowKey(), k -> new long[7])[cell.columnOrder()] += cell.count();
                } else if (cell.table().equals("T4")) {
                    t4[cell.columnOrder()] += cell.count();
                }
            }
        }
        t3.get("R1")[0] += off;
        ObjectNode spec = JSON.createObjectNode().put("year", 2023).put("title", "平潭综合实验区2023年政府信息公开工作年度报告")
                .put("preamble", AGGREGATES);
        ObjectNode rows = spec.putObject("t3");
        t3.forEach((k, v) -> {
            ArrayNode a = rows.putArray(k);
            for (long x : v) {
                a.add(x);
            }
        });
        ArrayNode four = spec.putArray("t4");
        for (long x : t4) {
            four.add(x);
        }
        return setup.auditor().auditDocument("平潭综合实验区-汇总.txt", FixtureReport.build(spec, setup.templates()));
    }

    private static List<Finding> hierarchy(List<ReportResult> results) {
        return results.stream().flatMap(r -> r.findings().stream()).filter(f -> f.ruleId().equals("CON-HIER-SUM")).toList();
    }

    @Test
    void theChildrenAreRealAndTheirColumnOrderIsTheTemplates() {
        List<Auditor.Audited> kids = children(Project.setup());
        assertThat(kids).allSatisfy(k -> assertThat(k.facts().report().office()).startsWith("平潭综合实验区"));
        // The three real reports' 本年新收 totals: 7, 2 and 19 (read from the files, as the supervisor sees them).
        List<Long> received = kids.stream().map(k -> k.facts().cells().stream()
                .filter(c -> c.table().equals("T3") && c.rowKey().equals("R1") && c.columnKey().equals("TOT"))
                .findFirst().orElseThrow().count()).toList();
        assertThat(received).containsExactly(7L, 2L, 19L);
    }

    @Test
    void aParentThatIsTheSumOfItsRealChildrenHasNoFinding() {
        RuleSetup setup = Project.setup();
        List<Auditor.Audited> batch = new ArrayList<>(children(setup));
        batch.add(parent(setup, batch, 0));
        assertThat(batch.get(3).facts().report().bodyKind()).isEqualTo("government");
        assertThat(hierarchy(Batch.acrossYears(setup, batch))).isEmpty();
    }

    @Test
    void aParentOneBelowTheSumGetsOneFindingNamingTheCellTheSumAndTheChildren() {
        RuleSetup setup = Project.setup();
        List<Auditor.Audited> batch = new ArrayList<>(children(setup));
        batch.add(parent(setup, batch, -1));
        List<Finding> found = hierarchy(Batch.acrossYears(setup, batch));
        assertThat(found).hasSize(1);
        Finding f = found.get(0);
        assertThat(f.table()).isEqualTo("表三");
        assertThat(f.row()).isEqualTo("一、本年新收政府信息公开申请数量");
        assertThat(f.column()).isEqualTo("自然人");
        long sum = 0;
        for (Auditor.Audited k : batch.subList(0, 3)) {
            sum += k.facts().cells().stream().filter(c -> c.table().equals("T3") && c.rowKey().equals("R1")
                    && c.columnKey().equals("NP")).findFirst().orElseThrow().count();
        }
        assertThat(f.expected()).isEqualTo("至少" + sum);
        assertThat(f.actual()).isEqualTo(String.valueOf(sum - 1));
        assertThat(f.evidence()).contains("平潭综合实验区行政审批局", "平潭综合实验区君山片区管理局", "平潭综合实验区自然资源与生态环境局");
        // Guessed by name (no 机构 sheet): uncertain.
        assertThat(f.certainty()).isEqualTo("uncertain");
    }

    @Test
    void withTheInstitutionsSheetTheParentMustEqualTheSumAndAbsentChildrenAreNamed(@TempDir Path tmp) throws Exception {
        Path rules = Project.copyRules(tmp.resolve("rules"));
        institutions(rules, List.of(
                List.of("平潭综合实验区", "", "政府"),
                List.of("平潭综合实验区行政审批局", "平潭综合实验区", "部门"),
                List.of("平潭综合实验区君山片区管理局", "平潭综合实验区", "乡镇"),
                List.of("平潭综合实验区自然资源与生态环境局", "平潭综合实验区", "部门")));
        RuleSetup setup = RuleSetup.load(rules, false);
        assertThat(Institutions.check(rules)).isEmpty();
        // One above the sum, all children present: equality is asked, so it is found, and certain.
        List<Auditor.Audited> batch = new ArrayList<>(children(setup));
        batch.add(parent(setup, batch, 1));
        List<Finding> found = hierarchy(Batch.acrossYears(setup, batch));
        assertThat(found).hasSize(1);
        assertThat(found.get(0).certainty()).isEqualTo("certain");
        assertThat(Long.parseLong(found.get(0).actual())).isEqualTo(Long.parseLong(found.get(0).expected()) + 1);

        // A fourth expected child without a report: only "at least", and the finding names it.
        institutions(rules, List.of(List.of("平潭综合实验区教育局", "平潭综合实验区", "部门")));
        RuleSetup more = RuleSetup.load(rules, false);
        List<Auditor.Audited> again = new ArrayList<>(children(more));
        again.add(parent(more, again, -1));
        List<Finding> below = hierarchy(Batch.acrossYears(more, again));
        assertThat(below).hasSize(1);
        assertThat(below.get(0).expected()).startsWith("至少");
        assertThat(below.get(0).evidence()).contains("未计入：平潭综合实验区教育局");
        List<Auditor.Audited> aboveBatch = new ArrayList<>(children(more));
        aboveBatch.add(parent(more, aboveBatch, 1));
        assertThat(hierarchy(Batch.acrossYears(more, aboveBatch))).isEmpty();
    }

    @Test
    void theRealGovernmentReportsOf2022And2023AgainstTheRealDepartmentsOfThoseYears() {
        RuleSetup setup = Project.setup();
        Path gov = Project.shared("corpus/real/changwu-pingtan-gov-zwgk-archive");
        Hierarchy h = new Hierarchy();
        List<Path> files = new ArrayList<>();
        files.add(gov.resolve("80629_平潭综合实验区2022年度政府信息公开工作年度报告/page.txt"));
        files.add(gov.resolve("87885_平潭综合实验区2023年度政府信息公开工作年度报告/page.txt"));
        for (String f : List.of("pingtan-jjf-2022.txt", "pingtan-jjp-2022.txt", "pingtan-zhz-2022.txt",
                "pingtan-hzs-2023.txt", "pingtan-jsp-2023.txt", "pingtan-zrz-2023.txt", "pingtan-spp-2024.txt")) {
            files.add(DEPARTMENTS.resolve(f));
        }
        for (Path f : files) {
            Auditor.Audited a = setup.auditor().auditWithFacts(f, f.toString());
            h.keep(f.toString(), a.facts());
        }
        List<ChildrenSum> sums = Hierarchy.sums(entries(h), Institutions.none());
        // Both years' reports say they aggregate; each is compared with its three departments of that year, not 2024's.
        assertThat(sums.stream().map(ChildrenSum::year).distinct().sorted().toList()).containsExactly(2022, 2023);
        assertThat(sums).allSatisfy(s -> assertThat(s.children().split("、")).hasSize(3));
        assertThat(sums).allSatisfy(s -> assertThat(s.children()).doesNotContain("2024"));
        // What the check says: no cell of either real report is below the sum of the departments found, e.g. 2023's
        // 本年新收 81 against 7 + 2 + 19 = 28. The three are a few of the area's bodies, so this is all it can say.
        assertThat(sums).noneMatch(s -> s.parentCount() < s.sum());
        ChildrenSum received = sums.stream().filter(s -> s.year() == 2023 && s.table().equals("T3")
                && s.rowKey().equals("R1") && s.columnKey().equals("TOT")).findFirst().orElseThrow();
        assertThat(received.parentCount()).isEqualTo(81);
        assertThat(received.sum()).isEqualTo(28);
        assertThat(received.complete()).isFalse();
    }

    @Test
    void theInstitutionsSheetIsCheckedRowByRow(@TempDir Path tmp) throws Exception {
        Path rules = Project.copyRules(tmp.resolve("rules"));
        institutions(rules, List.of(
                List.of("某县", "", "政府"),
                List.of("某县教育局", "某县", "局"),
                List.of("某县财政局", "某市", "部门"),
                List.of("甲镇", "乙镇", "乡镇"),
                List.of("乙镇", "甲镇", "乡镇")));
        List<String> errors = Institutions.check(rules).stream().map(RuleError::message).toList();
        assertThat(errors).containsExactly(
                "工作表“机构”第3行“类型”列：“局”不是机构类型，应填 政府、部门、乡镇 或 街道",
                "工作表“机构”第4行“上级”列：上级“某市”不是本表“名称”列中的机构，请照“名称”列抄写，或先添上这个机构",
                "工作表“机构”第5行“上级”列：上级关系成了循环（甲镇 → 乙镇 → 甲镇），机构不能是自己的上级");
        // And through the settings check that ./check rules check runs.
        RuleSetup setup = Project.setup();
        assertThat(SettingsCheck.check(rules, setup.templates(), setup.catalog()).stream().map(RuleError::message).toList())
                .containsAll(errors);
    }

    @Test
    void theShippedWorkbookHasAnEmptyInstitutionsSheetAndItChangesNothing() throws Exception {
        try (InputStream in = Files.newInputStream(Project.RULES.resolve("settings.xlsx")); Workbook wb = WorkbookFactory.create(in)) {
            Sheet s = wb.getSheet("机构");
            assertThat(s).isNotNull();
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("名称");
            assertThat(s.getRow(0).getCell(1).getStringCellValue()).isEqualTo("上级");
            assertThat(s.getRow(0).getCell(2).getStringCellValue()).isEqualTo("类型");
            assertThat(s.getDataValidations()).isNotEmpty();
        }
        assertThat(Institutions.load(Project.RULES).isEmpty()).isTrue();
        assertThat(new Hierarchy().submissions(Project.setup())).isEmpty();
    }

    @Test
    void submissionsListExpectedOfficesTheirDeadlinesAndWhoDidNotReport(@TempDir Path tmp) throws Exception {
        Path rules = Project.copyRules(tmp.resolve("rules"));
        institutions(rules, List.of(
                List.of("平潭综合实验区", "", "政府"),
                List.of("平潭综合实验区行政审批局", "平潭综合实验区", "部门"),
                List.of("平潭综合实验区教育局", "平潭综合实验区", "部门")));
        RuleSetup setup = RuleSetup.load(rules, false);
        Hierarchy h = new Hierarchy();
        for (String f : List.of("pingtan-hzs-2023.txt", "pingtan-jsp-2023.txt")) {
            h.keep(f, setup.auditor().auditWithFacts(DEPARTMENTS.resolve(f), f).facts());
        }
        List<ReportingLine> lines = h.submissions(setup);
        assertThat(lines).extracting(ReportingLine::office, ReportingLine::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("平潭综合实验区", "未报送"),
                org.assertj.core.groups.Tuple.tuple("平潭综合实验区行政审批局", "已报送"),
                org.assertj.core.groups.Tuple.tuple("平潭综合实验区教育局", "未报送"),
                org.assertj.core.groups.Tuple.tuple("平潭综合实验区君山片区管理局", "未列入机构表"));
        // The law's dates (deadlines.json): a government by 31 March, a department by 31 January.
        assertThat(lines.get(0).deadline()).isEqualTo("2024-03-31");
        assertThat(lines.get(2).deadline()).isEqualTo("2024-01-31");
        // 行政审批局 published on 2024-01-30 (the page's 发布时间), a day before its deadline.
        assertThat(lines.get(1).file()).isEqualTo("pingtan-hzs-2023.txt");
        assertThat(lines.get(1).published()).isEqualTo("2024-01-30");
        assertThat(lines.get(1).daysLate()).isNull();
    }

    private static List<Hierarchy.Entry> entries(Hierarchy h) {
        return h.sorted();
    }

    /** Appends rows to the 机构 sheet of the copy's settings.xlsx. */
    private static void institutions(Path rules, List<List<String>> rows) throws Exception {
        nianbao.support.SettingsRows.append(rules, "机构", rows);
    }
}
