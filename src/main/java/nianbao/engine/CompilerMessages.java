package nianbao.engine;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drools' compiler messages ("[ERR 102] Line 7:18 mismatched input ')' in rule \"X\"", "Unable to resolve
 * ObjectType 'Sectoin'" …) in plain Chinese for the supervisor who edited the file: what is wrong and what
 * to do. The original text goes to the log only ({@link RuleError#detail()}).
 */
final class CompilerMessages {
    private static final Pattern LINE = Pattern.compile("\\bLine (\\d+):(\\d+)");
    private static final Pattern INPUT = Pattern.compile("(?:mismatched input|no viable alternative at input|extraneous input)\\s+'([^']*)'");
    private static final Pattern RULE = Pattern.compile("in rule \"?'?([^\"'\\s]+(?:\\s[^\"']*)?)[\"']");
    private static final Pattern TYPE = Pattern.compile("Unable to resolve ObjectType '([^']+)'");
    private static final Pattern STRICT = Pattern.compile("strict-mode: (?:[a-z]\\w*\\.)*([A-Z]\\w*)\\.(\\w+)\\(");
    private static final Pattern UNDEFINED = Pattern.compile("The method (\\w+)\\([^)]*\\) is undefined for the type (\\w+)");
    private static final Pattern UNKNOWN_NAME = Pattern.compile("([\\w$.]+) cannot be resolved");

    private CompilerMessages() {
    }

    /** The line Drools names in its text (some messages carry it only there), or the given one. */
    static int line(String text, int given) {
        if (given > 0) {
            return given;
        }
        Matcher m = LINE.matcher(text == null ? "" : text);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** What the message means, in Chinese, with what to do. */
    static String explain(String text) {
        String t = text == null ? "" : text;
        String rule = find(RULE, t);
        String inRule = rule == null ? "" : "规则“" + rule + "”中";
        if (t.contains("[ERR 1") || t.contains("mismatched input") || t.contains("no viable alternative")
                || t.contains("extraneous input") || t.contains("missing ")) {
            String near = find(INPUT, t);
            String where = near == null || near.isBlank() || near.equals("<EOF>")
                    ? (near != null && near.equals("<EOF>") ? "文件结尾处" : "")
                    : "“" + near + "”处";
            return inRule + where + "写法不对，无法读懂：请检查这一行及上一行的括号、引号、逗号是否成对，"
                    + "条件是否写完整（如 year == 后面要写值），每条规则是否以 rule \"编号\" … when … then … end 写成";
        }
        String type = find(TYPE, t);
        if (type != null) {
            return inRule + "不认识的事实类型“" + type + "”：可用的有 Report、Section、TableFact、Cell、Row、Label、Statement 等"
                    + "（见 src/main/java/nianbao/facts/），并检查文件开头的 import 一行是否与其他规则文件相同";
        }
        String name = find(UNKNOWN_NAME, t);
        if (name != null) {
            return inRule + "不认识的名称“" + name + "”：请检查拼写（字段名、常量名区分大小写），变量要先用 $名称 : 绑定再使用";
        }
        Matcher method = UNDEFINED.matcher(t);
        if (method.find()) {
            return inRule + "“" + method.group(2) + "”没有“" + method.group(1) + "”这个方法：请检查 then 之后的拼写（区分大小写），"
                    + "例如 reporter.at(drools, $x.place(), \"应为\", \"报告中为\");";
        }
        Matcher member = STRICT.matcher(t);
        if (member.find()) {
            return inRule + "“" + member.group(1) + "”没有“" + member.group(2) + "”这个字段：请检查拼写（区分大小写），"
                    + "各事实的字段见 src/main/java/nianbao/facts/" + member.group(1) + ".java";
        }
        if (t.contains("Unable to Analyse Expression") || t.contains("unable to resolve") || t.contains("Unable to resolve")
                || t.contains("Unknown") || t.contains("not found")) {
            String field = find(Pattern.compile("(?:property|method|field)[^'\"]*['\"]([\\w.]+)['\"]"), t);
            return inRule + (field == null ? "条件或动作中有无法理解的写法" : "不认识的字段或方法“" + field + "”")
                    + "：请检查字段名的拼写（见 src/main/java/nianbao/facts/ 中各事实的字段），以及比较的两边类型是否一致";
        }
        if (t.contains("Duplicate") || t.contains("duplicate")) {
            return inRule + "名称重复：同一个规则名、函数或查询定义了两次；请删除其中一处（常见原因：规则文件的副本留在了 rules/ 中）";
        }
        if (t.contains("Rule Compilation error") || t.contains("Error importing") || t.contains("incompatible types")) {
            return inRule + "动作（then 之后）或条件中的写法无法编译：请检查调用的写法，例如 reporter.at(drools, $x.place(), \"应为\", \"报告中为\");";
        }
        return inRule + "规则写法有误，无法编译：请对照同一文件中其他规则的写法检查这一处";
    }

    private static String find(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? m.group(1) : null;
    }
}
