package nianbao.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Rebuilds rules/settings.xlsx with its drop-down lists: the same sheets and cell texts, plus the lists a
 * supervisor picks from (规则开关: 启用 是/否, 严重程度 error/warning/info/错误/警告/提示; 可接受的写法: 表;
 * 报送期限: 机关类型; 转发设置: 项目; 机构: 类型), which refuse any other entry; and the sheets a newer version reads
 * that the workbook lacks, with their default contents ({@link #FORWARDING}: 转发设置, the five items of a county's
 * cover with empty 内容; 机构: 名称 | 上级 | 类型, empty, its header explained in a comment). A sheet already there
 * is kept as it is, so running this twice changes nothing.
 * Run after changing the sheet by program:
 * <pre>
 * mvn -B -q -DskipTests package && mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt \
 *   && mvn -B -q test-compile \
 *   && java -cp target/test-classes:target/classes:$(cat target/cp.txt) nianbao.support.SettingsWorkbookMaker rules/settings.xlsx
 * </pre>
 * SettingsWorkbookTest checks that the shipped workbook has the lists.
 */
public final class SettingsWorkbookMaker {
    public static final String[] ENABLED = {"是", "否"};
    public static final String[] SEVERITY = {"error", "warning", "info", "错误", "警告", "提示"};
    public static final String[] TABLES = {"表二", "表三", "表四", "标题"};
    public static final String[] BODY_KINDS = {"政府", "部门", "乡镇", "街道"};
    public static final String FORWARDING_SHEET = "转发设置";
    public static final String[] FORWARDING_ITEMS = {"发送单位", "联系人", "联系电话", "整改期限", "说明文字"};
    private static final int LAST_ROW = 999;
    /** 转发设置 as shipped: header, then each item with an empty 内容 and a word on how to fill it in. */
    public static final List<List<String>> FORWARDING = List.of(
            List.of("项目", "内容", "填写说明"),
            List.of("发送单位", "", "转发给各县（区）的工作簿封面上写的发送单位，如“某市人民政府办公室”；留空则不写"),
            List.of("联系人", "", "封面上写的联系人姓名；留空则不写"),
            List.of("联系电话", "", "联系人的电话；留空则不写"),
            List.of("整改期限", "", "整改情况报回的最后日期，写成 2026-03-31 或 2026年3月31日；留空则写“按来函要求的期限报回”"),
            List.of("说明文字", "", "封面开头的一段话；留空则用程序的默认说明"));
    /** Column widths of 转发设置 (Excel units). */
    private static final int[] FORWARDING_WIDTHS = {14, 50, 80};

    private SettingsWorkbookMaker() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "rules/settings.xlsx");
        rebuild(file);
        System.out.println("已重建 " + file + "（含下拉列表）");
    }

    /** Rewrites the workbook in place: its texts kept, the drop-down lists added. */
    public static void rebuild(Path file) throws IOException {
        List<String> names = new ArrayList<>();
        List<List<List<String>>> sheets = new ArrayList<>();
        List<List<Integer>> widths = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); Workbook old = WorkbookFactory.create(in)) {
            DataFormatter fmt = new DataFormatter();
            for (Sheet s : old) {
                names.add(s.getSheetName());
                List<List<String>> rows = new ArrayList<>();
                int cols = 0;
                for (int r = 0; r <= s.getLastRowNum(); r++) {
                    Row row = s.getRow(r);
                    List<String> cells = new ArrayList<>();
                    if (row != null) {
                        for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                            cells.add(fmt.formatCellValue(row.getCell(c)));
                        }
                    }
                    cols = Math.max(cols, cells.size());
                    rows.add(cells);
                }
                List<Integer> w = new ArrayList<>();
                for (int c = 0; c < cols; c++) {
                    w.add(s.getColumnWidth(c));
                }
                sheets.add(rows);
                widths.add(w);
            }
        }
        if (!names.contains(FORWARDING_SHEET)) {
            names.add(FORWARDING_SHEET);
            List<List<String>> rows = new ArrayList<>();
            FORWARDING.forEach(r -> rows.add(new ArrayList<>(r)));
            sheets.add(rows);
            List<Integer> w = new ArrayList<>();
            for (int x : FORWARDING_WIDTHS) {
                w.add(x * 256);
            }
            widths.add(w);
        }
        // Sheets added when absent, with their header only (idempotent: a workbook that has them keeps its rows).
        if (!names.contains(INSTITUTIONS)) {
            names.add(INSTITUTIONS);
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("名称", "上级", "类型"));
            sheets.add(rows);
            widths.add(List.of(40 * 256, 40 * 256, 12 * 256));
        }
        addMissingSheets(names, sheets, widths);
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(tmp)) {
            CellStyle header = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            header.setFont(bold);
            for (int i = 0; i < names.size(); i++) {
                Sheet s = wb.createSheet(names.get(i));
                List<List<String>> rows = sheets.get(i);
                for (int r = 0; r < rows.size(); r++) {
                    Row row = s.createRow(r);
                    for (int c = 0; c < rows.get(r).size(); c++) {
                        String v = rows.get(r).get(c);
                        // Blank cells are kept as cells, so a program (or a test) can fill them in place.
                        org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
                        if (!v.isEmpty()) {
                            cell.setCellValue(v);
                        }
                        if (r == 0 && !names.get(i).equals("说明")) {
                            cell.setCellStyle(header);
                        }
                    }
                }
                for (int c = 0; c < widths.get(i).size(); c++) {
                    s.setColumnWidth(c, widths.get(i).get(c));
                }
                switch (names.get(i)) {
                    case "规则开关" -> {
                        list(s, 1, ENABLED, "启用", "请选择“是”或“否”。");
                        list(s, 2, SEVERITY, "严重程度", "请选择 error、warning、info（或 错误、警告、提示）；留空表示按规则文件。");
                    }
                    case "可接受的写法" -> list(s, 0, TABLES, "表", "请选择 表二、表三、表四 或 标题。");
                    case "报送期限" -> list(s, 1, BODY_KINDS, "机关类型", "请选择 政府、部门、乡镇 或 街道。");
                    case FORWARDING_SHEET -> list(s, 0, FORWARDING_ITEMS, "项目",
                            "请选择 发送单位、联系人、联系电话、整改期限 或 说明文字。");
                    case INSTITUTIONS -> {
                        list(s, 2, BODY_KINDS, "类型", "请选择 政府、部门、乡镇 或 街道。");
                        note(wb, s, INSTITUTIONS_NOTE);
                    }
                    default -> {
                    }
                }
            }
            wb.write(out);
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The sheet 机构 (名称 | 上级 | 类型), read by analysis/Institutions; empty by default. */
    public static final String INSTITUTIONS = "机构";
    static final String INSTITUTIONS_NOTE = "每行一个应报送年度报告的机构：名称照报告标题中的机关名称填写（如“平潭综合实验区教育局”），"
            + "上级填本表“名称”列中它所属的机构（县政府留空），类型选 政府、部门、乡镇 或 街道。填了本表，上级政府写明“汇总编制”的报告"
            + "就与所属机构报告之和核对，检查结果中另有“报送情况”一页（谁未报送、谁逾期）；本表为空时按名称推断所属机构。";

    /** The explanation as a comment on the header's first cell (rebuilt each time, so running twice changes nothing). */
    private static void note(Workbook wb, Sheet sheet, String text) {
        org.apache.poi.ss.usermodel.Drawing<?> drawing = sheet.createDrawingPatriarch();
        org.apache.poi.ss.usermodel.ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
        anchor.setCol1(0);
        anchor.setCol2(4);
        anchor.setRow1(0);
        anchor.setRow2(8);
        org.apache.poi.ss.usermodel.Comment c = drawing.createCellComment(anchor);
        c.setString(wb.getCreationHelper().createRichTextString(text));
        Row header = sheet.getRow(0) == null ? sheet.createRow(0) : sheet.getRow(0);
        (header.getCell(0) == null ? header.createCell(0) : header.getCell(0)).setCellComment(c);
    }

    /** The sheet 相似度 and its rows, with their defaults, when the workbook has none (a second run adds nothing). */
    static void addMissingSheets(List<String> names, List<List<List<String>>> sheets, List<List<Integer>> widths) {
        if (names.stream().noneMatch(n -> n.equalsIgnoreCase(SIMILARITY))) {
            names.add(SIMILARITY);
            sheets.add(new ArrayList<>(List.of(List.of("检查", "比例（%）", "说明"))));
            widths.add(List.of(24 * 256, 12 * 256, 90 * 256));
        }
        List<List<String>> rows = sheets.get(indexOf(names, SIMILARITY));
        for (String[] row : SIMILARITY_ROWS) {
            if (rows.stream().noneMatch(r -> !r.isEmpty() && r.get(0).strip().equals(row[0]))) {
                rows.add(List.of(row));
            }
        }
    }

    private static int indexOf(List<String> names, String name) {
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    public static final String SIMILARITY = "相似度";
    /** The rows of 相似度: check, per cent, what it means (the reader, analysis/Similarity, has the same defaults). */
    static final String[][] SIMILARITY_ROWS = {
        {"与上年报告重复", "50", "本年报告正文（一至六部分）与本机关上一年度报告相同的句子（去掉数字、日期、年份、本机关名称和标点后比较）"
                + "所占字数比例超过此值时报告（规则 CON-XY-REPEAT）；填“关”则不计算"},
        {"与其他机关报告重复", "50", "两份不同机关的报告相同的句子（模板用语不计）占较短一份字数的比例超过此值时，两份报告都报告"
                + "（规则 CON-COPY-OFFICE）；填“关”则不计算"},
        {"模板用语", "5", "一句话出现在本批超过此比例（且多于两个）机关的报告中，视为模板或统一要求的用语，比较不同机关的报告时不计"},
    };

    private static void list(Sheet sheet, int column, String[] values, String title, String text) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation v = helper.createValidation(helper.createExplicitListConstraint(values),
                new CellRangeAddressList(1, LAST_ROW, column, column));
        v.setShowErrorBox(true);
        v.setErrorStyle(DataValidation.ErrorStyle.STOP);
        v.createErrorBox(title, text);
        v.setEmptyCellAllowed(true);
        v.setSuppressDropDownArrow(true);
        sheet.addValidationData(v);
    }
}
