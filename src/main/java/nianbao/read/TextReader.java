package nianbao.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nianbao.document.Block;
import nianbao.document.Document;
import nianbao.document.Paragraph;
import nianbao.document.ReadingWords;
import nianbao.document.Texts;

/**
 * Reads plain-text reports (and markdown): decodes the bytes, cuts off web-page chrome before the title
 * and after the report, then splits the lines into paragraphs and tables. The tables are recovered by
 * {@link TextTables}.
 */
public final class TextReader implements ReportReader {
    private static final Pattern TITLE = Pattern.compile(".{0,40}\\d{4}\\s*年\\s*度?.{0,20}(年度报告|年报)\\s*$");
    private static final Pattern TITLE_TAIL = Pattern.compile("^\\s*\\d{4}\\s*年.*(年度报告|年报)\\s*$");
    private static final Pattern META_LINE = Pattern.compile(
            "^\\s*[•·*\\-]?\\s*(发布日期|发布时间|成文日期|信息来源|来源|浏览次数|索引号|发文机关|发文字号|组配分类|标题|文号|主题分类|本地目录|原文链接|栏目|发布机构|页面链接)\\s*[:：].*|^\\s*=+\\s*正文\\s*=+\\s*$|^\\s*页面链接.*");
    private static final Pattern FOOTER = Pattern.compile(
            ".*(主办单位|网站标识码|ICP备|版权所有|技术支持|网站地图|公网安备|实名登录|扫一扫|关闭窗口|打印本页).*");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[。！？；：:;!?）)]\\s*$");

    private final ReadingWords words;

    /** A reader that sees the template's structure by {@code words} (built from rules/templates by the caller). */
    public TextReader(ReadingWords words) {
        this.words = words;
    }

    /** A reader without the template's words (a reader's own tests): headings and tables by layout alone. */
    public TextReader() {
        this(ReadingWords.NONE);
    }

    @Override
    public String name() {
        return "text";
    }

    @Override
    public Document read(Path file) throws UnreadableException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnreadableException("文件无法打开，请检查文件是否存在、是否有读取权限。", e);
        }
        TextDecoder.Decoded decoded = TextDecoder.decodeNoting(bytes);
        String text = decoded.text().replace("\r\n", "\n").replace('\r', '\n');
        if (Texts.noSpace(text).isEmpty()) {
            throw new UnreadableException("文件是空的，没有任何文字。");
        }
        return parse(text, words).withNote(decoded.note());
    }

    /** Splits decoded text into metadata, paragraphs and tables. Visible for tests. */
    public static Document parse(String text, ReadingWords words) {
        List<String> lines = RunOnText.split(HardWrap.unwrap(new ArrayList<>(List.of(text.split("\n", -1)))), new Headings(words));
        List<String> metadata = new ArrayList<>();
        int start = findTitle(lines);
        joinBrokenTitle(lines, start);
        for (int i = 0; i < start; i++) {
            addMeta(metadata, lines.get(i));
        }
        int end = findFooter(lines, start);
        for (int i = end; i < lines.size(); i++) {
            addMeta(metadata, lines.get(i));
        }
        List<String> body = new ArrayList<>();
        for (int i = start; i < end; i++) {
            String line = lines.get(i);
            if (i < start + 12 && META_LINE.matcher(line).matches()) {
                addMeta(metadata, line);
                // A run-on page puts the preamble on the same line as 来源/时间: keep such a line as text too.
                body.add(line.length() > 120 ? line : "");
            } else if (i < start + 12 && line.contains("发布日期") && line.contains("信息来源")) {
                addMeta(metadata, line);
                body.add(line.length() > 120 ? line : "");
            } else {
                body.add(line);
            }
        }
        return new Document("text", blocks(body, words), metadata);
    }

    private static void addMeta(List<String> metadata, String line) {
        if (!line.isBlank()) {
            metadata.add(line.strip());
        }
    }

    /**
     * The report starts at its title line. A title broken after the office name ("海原县人民政府" /
     * "2020 年…年度报告") starts one line earlier. Without a recognisable title nothing is cut.
     */
    static int findTitle(List<String> lines) {
        int limit = Math.min(lines.size(), 80);
        for (int i = 0; i < limit; i++) {
            String line = lines.get(i).strip();
            if (line.length() > 70 || line.contains("：") || line.contains(":") || line.startsWith("•")) {
                continue;
            }
            String next = i + 1 < lines.size() ? lines.get(i + 1).strip() : "";
            if (!TITLE.matcher(line).matches() && next.length() <= 12 && line.matches(".*\\d{4}\\s*年.*")
                    && TITLE.matcher(line + next).matches()) {
                return i;
            }
            if (TITLE.matcher(line).matches()) {
                if (TITLE_TAIL.matcher(line).matches()) {
                    int prev = previousNonBlank(lines, i);
                    if (prev >= 0 && lines.get(prev).strip().length() <= 30
                            && !lines.get(prev).contains("：") && !lines.get(prev).contains(":")) {
                        return prev;
                    }
                }
                return i;
            }
        }
        return 0;
    }

    /**
     * A title broken over two lines by a PDF export ("2024 年上海市科委政府信息公开工作" / "年度报告")
     * is put back on one line.
     */
    private static void joinBrokenTitle(List<String> lines, int start) {
        if (start >= lines.size() - 1 || TITLE.matcher(lines.get(start).strip()).matches()
                && !TITLE_TAIL.matcher(lines.get(start).strip()).matches()) {
            return;
        }
        String joined = lines.get(start).strip() + lines.get(start + 1).strip();
        if (lines.get(start + 1).strip().length() <= 12 && TITLE.matcher(joined).matches()) {
            lines.set(start, joined);
            lines.set(start + 1, "");
        }
    }

    private static int previousNonBlank(List<String> lines, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (!lines.get(j).isBlank()) {
                return j;
            }
        }
        return -1;
    }

    /** Portal footers (主办单位, 网站标识码, 登录 …) in the last part of the file end the report. */
    static int findFooter(List<String> lines, int start) {
        int from = Math.max(start + 1, lines.size() * 2 / 3);
        for (int i = from; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.length() <= 160 && FOOTER.matcher(line).matches()) {
                return i;
            }
        }
        return lines.size();
    }

    private static List<Block> blocks(List<String> lines, ReadingWords words) {
        Headings headings = new Headings(words);
        List<Block> blocks = new ArrayList<>();
        int i = 0;
        StringBuilder pending = null;
        while (i < lines.size()) {
            ReadGuard.tick();
            if (TextTables.startsTable(lines, i, words)) {
                pending = flush(blocks, pending);
                TextTables.Recovered table = TextTables.recover(lines, i, words);
                blocks.add(table.table());
                i = table.end();
                continue;
            }
            String line = lines.get(i).strip().replace('\t', ' ');
            i++;
            if (line.isEmpty()) {
                continue;
            }
            if (pending != null && continues(pending, line, headings)) {
                pending.append(line);
            } else {
                pending = flush(blocks, pending);
                pending = new StringBuilder(line);
            }
        }
        flush(blocks, pending);
        return blocks;
    }

    /**
     * Text exported from PDFs breaks sentences mid-line ("规范申请登记、审" / "核、办理"). A long line
     * that does not end a sentence is continued by the next line, unless that line is a heading.
     */
    private static boolean continues(StringBuilder pending, String line, Headings headings) {
        String prev = pending.toString();
        boolean prose = prev.contains("，") || prev.contains(",") || prev.contains("。") || prev.contains("；");
        return prev.length() >= 30 && prose && !SENTENCE_END.matcher(prev).matches()
                && !TITLE.matcher(prev).matches() && !headings.looksLikeHeading(line);
    }

    private static StringBuilder flush(List<Block> blocks, StringBuilder pending) {
        if (pending != null && pending.length() > 0) {
            blocks.add(new Paragraph(pending.toString()));
        }
        return null;
    }
}
