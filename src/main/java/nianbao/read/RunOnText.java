package nianbao.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Some portal pages come out as one enormous line: headings, prose and tables run together
 * ("…联系。 二、主动公开政府信息情况 第二十条第（一）项信息内容…"). Such a line is cut before each
 * section heading and after the heading's own words, so headings and tables can be found again. A
 * numeral followed by numbers ("四、结转下年度继续办理 0 0 …") is a table row, not a heading.
 */
final class RunOnText {
    private static final int LONG_LINE = 300;
    private static final Pattern HEADING = Pattern.compile(
            "[一二三四五六][、.．]\\s*[^0-9０-９，。；]{2,30}?(情况|事项)");
    private static final Pattern TITLE = Pattern.compile("(?<=^|\\s)[^\\s：:]{0,40}?\\d{4}\\s*年度?\\S{0,20}?(年度报告|年报)");
    private RunOnText() {
    }

    static List<String> split(List<String> lines, Headings headings) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            if (line.length() < LONG_LINE) {
                out.add(line);
                continue;
            }
            int last = 0;
            Matcher title = TITLE.matcher(line);
            if (title.find() && title.start() < 300) {
                out.add(line.substring(0, title.start()));
                out.add(title.group());
                out.add("");
                last = title.end();
            }
            Matcher m = HEADING.matcher(line);
            m.region(last, line.length());
            while (m.find()) {
                if (!headings.namesSection(m.group())) {
                    continue;
                }
                out.add(line.substring(last, m.start()));
                out.add("");
                out.add(m.group());
                out.add("");
                last = m.end();
            }
            out.add(line.substring(last));
        }
        return out;
    }
}
