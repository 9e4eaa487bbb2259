package nianbao.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a batch of realistic annual reports for the benchmark and for {@code GeneratedBatchTest}: distinct
 * offices (a generated county name, its 人民政府 or one of its 局), each with two consecutive years so the
 * cross-year rules run; the tables laid out from rules/templates/2019.json or 2021.json (by year), filled
 * with numbers that add up; prose taken from the real reports in ../shared/seeds (paragraphs without a
 * number, so they state nothing the tables would have to agree with). A known share of the reports gets
 * exactly one defect from {@link Defect}; {@code manifest.csv} names each file, its defect and the rule
 * expected to find it.
 *
 * <pre>
 * java -cp target/nianbao-check.jar:target/test-classes nianbao.bench.BatchGenerator \
 *     --count 1000 --seed 1 --defects 0.2 --formats txt --out /tmp/batch
 *     [--formats txt=8,docx=1,pdf=1] [--copies] [--rules rules] [--seeds ../shared/seeds] [--manifest FILE]
 * </pre>
 * {@code --copies}: N resubmissions of one office's report over two years (same office, near-identical).
 */
public final class BatchGenerator {
    /** The defect catalogue: what is changed in an otherwise clean report, and the rule that must find it. */
    public enum Defect {
        /** 表三：（一）予以公开 row's 总计 one more than its parts. */
        T3_ROW_SUM("T3-ROW-TOTAL"),
        /** 表三：本年新收 one more for 自然人 (and its 总计), so 一 + 二 ≠ 三（七）+ 四. */
        T3_BALANCE("T3-BALANCE"),
        /** 表四：行政复议 总计 one more than its four results. */
        T4_GROUP_SUM("T4-GROUP-TOTAL"),
        /** Section 五 (heading and text) left out. */
        MISSING_SECTION("STR-SEC-PRESENT"),
        /** Section 一 opens with last year ("2021年，我县…" in the 2022 report): text copied from last year. */
        WRONG_YEAR_TEXT("CON-YEAR-TEXT"),
        /** The prose says more applications were received than table 三 counts. */
        PROSE_COUNT("CON-TEXT-RECEIVED"),
        /** Signed (and so published) after the legal deadline. */
        LATE_PUBLICATION("PER-DEADLINE"),
        /** The second year's 上年结转 is not the first year's 结转下年度 (the table itself still balances). */
        CARRY_OVER("CON-XY-CARRY");

        private final String rule;

        Defect(String rule) {
            this.rule = rule;
        }

        public String rule() {
            return rule;
        }
    }

    /** One file written: where, whose, which year and format version, and its defect (null: clean). */
    public record Entry(Path file, String office, String kind, int year, String version, String format, Defect defect) {
        public String expectedRule() {
            return defect == null ? "" : defect.rule();
        }
    }

    /** What to generate. {@code formats}: format name to weight (txt, docx, pdf). */
    public record Options(int count, long seed, double defectShare, Map<String, Integer> formats, boolean copies,
                          Path rules, Path seeds, Path out, Path manifest) {
        /** The manifest beside the reports, as {@code out/manifest.csv}. */
        public Options(int count, long seed, double defectShare, Map<String, Integer> formats, boolean copies,
                       Path rules, Path seeds, Path out) {
            this(count, seed, defectShare, formats, copies, rules, seeds, out, out.resolve("manifest.csv"));
        }
    }

    /** Characters of the county names: each one also in the fonts the PDF writer borrows from the real PDFs. */
    private static final String NAME_CHARS = "安宁和平丰康长兴福清源阳川石华明光金月海台西南中定化乐建通高新元文成广顺义信";
    private static final List<String> DEPARTMENTS = List.of("教育局", "财政局", "民政局", "司法局", "自然资源局", "住房和城乡建设局",
            "农业农村局", "卫生健康局", "市场监督管理局", "人力资源和社会保障局", "生态环境局", "人民政府办公室");
    private static final Pattern DIGIT = Pattern.compile("[0-9０-９]");
    /** Words that would make a paragraph a statement the tables must agree with, a heading or a table. */
    private static final List<String> NOT_IN_PROSE = List.of("申请", "复议", "诉讼", "起诉", "年度报告", "第二十条", "信息内容",
            "予以公开", "勾稽", "钩稽", "结果维持", "审结", "索引号", "处理费", "收费", "规章", "规范性文件", "许可", "处罚", "强制",
            "本报告", "统计", "部分组成", "http", "电话", "地址", "邮箱", "。。");
    private static final Pattern HEADING_LIKE = Pattern.compile("^\\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\\d]+[）)]|\\d+[.、．])");

    private final Options options;
    private final Random random;
    private final Map<String, JsonNode> templates = new LinkedHashMap<>();
    private final List<String> prose;
    private final int nameSpace;

    public BatchGenerator(Options options) throws IOException {
        this.options = options;
        this.random = new Random(options.seed());
        ObjectMapper json = new ObjectMapper();
        for (String v : List.of("2019", "2021")) {
            templates.put(v, json.readTree(options.rules().resolve("templates").resolve(v + ".json").toFile()));
        }
        this.prose = proseFrom(options.seeds());
        if (prose.size() < 8) {
            throw new IOException("too few paragraphs without numbers in " + options.seeds() + ": " + prose.size());
        }
        int k = NAME_CHARS.length();
        this.nameSpace = k * k * k;
    }

    public static void main(String[] args) throws IOException {
        Options o = parse(args);
        List<Entry> entries = new BatchGenerator(o).write();
        long defects = entries.stream().filter(e -> e.defect() != null).count();
        System.out.printf(Locale.ROOT, "%d reports in %s (%d with one defect), manifest.csv beside them%n",
                entries.size(), o.out(), defects);
    }

    static Options parse(String[] args) {
        int count = 100;
        long seed = 1;
        double share = 0.2;
        Map<String, Integer> formats = Map.of("txt", 1);
        boolean copies = false;
        Path rules = Path.of("rules");
        Path seeds = Path.of("..", "shared", "seeds");
        Path out = null;
        Path manifest = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--count" -> count = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--defects" -> share = Double.parseDouble(args[++i]);
                case "--formats" -> formats = formats(args[++i]);
                case "--copies" -> copies = true;
                case "--rules" -> rules = Path.of(args[++i]);
                case "--seeds" -> seeds = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--manifest" -> manifest = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + a
                        + " (--count N --seed S --defects SHARE --formats txt[,docx,pdf|txt=8,docx=1] --copies --rules DIR --seeds DIR --out DIR --manifest FILE)");
            }
        }
        if (out == null) {
            throw new IllegalArgumentException("--out DIR is required");
        }
        return new Options(count, seed, share, formats, copies, rules, seeds, out,
                manifest == null ? out.resolve("manifest.csv") : manifest);
    }

    /** "txt", "txt,docx" or "txt=8,docx=1,pdf=1": formats and their weights. */
    public static Map<String, Integer> formats(String spec) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (String f : spec.split(",")) {
            String[] kv = f.trim().split("=");
            if (!Set.of("txt", "docx", "pdf").contains(kv[0])) {
                throw new IllegalArgumentException("format " + kv[0] + ": txt, docx or pdf");
            }
            out.put(kv[0], kv.length > 1 ? Integer.parseInt(kv[1]) : 1);
        }
        return out;
    }

    /** Paragraphs of the real reports that carry no number, no year and no statement a rule reads. */
    static List<String> proseFrom(Path seeds) throws IOException {
        Set<String> out = new LinkedHashSet<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(seeds)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path f : files) {
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                if (line.contains("\t") || HEADING_LIKE.matcher(line).find()) {
                    continue;
                }
                // Sentence by sentence: a paragraph of a real report mostly has a number somewhere.
                for (String sentence : line.strip().split("(?<=。)")) {
                    String p = sentence.strip();
                    if (p.length() < 25 || p.length() > 300 || !p.endsWith("。") || DIGIT.matcher(p).find()
                            || HEADING_LIKE.matcher(p).find() || NOT_IN_PROSE.stream().anyMatch(p::contains)
                            || p.startsWith("“") || p.startsWith("）")) {
                        continue;
                    }
                    out.add(p);
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** Writes the batch and its manifest.csv; returns what was written, in order. */
    public List<Entry> write() throws IOException {
        Files.createDirectories(options.out());
        List<Entry> entries = new ArrayList<>();
        List<String> formatWheel = new ArrayList<>();
        options.formats().forEach((f, w) -> {
            for (int i = 0; i < w; i++) {
                formatWheel.add(f);
            }
        });
        int offices = (options.count() + 1) / 2;
        if (!options.copies() && offices > nameSpace) {
            throw new IllegalArgumentException("at most " + 2 * nameSpace + " reports (distinct county names)");
        }
        int defectTurn = 0;
        Office copied = options.copies() ? office(0) : null;
        for (int i = 0; i < options.count(); i++) {
            int o = i / 2;
            boolean second = i % 2 == 1;
            Office office = options.copies() ? copied : office(o);
            String format = formatWheel.get((options.copies() ? i : o) % formatWheel.size());
            int year = office.firstYear + (second ? 1 : 0);
            Defect defect = null;
            if (random.nextDouble() < options.defectShare()) {
                List<Defect> possible = new ArrayList<>(Arrays.asList(Defect.values()));
                if (!second) {
                    possible.remove(Defect.CARRY_OVER); // needs last year's report in the batch
                }
                defect = possible.get(defectTurn++ % possible.size());
            }
            GeneratedReport report = report(office, year, defect, options.copies() ? i : 0);
            String name = String.format(Locale.ROOT, "%05d_%s%d.%s", i, office.name, year, format);
            Path file = options.out().resolve(name);
            switch (format) {
                case "docx" -> DocxWriter.write(report, file);
                case "pdf" -> PdfWriter.write(report, file);
                default -> Files.writeString(file, report.text(), StandardCharsets.UTF_8);
            }
            entries.add(new Entry(file, office.name, office.kind, year, version(year), format, defect));
        }
        try (Writer w = Files.newBufferedWriter(options.manifest(), StandardCharsets.UTF_8)) {
            w.write("file,office,kind,year,version,format,defect,expected_rule\n");
            for (Entry e : entries) {
                w.write(String.join(",", e.file().getFileName().toString(), e.office(), e.kind(), String.valueOf(e.year()),
                        e.version(), e.format(), e.defect() == null ? "" : e.defect().name(), e.expectedRule()) + "\n");
            }
        }
        return entries;
    }

    static String version(int year) {
        return year >= 2021 ? "2021" : "2019";
    }

    /** An office and the numbers of its two years, fixed so that the second year follows from the first. */
    private final class Office {
        final String name;
        final String county;
        final String kind;
        final int firstYear;
        final long[][] carry = new long[2][6]; // 上年结转 of the first year; 结转下年度 of the first (= 上年结转 of the second)
        final long[] validStart = new long[1];
        final long seed;

        Office(int index) {
            Random r = new Random(options.seed() * 1_000_003L + index);
            this.seed = r.nextLong();
            this.county = countyName(index) + "县";
            boolean government = r.nextInt(3) == 0;
            this.kind = government ? "政府" : "部门";
            this.name = government ? county + "人民政府" : county + DEPARTMENTS.get(r.nextInt(DEPARTMENTS.size()));
            this.firstYear = 2019 + r.nextInt(5);
            for (int c = 0; c < 6; c++) {
                carry[0][c] = c == 0 ? r.nextInt(3) : (r.nextInt(6) == 0 ? 1 : 0);
                carry[1][c] = c == 0 ? r.nextInt(3) : (r.nextInt(6) == 0 ? 1 : 0);
            }
            validStart[0] = 5 + r.nextInt(60);
        }
    }

    private Office office(int index) {
        return new Office(index);
    }

    /** A distinct three-character name for every index below the name space (a bijection, shuffled by the seed). */
    private String countyName(int index) {
        int k = NAME_CHARS.length();
        long mult = 7919; // prime, coprime to k^3
        long v = Math.floorMod(index * mult + options.seed() * 104_729L, nameSpace);
        char[] c = new char[3];
        for (int i = 2; i >= 0; i--) {
            c[i] = NAME_CHARS.charAt((int) (v % k));
            v /= k;
        }
        return new String(c);
    }

    /** The report of {@code office} for {@code year}; {@code variant} varies a resubmission's wording. */
    private GeneratedReport report(Office office, int year, Defect defect, int variant) {
        boolean second = year > office.firstYear;
        // The numbers depend on the office and year only; a resubmission (--copies) differs in wording and date.
        Random r = new Random(office.seed + year * 31L);
        Random words = new Random(office.seed + year * 31L + 7_919L * variant);
        String v = version(year);
        JsonNode template = templates.get(v);
        boolean government = office.kind.equals("政府");
        String we = government ? "我县" : "我局";
        GeneratedReport rep = new GeneratedReport(office.name, year);

        // 表三: every column balances: 一 + 二 = （七）总计 + 四.
        JsonNode t3 = template.path("tables").path("T3");
        List<String> rowKeys = new ArrayList<>();
        List<String> rowLabels = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        t3.path("rows").forEach(row -> {
            rowKeys.add(row.path("key").asText());
            rowLabels.add(row.path("label").asText());
            groups.add(row.path("group").asText());
        });
        long[][] t3v = new long[rowKeys.size()][7];
        int r1 = rowKeys.indexOf("R1");
        int r2 = rowKeys.indexOf("R2");
        int r37 = rowKeys.indexOf("R3.7");
        int r4 = rowKeys.indexOf("R4");
        List<Integer> outcomes = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            if (groups.get(i).startsWith("outcome")) {
                outcomes.add(i);
            }
        }
        int granted = rowKeys.indexOf("R3.1");
        for (int c = 0; c < 6; c++) {
            long received = c == 0 ? r.nextInt(government ? 40 : 8) : (r.nextInt(4) == 0 ? r.nextInt(3) : 0);
            long carriedIn = second ? office.carry[1][c] : office.carry[0][c];
            long carriedOver = second ? r.nextInt(2) : office.carry[1][c];
            if (carriedOver > received + carriedIn) {
                received += carriedOver; // the first year's carry-over is fixed: receive enough to carry it
            }
            t3v[r1][c] = received;
            t3v[r2][c] = carriedIn;
            t3v[r4][c] = carriedOver;
            long handled = received + carriedIn - carriedOver;
            t3v[r37][c] = handled;
            long left = handled;
            // Most are granted; the rest spread over a few outcome rows.
            while (left > 0) {
                int row = r.nextInt(3) > 0 ? granted : outcomes.get(r.nextInt(outcomes.size()));
                long n = 1 + r.nextInt((int) Math.min(left, 5));
                t3v[row][c] += n;
                left -= n;
            }
        }
        if (defect == Defect.CARRY_OVER) {
            // Last year carried nothing more, but this year says one more came over; granted takes it, so
            // the table itself still balances.
            t3v[r2][0] += 1;
            t3v[granted][0] += 1;
            t3v[r37][0] += 1;
        }
        for (long[] row : t3v) {
            long sum = 0;
            for (int c = 0; c < 6; c++) {
                sum += row[c];
            }
            row[6] = sum;
        }
        if (defect == Defect.T3_ROW_SUM) {
            t3v[granted][6] += 1;
            t3v[r37][6] += 1; // the column total follows the wrong row total (总计's balance is off as well)
        }
        if (defect == Defect.T3_BALANCE) {
            t3v[r1][0] += 1;
            t3v[r1][6] += 1;
        }

        // 表四: four results and their total, three times.
        long[] t4 = new long[15];
        for (int g = 0; g < 3; g++) {
            long total = 0;
            for (int i = 0; i < 4; i++) {
                long n = r.nextInt(5) == 0 ? r.nextInt(3) : 0;
                t4[g * 5 + i] = n;
                total += n;
            }
            t4[g * 5 + 4] = total;
        }
        if (defect == Defect.T4_GROUP_SUM) {
            t4[4] += 1;
        }

        // Title and preamble.
        rep.para(office.name + year + "年政府信息公开工作年度报告");
        List<String> titles = new ArrayList<>();
        template.path("sections").forEach(s -> titles.add(s.path("title").asText()));
        rep.para("根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和国务院办公厅政府信息与政务公开办公室有关要求，特向社会公布"
                + office.name + year + "年度政府信息公开工作年度报告。本报告由" + String.join("、", titles.subList(0, 5)) + "以及"
                + titles.get(5) + "六个部分组成。报告所列数据统计期限为" + year + "年1月1日至" + year + "年12月31日。");

        String[] numerals = {"一", "二", "三", "四", "五", "六"};
        for (int s = 0; s < 6; s++) {
            if (defect == Defect.MISSING_SECTION && s == 4) {
                continue;
            }
            rep.heading(numerals[s] + "、" + titles.get(s));
            switch (s) {
                case 0 -> {
                    int lead = defect == Defect.WRONG_YEAR_TEXT ? year - 1 : year;
                    rep.para(lead + "年，" + we + "坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《条例》和上级关于政务公开工作的部署要求，"
                            + "扎实推进政府信息公开工作。");
                    for (String p : pick(words, year, 3 + variant % 2)) {
                        rep.para(p);
                    }
                    rep.para("将政务公开工作纳入绩效考核，主动接受社会评议，本年度未发生因政府信息公开工作被责任追究的情形。");
                }
                case 1 -> {
                    rep.para(pick(words, year, 1).get(0));
                    rep.grid(tableTwo(template, r, office, second));
                }
                case 2 -> {
                    long stated = t3v[r1][6] + (defect == Defect.PROSE_COUNT ? t3v[r2][6] + 2 : 0);
                    rep.para("本年度" + we + "共收到政府信息公开申请" + stated + "件，办结" + t3v[r37][6] + "件，结转下年度继续办理"
                            + t3v[r4][6] + "件。");
                    rep.grid(tableThree(t3, rowKeys, rowLabels, groups, t3v));
                }
                case 3 -> rep.grid(tableFour(t4));
                case 4 -> {
                    rep.para("（一）存在的主要问题。" + pick(words, year, 1).get(0));
                    rep.para("（二）改进情况。" + pick(words, year, 1).get(0));
                }
                default -> rep.para(v.equals("2021") ? "本年度未收取信息处理费。无其他需要报告的事项。" : "无其他需要报告的事项。");
            }
        }
        rep.para(office.name);
        int month;
        int day;
        if (defect == Defect.LATE_PUBLICATION) {
            month = government ? 4 : 2;
            day = 10 + words.nextInt(15);
        } else {
            month = 1;
            day = 5 + words.nextInt(20);
        }
        rep.para((year + 1) + "年" + month + "月" + day + "日");
        return rep;
    }

    /**
     * {@code n} paragraphs of real sentences. Odd years draw from one half of the sentences, even years from the
     * other: a clean office rewrites its prose from one year to the next (the 平潭 government's reports of
     * 2019–2025 repeat 0–5 % of their sentences), whereas two years drawn from the same 28 sentences would repeat
     * about 60 % of them, a copy of last year's report that CON-XY-REPEAT rightly finds.
     */
    private List<String> pick(Random r, int year, int n) {
        List<String> out = new ArrayList<>();
        int half = prose.size() / 2;
        int parity = Math.floorMod(year, 2);
        for (int i = 0; i < n; i++) {
            StringBuilder para = new StringBuilder();
            for (int k = 2 + r.nextInt(2); k > 0; k--) {
                para.append(prose.get(2 * r.nextInt(half) + parity));
            }
            out.add(para.toString());
        }
        return out;
    }

    /** 表二 by the template's blocks: county bodies make no 规章; the rest plausible and non-negative. */
    private List<List<String>> tableTwo(JsonNode template, Random r, Office office, boolean second) {
        List<List<String>> rows = new ArrayList<>();
        int width = 1;
        for (JsonNode b : template.path("tables").path("T2").path("blocks")) {
            width = Math.max(width, 1 + b.path("columns").size());
        }
        for (JsonNode b : template.path("tables").path("T2").path("blocks")) {
            rows.add(padded(width, b.path("caption").asText()));
            List<String> header = new ArrayList<>();
            header.add("信息内容");
            b.path("columns").forEach(c -> header.add(c.path("label").asText()));
            rows.add(padRight(header, width));
            for (JsonNode row : b.path("rows")) {
                String rowKey = row.path("key").asText();
                List<String> cells = new ArrayList<>();
                cells.add(row.path("label").asText());
                Map<String, Long> values = new LinkedHashMap<>();
                for (JsonNode c : b.path("columns")) {
                    values.put(c.path("key").asText(), 0L);
                }
                if (!rowKey.equals("GZ")) {
                    Random fixed = new Random(office.seed + rowKey.hashCode());
                    if (values.containsKey("REPEALED")) { // 2021: valid(this) = valid(last) + made - repealed
                        long made0 = fixed.nextInt(6);
                        long rep0 = fixed.nextInt(3);
                        long made1 = fixed.nextInt(6);
                        long rep1 = fixed.nextInt(3);
                        long valid0 = office.validStart[0] + made0;
                        long valid1 = valid0 + made1 - rep1;
                        values.put("MADE", second ? made1 : made0);
                        values.put("REPEALED", second ? rep1 : rep0);
                        values.put("VALID", second ? valid1 : valid0);
                    }
                    if (values.containsKey("PUB")) { // 2019
                        long made = r.nextInt(8);
                        values.put("MADE", made);
                        values.put("PUB", made);
                        values.put("TOTAL", made + office.validStart[0]);
                    }
                    if (values.containsKey("PREV")) {
                        long prev = 5 + r.nextInt(200);
                        values.put("PREV", prev);
                        values.put("DELTA", (long) (r.nextInt(11) - 5));
                    }
                    for (String k : List.of("DECIDED", "ITEMS")) {
                        if (values.containsKey(k)) {
                            values.put(k, (long) r.nextInt(500));
                        }
                    }
                }
                for (JsonNode c : b.path("columns")) {
                    String key = c.path("key").asText();
                    String role = c.path("role").asText();
                    if (role.equals("amount")) {
                        cells.add(rowKey.equals("GZ") ? "0" : String.format(Locale.ROOT, "%d.%d", r.nextInt(300), r.nextInt(10)));
                    } else {
                        cells.add(String.valueOf(values.getOrDefault(key, 0L)));
                    }
                }
                rows.add(padRight(cells, width));
            }
        }
        return rows;
    }

    private static List<List<String>> tableThree(JsonNode t3, List<String> rowKeys, List<String> rowLabels, List<String> groups,
                                                 long[][] values) {
        List<String> cols = new ArrayList<>();
        t3.path("columns").forEach(c -> cols.add(c.path("label").asText()));
        List<List<String>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(Arrays.asList("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "", "", "申请人情况",
                "", "", "", "", "", "")));
        rows.add(new ArrayList<>(Arrays.asList("", "", "", cols.get(0), "法人或其他组织", "", "", "", "", cols.get(6))));
        rows.add(new ArrayList<>(Arrays.asList("", "", "", "", cols.get(1), cols.get(2), cols.get(3), cols.get(4), cols.get(5), "")));
        List<String> groupLabels = new ArrayList<>();
        t3.path("groupLabels").forEach(g -> groupLabels.add(g.asText()));
        String lastGroup = "";
        boolean resultsNamed = false;
        for (int i = 0; i < rowKeys.size(); i++) {
            List<String> row = new ArrayList<>(Arrays.asList("", "", ""));
            String group = groups.get(i);
            if (group.startsWith("outcome") || group.equals("total")) {
                if (!resultsNamed) {
                    row.set(0, groupLabels.get(0));
                    resultsNamed = true;
                }
                String sub = group.contains(":") ? group.substring(group.indexOf(':') + 1) : "";
                if (!sub.isEmpty()) {
                    if (!sub.equals(lastGroup)) {
                        row.set(1, groupLabels.stream().filter(g -> g.startsWith("（" + sub + "）")).findFirst().orElse(""));
                    }
                    row.set(2, rowLabels.get(i));
                } else {
                    row.set(1, rowLabels.get(i));
                }
                lastGroup = sub;
            } else {
                row.set(0, rowLabels.get(i));
            }
            for (long v : values[i]) {
                row.add(String.valueOf(v));
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<List<String>> tableFour(long[] values) {
        List<List<String>> rows = new ArrayList<>();
        List<String> parts = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");
        List<String> top = new ArrayList<>(padded(15, "行政复议"));
        top.set(5, "行政诉讼");
        rows.add(top);
        List<String> second = new ArrayList<>(parts);
        second.addAll(padded(5, "未经复议直接起诉"));
        second.addAll(padded(5, "复议后起诉"));
        rows.add(second);
        List<String> third = new ArrayList<>(Arrays.asList("", "", "", "", ""));
        third.addAll(parts);
        third.addAll(parts);
        rows.add(third);
        List<String> data = new ArrayList<>();
        for (long v : values) {
            data.add(String.valueOf(v));
        }
        rows.add(data);
        return rows;
    }

    private static List<String> padded(int width, String first) {
        List<String> r = new ArrayList<>();
        r.add(first);
        while (r.size() < width) {
            r.add("");
        }
        return r;
    }

    private static List<String> padRight(List<String> cells, int width) {
        while (cells.size() < width) {
            cells.add("");
        }
        return cells;
    }
}
