package nianbao.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nianbao.engine.RuleError;
import nianbao.findings.Forwarding;
import nianbao.template.SettingsSheet;

/**
 * Sheet 转发设置 of rules/settings.xlsx: what the cover of each county's --split workbook says about who
 * forwards it. One row per item (项目 | 内容 | 填写说明): 发送单位, 联系人, 联系电话, 整改期限 (a calendar date,
 * 2026-03-31 or 2026年3月31日, or a date cell) and 说明文字 (the cover text). A settings workbook without the
 * sheet, or with empty 内容, gives {@link Forwarding#NONE}'s general words on the cover.
 */
public final class ForwardingSettings {
    public static final String SHEET = "转发设置";
    public static final String SENDER = "发送单位";
    public static final String CONTACT = "联系人";
    public static final String PHONE = "联系电话";
    public static final String DEADLINE = "整改期限";
    public static final String TEXT = "说明文字";
    public static final List<String> ITEMS = List.of(SENDER, CONTACT, PHONE, DEADLINE, TEXT);
    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");

    private ForwardingSettings() {
    }

    /** The forwarding settings of a rules folder; a value that is not valid is left out (the check names it). */
    public static Forwarding read(Path rulesDir) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        for (SettingsSheet.Line line : SettingsSheet.read(rulesDir, SHEET)) {
            if (ITEMS.contains(line.cell(0))) {
                values.putIfAbsent(line.cell(0), line.cell(1));
            }
        }
        LocalDate deadline = null;
        try {
            deadline = date(values.getOrDefault(DEADLINE, ""));
        } catch (DateTimeException e) {
            // not a calendar date: reported by check, the cover then says 按来函要求
        }
        return new Forwarding(values.get(SENDER), values.get(CONTACT), values.get(PHONE), deadline, values.get(TEXT));
    }

    /** Every row of the sheet that is not right, naming sheet, row and column, in Chinese. */
    static List<RuleError> check(Path rulesDir) throws IOException {
        String file = rulesDir.resolve(SettingsSheet.FILE).toString();
        List<RuleError> out = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (SettingsSheet.Line line : SettingsSheet.read(rulesDir, SHEET)) {
            String item = line.cell(0);
            String value = line.cell(1);
            if (item.isEmpty()) {
                if (!value.isEmpty()) {
                    out.add(at(file, line, "项目", "没有填项目，这一行的内容不知道填在封面哪里，应填 "
                            + String.join("、", ITEMS)));
                }
                continue;
            }
            if (!ITEMS.contains(item)) {
                out.add(at(file, line, "项目", "“" + item + "”不是可填的项目，应填 " + String.join("、", ITEMS)));
                continue;
            }
            Integer before = seen.putIfAbsent(item, line.number());
            if (before != null) {
                out.add(at(file, line, "项目", "“" + item + "”已在第" + before + "行填写，每个项目只填一行"));
                continue;
            }
            if (item.equals(DEADLINE) && !value.isEmpty()) {
                try {
                    if (date(value) == null) {
                        out.add(at(file, line, "内容", "“" + value + "”不是日期，请写成 2026-03-31 或 2026年3月31日"));
                    }
                } catch (DateTimeException e) {
                    out.add(at(file, line, "内容", "“" + value + "”不是日历上有的日期，请填写日历上有的日期"));
                }
            }
        }
        return out;
    }

    /**
     * A date as a supervisor writes it; null for no date (empty or not written as one); a DateTimeException
     * for a date written right that the calendar does not have (2月30日).
     */
    static LocalDate date(String text) {
        Matcher m = DATE.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    private static RuleError at(String file, SettingsSheet.Line line, String column, String what) {
        return new RuleError(file, 0, "工作表“" + SHEET + "”第" + line.number() + "行“" + column + "”列：" + what);
    }
}
