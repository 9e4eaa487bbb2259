package nianbao.render;

/** The Chinese words the workbooks use for the findings' codes, and the display width of Chinese text. */
final class Words {
    private Words() {
    }

    static String status(String status) {
        return switch (status == null ? "" : status) {
            case "checked" -> "已检查";
            case "unreadable" -> "无法读取";
            case "skipped" -> "已跳过";
            default -> status == null ? "" : status;
        };
    }

    /** error / warning / info (or the Chinese word itself, as read back from an earlier workbook). */
    static String severity(String severity) {
        return switch (severity == null ? "" : severity) {
            case "error", "错误" -> "错误";
            case "warning", "警告" -> "警告";
            case "info", "提示" -> "提示";
            default -> severity == null ? "" : severity;
        };
    }

    /** 0 error, 1 warning, 2 info, 3 anything else (no fill). */
    static int severityRank(String severity) {
        return switch (severity(severity)) {
            case "错误" -> 0;
            case "警告" -> 1;
            case "提示" -> 2;
            default -> 3;
        };
    }

    /** The reader that read a report ("text", "docx" …, as the JSON keeps it), in the words a supervisor knows. */
    static String reader(String reader) {
        return switch (reader == null ? "" : reader) {
            case "text" -> "文本";
            case "docx" -> "Word";
            case "doc" -> "Word（旧版 .doc）";
            case "pdf" -> "PDF";
            case "html" -> "网页";
            default -> reader == null ? "" : reader;
        };
    }

    /**
     * A finding's place as one phrase, read left to right: "第三部分 表三 （七）总计 自然人" from its section,
     * table, row and column, leaving out what is empty.
     */
    static String place(String section, String table, String row, String column) {
        StringBuilder sb = new StringBuilder();
        String sec = section == null ? "" : section.strip();
        if (sec.matches("[一二三四五六七八九十]+")) {
            sec = "第" + sec + "部分";
        }
        for (String part : new String[] {sec, table, row, column}) {
            if (part != null && !part.isBlank()) {
                sb.append(sb.length() == 0 ? "" : " ").append(part.strip());
            }
        }
        return sb.toString();
    }

    /**
     * A rule's description short enough for a chart's axis: up to its first pause (，；。：) when that comes
     * soon enough, else cut at {@code max} characters with an ellipsis. Not at a bracket: "表三（七）总计应等于（一）…"
     * would lose what it should equal.
     */
    static String shortDescription(String description, int max) {
        if (description == null) {
            return "";
        }
        String d = description.strip();
        for (int i = 6; i < Math.min(d.length(), max); i++) {
            char c = d.charAt(i);
            if (c == '，' || c == '；' || c == '。' || c == '：') {
                return d.substring(0, i);
            }
        }
        return d.length() <= max ? d : d.substring(0, max - 1) + "…";
    }

    static String certainty(String certainty) {
        return "uncertain".equals(certainty) ? "不确定" : "确定";
    }

    /** The rule categories of rules/*.drl in words; an unknown category is shown as written. */
    static String category(String category) {
        return switch (category == null ? "" : category) {
            case "structure" -> "结构";
            case "label" -> "名称";
            case "completeness" -> "填写完整";
            case "arithmetic" -> "数字计算";
            case "consistency" -> "前后一致";
            case "period" -> "统计期间";
            case "format" -> "格式版本";
            case "rule" -> "规则运行";
            default -> category == null ? "" : category;
        };
    }

    /**
     * Display width in Excel column units: a CJK character or full-width punctuation is about two units,
     * a Latin letter or digit one. Only the longest line of a multi-line text counts.
     */
    static int width(String s) {
        if (s == null) {
            return 0;
        }
        int max = 0;
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n') {
                max = Math.max(max, w);
                w = 0;
            } else {
                w += wide(cp) ? 2 : 1;
            }
        }
        return Math.max(max, w);
    }

    /** Points for a row of this many lines of 11-point text (CJK fonts need more than Latin ones). */
    static float height(int lines) {
        return lines <= 1 ? 16f : lines * 15f + 3;
    }

    static boolean wide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || cp == 0x2018 || cp == 0x2019 || cp == 0x201C || cp == 0x201D
                || cp == 0x2026 || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || cp >= 0x20000;
    }

    /** How many lines a text takes in a wrapped cell of the given width (column units). */
    static int lines(String s, int columnWidth) {
        if (s == null || s.isEmpty()) {
            return 1;
        }
        // A little less than the column: the cell's padding, and CJK glyphs slightly wider than two digits.
        int usable = Math.max(4, (columnWidth - 1) * 92 / 100);
        int lines = 0;
        for (String line : s.split("\n", -1)) {
            lines += Math.max(1, (width(line) + usable - 1) / usable);
        }
        return lines;
    }
}
