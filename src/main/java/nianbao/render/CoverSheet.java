package nianbao.render;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import nianbao.findings.BatchResult;
import nianbao.findings.Forwarding;
import nianbao.findings.ReportResult;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * 说明, the cover of an office's workbook, which the supervisor forwards to the county: who sends it, whom to
 * call and by when to answer (sheet 转发设置 of settings.xlsx, with its cover text), whose report and when it
 * was checked, how many problems of each severity, what was checked in plain words, and how to read and
 * answer 问题清单. Rules appear by what they check, never by id, and the rules' fingerprint is left to the
 * supervisor's own workbook.
 */
final class CoverSheet {
    static final String NAME = "说明";
    private static final int[] WIDTH = {16, 12, 78};
    private static final int VALUE_WIDTH = 12 + 78;

    static final List<String[]> CHECKED = List.of(
        new String[] {"结构", "报告是否包含年报格式规定的六个部分，顺序、序号和标题是否正确：一、总体情况；二、主动公开政府信息情况；"
            + "三、收到和处理政府信息公开申请情况；四、政府信息公开行政复议、行政诉讼情况；五、存在的主要问题及改进情况；"
            + "六、其他需要报告的事项。"},
        new String[] {"统计表", "表二“主动公开政府信息情况”、表三“收到和处理政府信息公开申请情况”、表四“政府信息公开行政复议、"
            + "行政诉讼情况”是否齐全，行名称和列名称是否与模板一致。"},
        new String[] {"填写", "每个格子是否都已填写（没有发生的应填 0），填的是否都是不小于 0 的整数。"},
        new String[] {"计算", "表三每一行的“总计”是否等于各类申请人之和；（七）总计是否等于（一）至（六）各项之和；"
            + "勾稽关系“一、本年新收 + 二、上年结转 = 三、（七）总计 + 四、结转下年度继续办理”是否在每一列都成立；"
            + "表四各组的总计是否等于各项之和。"},
        new String[] {"正文与表格", "正文中所说的收到申请件数、予以公开、部分公开等件数是否与表三一致。"},
        new String[] {"统计期间和格式", "统计期间是否为报告所属年度（1月1日至12月31日）；是否使用了该年度应使用的年报格式"
            + "（2019 年版或 2021 年版），有没有混用两个版本。"});

    static final List<String[]> HOW_TO_READ = List.of(
        new String[] {"问题清单", "每行一个问题。“位置”用模板中的名称指明问题在报告中的部分、表、行和列；“问题说明”用一句话"
            + "说明问题；“应为”是按模板或计算应有的内容，“报告中为”是报告中实际写的内容；“依据”是判断所依据的报告原文或数字。"},
        new String[] {"整改情况", "请在“问题清单”的“整改情况”列逐条填写：已改正的，写明改正后的内容或数字；认为不是问题的，"
            + "写明理由。填好后将本工作簿报回。"},
        new String[] {"表格读取结果", "程序从报告的表二、表三、表四中读到的数字，按模板的行和列排列；有问题的格子按严重程度着色。"
            + "在“问题清单”中点击“位置”列可跳到该问题所在的格子。格子不是按原文读取的（例如推断、未读到），在〔〕中注明。"},
        new String[] {"确定性", "“确定”表示问题所依据的文字和数字是直接从报告中读到的。“不确定”表示所依据的数字是程序推断出"
            + "所在位置的（例如文本中表格的一行丢了空白格子，只能按这一行的合计推断各数字属于哪一列），请先对照原报告核实，"
            + "属实再整改。"});

    /** The cover text when the supervisor has set none (转发设置 说明文字). */
    static final String DEFAULT_TEXT = "经检查，你单位报送的政府信息公开工作年度报告有 %d 个问题，逐条列在“问题清单”中。"
            + "请对照原报告逐条核实、整改，在“整改情况”列填写整改情况，按期将本工作簿报回。";
    static final String NO_PROBLEM_TEXT = "经检查，你单位报送的政府信息公开工作年度报告未发现问题。";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final Styles styles;

    CoverSheet(Styles styles) {
        this.styles = styles;
    }

    void write(XSSFSheet sheet, BatchResult batch, ReportResult report, String checkedAt, Forwarding forwarding) {
        sheet.setDisplayGridlines(false);
        for (int i = 0; i < WIDTH.length; i++) {
            sheet.setColumnWidth(i, WIDTH[i] * 256);
        }
        Cells.str(sheet.createRow(0), 0, "政府信息公开工作年度报告检查结果", styles.title).getRow().setHeightInPoints(24);
        String text = !forwarding.text().isEmpty() ? forwarding.text()
                : report.findings().isEmpty() ? NO_PROBLEM_TEXT : String.format(DEFAULT_TEXT, report.findings().size());
        Row intro = sheet.createRow(1);
        Cells.str(intro, 0, text, styles.paragraph);
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, 2));
        intro.setHeightInPoints(Words.height(Words.lines(text, WIDTH[0] + VALUE_WIDTH)));
        int r = 3;
        if (!forwarding.sender().isEmpty()) {
            r = line(sheet, r, "发送单位", forwarding.sender());
        }
        if (!forwarding.contact().isEmpty() || !forwarding.phone().isEmpty()) {
            r = line(sheet, r, "联系人", String.join("　", forwarding.contact(), forwarding.phone()).strip());
        }
        r = line(sheet, r, "整改期限", forwarding.deadline() == null ? "按来函要求的期限报回"
                : DAY.format(forwarding.deadline()) + "前报回");
        r++;
        r = line(sheet, r, "机关", SummarySheet.office(report));
        Row year = sheet.createRow(r++);
        Cells.str(year, 0, "年度", styles.label);
        Cells.num(year, 1, report.year(), styles.numberLeft);
        r = line(sheet, r, "报告文件", report.file());
        r = line(sheet, r, "格式版本", report.template() == null ? "未能判断" : report.template() + " 年版");
        r = line(sheet, r, "检查时间", checkedAt);

        r = section(sheet, r + 1, "检查结果");
        String[][] severities = {
            {"error", "错误", "客观上不符合年报格式，或模板规定的数字关系不成立，必须改正。"},
            {"warning", "警告", "很可能有问题，但也有合理的例外（或可能由文字提取造成），请核实后改正。"},
            {"info", "提示", "质量方面的提醒，供参考。"}};
        for (int i = 0; i < 3; i++) {
            Row row = sheet.createRow(r++);
            long n = report.count(severities[i][0]);
            Cells.str(row, 0, severities[i][1], styles.severityText[i]);
            Cells.num(row, 1, n, n > 0 ? styles.severityNumber[i] : styles.number);
            Cells.str(row, 2, severities[i][2], styles.wrap);
            row.setHeightInPoints(Words.height(Words.lines(severities[i][2], WIDTH[2])));
        }

        r = section(sheet, r + 1, "检查内容");
        for (String[] item : CHECKED) {
            r = line(sheet, r, item[0], item[1]);
        }
        if (!batch.rulesOff().isEmpty()) {
            Map<String, String> descriptions = SummarySheet.descriptions(batch.rules());
            List<String> off = batch.rulesOff().stream()
                    .map(id -> descriptions.getOrDefault(id, "").isEmpty() ? id : descriptions.get(id)).toList();
            r = line(sheet, r, "未检查", "以下检查已由上级关闭，本次没有做：" + String.join("；", off) + "。");
        }
        r = section(sheet, r + 1, "如何阅读");
        for (String[] item : HOW_TO_READ) {
            r = line(sheet, r, item[0], item[1]);
        }
        sheet.setPrintGridlines(false);
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    /** A label and a value spanning the two value columns, as high as the value's text needs. */
    private int line(XSSFSheet sheet, int r, String label, String value) {
        Row row = sheet.createRow(r);
        Cells.str(row, 0, label, styles.label);
        CellStyle style = styles.wrap;
        Cells.str(row, 1, value, style);
        Cells.str(row, 2, "", style);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 1, 2));
        row.setHeightInPoints(Words.height(Words.lines(value, VALUE_WIDTH)));
        return r + 1;
    }

    private int section(XSSFSheet sheet, int r, String title) {
        Cells.str(sheet.createRow(r), 0, title, styles.blockTitle).getRow().setHeightInPoints(20);
        return r + 1;
    }
}
