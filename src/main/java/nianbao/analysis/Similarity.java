package nianbao.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import nianbao.engine.BatchRunner;
import nianbao.engine.RuleSettings;
import nianbao.extract.Sentences;
import nianbao.facts.Cell;
import nianbao.facts.CopiedText;
import nianbao.facts.Report;
import nianbao.facts.ReportFacts;
import nianbao.facts.Repetition;
import nianbao.facts.SameTable;
import nianbao.facts.Section;
import nianbao.facts.SimilarityLimit;
import nianbao.findings.Finding;
import nianbao.findings.ReportResult;
import nianbao.template.SettingsSheet;
import org.slf4j.LoggerFactory;

/**
 * The batch's copy checks: a report's prose repeated from its office's report of the year before
 * ({@link Repetition}), its statistics tables equal to last year's ({@link SameTable}), and prose shared with
 * another office's report beyond the template's wording ({@link CopiedText}). Java measures; the verdicts are
 * the rules of rules/similarity.drl, which compare the measurements with the thresholds of the sheet 相似度
 * ({@link SimilarityLimit} facts).
 *
 * <p>What is kept of a report ({@link Text}): per sentence of its sections 一 … 六 a 64-bit hash of its
 * normalised form (numbers, dates, years, the office's and its place's name, spaces and punctuation
 * removed), its normalised length and its section; and a 64-bit digest of each table. No text: the
 * passages quoted in a finding are read again from the file, for the reports above a threshold only.
 *
 * <p>Copied from last year: a sentence counts as repeated when its normalised form occurs anywhere in the
 * previous year's report, not only in the same section: reports move paragraphs between sections (the
 * year's work under 一 one year, under 二 the next), and a paragraph copied is copied wherever it stands.
 *
 * <p>Copied from another office: sentences that occur in the reports of more than a few per cent of the
 * batch's offices (and more than two) are the template's or the province's fixed wording and left out.
 * Each report gets a MinHash sketch of its remaining sentences ({@value #HASHES} values); LSH banding
 * ({@value #ROWS} values a band) gives candidate pairs of reports whose sentence sets have a Jaccard
 * similarity of about 0.3 or more, and only those are measured exactly. Within one bucket only the first
 * report of each office stands for it, so an office that sent a thousand copies costs one pair, not a
 * thousand.
 */
final class Similarity {
    static final String SHEET = "相似度";
    static final String LAST_YEAR_ROW = "与上年报告重复";
    static final String OTHER_OFFICE_ROW = "与其他机关报告重复";
    static final String TEMPLATE_ROW = "模板用语";
    static final String REPEAT_RULE = "CON-XY-REPEAT";
    static final String TABLE_RULE = "CON-XY-SAME-TABLE";
    static final String COPY_RULE = "CON-COPY-OFFICE";
    static final int DEFAULT_LAST_YEAR = 50;
    static final int DEFAULT_OTHER_OFFICE = 50;
    static final int DEFAULT_TEMPLATE = 5;
    /** Sentences shorter than this, normalised ("无。", "一是…"), say too little to count either way. */
    static final int MIN_SENTENCE = 6;
    /** A report with less own prose than this (template wording left out) is not compared with other offices. */
    static final int MIN_OWN_CHARS = 100;
    static final int HASHES = 120;
    static final int ROWS = 3;
    /** A bucket of more offices than this holds text that is no one office's: it is left out. */
    private static final int MAX_BUCKET_OFFICES = 200;
    private static final int PASSAGE = 80;
    private static final int SESSION_FACTS = 2_000;
    private static final String[] TABLES = {"T2", "T3", "T4"};
    private static final Pattern CHINESE_YEAR = Pattern.compile("[〇零○一二三四五六七八九]{4}年");
    private static final Pattern PLACE = Pattern.compile("^.{2,}?[省市县区旗州盟镇乡]");

    /** The thresholds in per cent; null: that check is off (switched off in 规则开关 or the sheet says 关). */
    record Limits(Integer lastYear, boolean sameTables, Integer otherOffice, int templateShare) {
        boolean any() {
            return lastYear != null || sameTables || otherOffice != null;
        }
    }

    /** What one report keeps for the copy checks. */
    record Text(String file, Path path, String office, int year, long[] hash, int[] length, byte[] section,
                long[] tables, int[] tableCells, int[] tableNonZero) {
    }

    private final Limits limits;

    Similarity(Limits limits) {
        this.limits = limits;
    }

    static Similarity of(RuleSetup setup) {
        return new Similarity(limits(setup.dir(), setup.settings()));
    }

    Limits limits() {
        return limits;
    }

    /**
     * The thresholds of the sheet 相似度: rows 与上年报告重复, 与其他机关报告重复, 模板用语 with a per cent in the second
     * column; a missing sheet, row or value is the default (50, 50, 5), 关 or 否 switches the check off, and so
     * does switching its rule off in 规则开关 (then nothing is computed for it).
     */
    static Limits limits(Path dir, RuleSettings settings) {
        Map<String, String> values = new HashMap<>();
        try {
            for (SettingsSheet.Line line : SettingsSheet.read(dir, SHEET)) {
                values.put(line.cell(0), line.cell(1));
            }
        } catch (IOException | RuntimeException e) {
            // An unreadable workbook is told by the rule switches' reader; the defaults apply here.
        }
        Integer lastYear = settings.enabled(REPEAT_RULE) ? percent(values.get(LAST_YEAR_ROW), DEFAULT_LAST_YEAR) : null;
        Integer other = settings.enabled(COPY_RULE) ? percent(values.get(OTHER_OFFICE_ROW), DEFAULT_OTHER_OFFICE) : null;
        Integer template = percent(values.get(TEMPLATE_ROW), DEFAULT_TEMPLATE);
        return new Limits(lastYear, settings.enabled(TABLE_RULE), other, template == null ? DEFAULT_TEMPLATE : template);
    }

    /** A per cent as written in the sheet ("50", "50%", "50％"); null for 关/否; the default when blank or not a number. */
    static Integer percent(String written, int dflt) {
        if (written == null || written.isBlank()) {
            return dflt;
        }
        String w = written.strip();
        if (w.equals("关") || w.equals("否") || w.equalsIgnoreCase("off")) {
            return null;
        }
        Integer p = parsePercent(w);
        return p == null ? dflt : p;
    }

    /** The whole per cent in {@code w} (0 to 100, "%" allowed, a fraction such as 0.5 read as 50), null if none. */
    static Integer parsePercent(String w) {
        String s = w.replace("％", "").replace("%", "").strip();
        try {
            double d = Double.parseDouble(s);
            if (d > 0 && d < 1 && !w.contains("%") && !w.contains("％")) {
                d = d * 100;
            }
            if (d < 0 || d > 100) {
                return null;
            }
            return (int) Math.round(d);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** One sentence of a report's sections as the checks see it. */
    record Sentence(byte section, String raw, String normalized) {
    }

    /** The text kept of one checked report, or null (no office, no year, or every check off). */
    Text text(Path path, String file, ReportFacts facts) {
        if (facts == null || !limits.any()) {
            return null;
        }
        Report r = facts.report();
        if (r.office() == null || r.office().isEmpty() || r.year() == null) {
            return null;
        }
        List<Sentence> sentences = sentences(facts);
        long[] hash = new long[sentences.size()];
        int[] length = new int[sentences.size()];
        byte[] section = new byte[sentences.size()];
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            hash[i] = hash(s.normalized());
            length[i] = s.normalized().length();
            section[i] = s.section();
        }
        long[] tables = new long[TABLES.length];
        int[] cells = new int[TABLES.length];
        int[] nonZero = new int[TABLES.length];
        if (limits.sameTables()) {
            digestTables(facts.cells(), tables, cells, nonZero);
        }
        return new Text(file, path, r.office(), r.year(), hash, length, section, tables, cells, nonZero);
    }

    /** The sentences of sections 一 … 六 that count (at least {@value #MIN_SENTENCE} characters normalised). */
    static List<Sentence> sentences(ReportFacts facts) {
        Report r = facts.report();
        String office = r.office() == null ? "" : r.office();
        java.util.regex.Matcher m = PLACE.matcher(office);
        String place = m.find() ? m.group() : "";
        List<Sentence> out = new ArrayList<>();
        for (Section s : facts.sections()) {
            if (s.position() < 1 || s.position() > 6 || s.text() == null) {
                continue;
            }
            for (String paragraph : s.text().split("\n")) {
                for (String sentence : Sentences.split(paragraph)) {
                    String n = normalize(sentence, office, place);
                    if (n.length() >= MIN_SENTENCE) {
                        out.add(new Sentence((byte) s.position(), sentence.strip(), n));
                    }
                }
            }
        }
        return out;
    }

    /** A sentence without numbers, dates, years, the office's and its place's name, spaces and punctuation. */
    static String normalize(String sentence, String office, String place) {
        String s = Normalizer.normalize(sentence, Normalizer.Form.NFKC);
        if (!office.isEmpty()) {
            s = s.replace(office, "");
        }
        if (!place.isEmpty()) {
            s = s.replace(place, "");
        }
        s = CHINESE_YEAR.matcher(s).replaceAll("");
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(Character::isLetter).forEach(b::appendCodePoint);
        return b.toString();
    }

    /** 64-bit FNV-1a with a final mix: equal sentences, equal hashes; different ones practically never. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** Tables 二, 三, 四: a digest of every cell's place and value; 0 (never compared) when a cell was not read. */
    private static void digestTables(List<Cell> all, long[] tables, int[] cells, int[] nonZero) {
        for (int t = 0; t < TABLES.length; t++) {
            TreeMap<String, String> grid = new TreeMap<>();
            boolean unread = false;
            for (Cell c : all) {
                if (!TABLES[t].equals(c.table())) {
                    continue;
                }
                if (c.missing() || c.nonNumeric()) {
                    unread = true;
                    break;
                }
                String v = c.amount() != null ? c.amount().stripTrailingZeros().toPlainString() : c.blank() ? "空" : "";
                grid.put(c.rowKey() + "\u0000" + c.columnKey(), v);
                if (c.amount() != null && c.amount().signum() != 0) {
                    nonZero[t]++;
                }
            }
            if (unread || grid.isEmpty()) {
                nonZero[t] = 0;
                continue;
            }
            long h = 17;
            for (Map.Entry<String, String> e : grid.entrySet()) {
                h = mix(h * 31 + hash(e.getKey() + "\u0001" + e.getValue()));
            }
            tables[t] = h == 0 ? 1 : h;
            cells[t] = grid.size();
        }
    }

    /**
     * The results with the copy findings added; {@code texts} parallel to {@code results} (null: not compared);
     * {@code reread} gives a report's facts again (for the passages quoted), or null when it cannot.
     */
    List<ReportResult> apply(RuleSetup setup, List<ReportResult> results, List<Text> texts,
                             Function<Text, ReportFacts> reread) {
        if (!limits.any()) {
            return results;
        }
        List<Object> facts = measure(texts, reread);
        if (facts.isEmpty()) {
            return results;
        }
        BatchRunner runner = new BatchRunner(setup.rules(), setup.settings());
        Map<String, TreeSet<Finding>> extra = new HashMap<>();
        List<Object> part = new ArrayList<>();
        for (int i = 0; i < facts.size(); i++) {
            part.add(facts.get(i));
            if (part.size() >= SESSION_FACTS || i == facts.size() - 1) {
                part.add(limitFact());
                try {
                    BatchRunner.Part p = runner.runFacts(part);
                    p.byFile().forEach((file, fs) -> extra.computeIfAbsent(file, k -> new TreeSet<>()).addAll(fs));
                    Set<String> files = new HashSet<>();
                    for (Object o : part) {
                        files.add(fileOf(o));
                    }
                    files.remove(null);
                    for (String f : files) {
                        extra.computeIfAbsent(f, k -> new TreeSet<>()).addAll(p.failures());
                    }
                } catch (OutOfMemoryError e) {
                    LoggerFactory.getLogger(Similarity.class).error("out of memory in the similarity check", e);
                }
                part = new ArrayList<>();
            }
        }
        return AddedFindings.to(results, extra);
    }

    /** The measurements of the batch (Repetition, SameTable, CopiedText facts), in a fixed order. */
    List<Object> measure(List<Text> texts, Function<Text, ReportFacts> reread) {
        List<Text> all = new ArrayList<>();
        for (Text t : texts) {
            if (t != null) {
                all.add(t);
            }
        }
        List<Object> facts = new ArrayList<>();
        if (all.size() < 2 || !limits.any()) {
            return facts;
        }
        Passages passages = new Passages(reread);
        if (limits.lastYear() != null || limits.sameTables()) {
            acrossYears(all, passages, facts);
        }
        if (limits.otherOffice() != null) {
            acrossOffices(all, passages, facts);
        }
        return facts;
    }

    private SimilarityLimit limitFact() {
        return new SimilarityLimit(limits.lastYear() == null ? 100 : limits.lastYear(),
                limits.otherOffice() == null ? 100 : limits.otherOffice());
    }

    private static String fileOf(Object o) {
        if (o instanceof Repetition r) {
            return r.file();
        } else if (o instanceof SameTable t) {
            return t.file();
        } else if (o instanceof CopiedText c) {
            return c.file();
        }
        return null;
    }

    // ---- copied from last year ----

    private void acrossYears(List<Text> all, Passages passages, List<Object> facts) {
        Map<String, Map<Integer, List<Text>>> offices = new TreeMap<>();
        for (Text t : all) {
            offices.computeIfAbsent(t.office(), k -> new TreeMap<>()).computeIfAbsent(t.year(), k -> new ArrayList<>()).add(t);
        }
        for (Map<Integer, List<Text>> years : offices.values()) {
            for (Map.Entry<Integer, List<Text>> y : years.entrySet()) {
                List<Text> before = years.get(y.getKey() - 1);
                if (before == null) {
                    continue;
                }
                for (Text now : y.getValue()) {
                    if (limits.lastYear() != null) {
                        repetition(now, before, passages, facts);
                    }
                    if (limits.sameTables()) {
                        sameTables(now, before, facts);
                    }
                }
            }
        }
    }

    /** This year's report against the office's reports of the year before: the one it repeats most. */
    private void repetition(Text now, List<Text> before, Passages passages, List<Object> facts) {
        int total = 0;
        for (int len : now.length()) {
            total += len;
        }
        if (total == 0) {
            return;
        }
        Text best = null;
        boolean[] bestRepeated = null;
        int bestChars = -1;
        for (Text prev : before) {
            long[] sorted = prev.hash().clone();
            Arrays.sort(sorted);
            boolean[] repeated = new boolean[now.hash().length];
            int chars = 0;
            for (int i = 0; i < repeated.length; i++) {
                repeated[i] = Arrays.binarySearch(sorted, now.hash()[i]) >= 0;
                if (repeated[i]) {
                    chars += now.length()[i];
                }
            }
            if (chars > bestChars) {
                best = prev;
                bestRepeated = repeated;
                bestChars = chars;
            }
        }
        int percent = percentOf(bestChars, total);
        StringBuilder bySection = new StringBuilder();
        for (int s = 1; s <= 6; s++) {
            int sTotal = 0;
            int sRepeated = 0;
            for (int i = 0; i < now.section().length; i++) {
                if (now.section()[i] == s) {
                    sTotal += now.length()[i];
                    sRepeated += bestRepeated[i] ? now.length()[i] : 0;
                }
            }
            if (sTotal > 0) {
                bySection.append(bySection.length() == 0 ? "" : "，").append(NUMERALS[s]).append(' ')
                        .append(percentOf(sRepeated, sTotal)).append('%');
            }
        }
        String passage = percent > limits.lastYear() ? passages.longestRun(now, bestRepeated) : "";
        facts.add(new Repetition(now.file(), now.office(), now.year(), best.file(), percent, bySection.toString(), passage));
    }

    private static final String[] NUMERALS = {"", "一", "二", "三", "四", "五", "六"};

    private static int percentOf(long part, long whole) {
        return whole == 0 ? 0 : (int) Math.round(100.0 * part / whole);
    }

    private static void sameTables(Text now, List<Text> before, List<Object> facts) {
        for (int t = 0; t < TABLES.length; t++) {
            if (now.tables()[t] == 0) {
                continue;
            }
            for (Text prev : before) {
                if (prev.tables()[t] == now.tables()[t]) {
                    facts.add(new SameTable(now.file(), now.office(), now.year(), prev.file(), TABLES[t], now.tableCells()[t],
                            now.tableNonZero()[t]));
                    break;
                }
            }
        }
    }

    // ---- copied from another office ----

    private void acrossOffices(List<Text> all, Passages passages, List<Object> facts) {
        // In how many offices' reports each sentence occurs.
        Map<String, List<Text>> byOffice = new TreeMap<>();
        for (Text t : all) {
            byOffice.computeIfAbsent(t.office(), k -> new ArrayList<>()).add(t);
        }
        if (byOffice.size() < 2) {
            return;
        }
        Map<Long, Integer> offices = new HashMap<>();
        for (List<Text> ts : byOffice.values()) {
            Set<Long> seen = new HashSet<>();
            for (Text t : ts) {
                for (long h : t.hash()) {
                    seen.add(h);
                }
            }
            for (Long h : seen) {
                offices.merge(h, 1, Integer::sum);
            }
        }
        int templateAbove = Math.max(2, (int) Math.floor(byOffice.size() * limits.templateShare() / 100.0));
        Set<Long> template = new HashSet<>();
        offices.forEach((h, n) -> {
            if (n > templateAbove) {
                template.add(h);
            }
        });
        offices.clear();
        // Each report's own sentences (template wording left out): sorted hashes and their lengths.
        int n = all.size();
        long[][] own = new long[n][];
        int[][] ownLength = new int[n][];
        int[] ownTotal = new int[n];
        int[][] sketch = new int[n][];
        for (int i = 0; i < n; i++) {
            Text t = all.get(i);
            TreeMap<Long, Integer> kept = new TreeMap<>();
            for (int k = 0; k < t.hash().length; k++) {
                if (!template.contains(t.hash()[k])) {
                    kept.putIfAbsent(t.hash()[k], t.length()[k]);
                }
            }
            own[i] = new long[kept.size()];
            ownLength[i] = new int[kept.size()];
            int k = 0;
            for (Map.Entry<Long, Integer> e : kept.entrySet()) {
                own[i][k] = e.getKey();
                ownLength[i][k++] = e.getValue();
                ownTotal[i] += e.getValue();
            }
            sketch[i] = ownTotal[i] >= MIN_OWN_CHARS ? minHash(own[i]) : null;
        }
        // Candidate pairs: reports of different offices that share a band of their sketches.
        Set<Long> pairs = new java.util.TreeSet<>();
        for (int band = 0; band + ROWS <= HASHES; band += ROWS) {
            Map<Long, LinkedHashMap<String, Integer>> buckets = new HashMap<>();
            for (int i = 0; i < n; i++) {
                if (sketch[i] == null) {
                    continue;
                }
                long key = band;
                for (int r = 0; r < ROWS; r++) {
                    key = mix(key * 0x9E3779B97F4A7C15L + sketch[i][band + r]);
                }
                buckets.computeIfAbsent(key, k -> new LinkedHashMap<>()).putIfAbsent(all.get(i).office(), i);
            }
            for (LinkedHashMap<String, Integer> bucket : buckets.values()) {
                if (bucket.size() < 2 || bucket.size() > MAX_BUCKET_OFFICES) {
                    continue;
                }
                List<Integer> members = new ArrayList<>(bucket.values());
                for (int a = 0; a < members.size(); a++) {
                    for (int b = a + 1; b < members.size(); b++) {
                        int i = Math.min(members.get(a), members.get(b));
                        int j = Math.max(members.get(a), members.get(b));
                        pairs.add((long) i * n + j);
                    }
                }
            }
        }
        // The exact measure on the candidates.
        for (long pair : pairs) {
            int i = (int) (pair / n);
            int j = (int) (pair % n);
            int shared = sharedChars(own[i], ownLength[i], own[j]);
            int percent = percentOf(shared, Math.min(ownTotal[i], ownTotal[j]));
            Text a = all.get(i);
            Text b = all.get(j);
            boolean above = percent > limits.otherOffice();
            facts.add(new CopiedText(a.file(), a.office(), b.file(), b.office(), percent,
                    above ? passages.longestShared(a, own[j], template) : ""));
            facts.add(new CopiedText(b.file(), b.office(), a.file(), a.office(), percent,
                    above ? passages.longestShared(b, own[i], template) : ""));
        }
    }

    /** The characters of the sentences of {@code a} that {@code b} also has (both sorted). */
    private static int sharedChars(long[] a, int[] aLength, long[] b) {
        int chars = 0;
        int j = 0;
        for (int i = 0; i < a.length; i++) {
            while (j < b.length && b[j] < a[i]) {
                j++;
            }
            if (j < b.length && b[j] == a[i]) {
                chars += aLength[i];
            }
        }
        return chars;
    }

    private static int[] minHash(long[] set) {
        int[] out = new int[HASHES];
        for (int k = 0; k < HASHES; k++) {
            long seed = mix(0x5DEECE66DL + k);
            long min = Long.MAX_VALUE;
            for (long h : set) {
                long v = mix(h ^ seed);
                if (v < min) {
                    min = v;
                }
            }
            out[k] = (int) (min ^ (min >>> 32));
        }
        return out;
    }

    // ---- passages ----

    /** The passages quoted in findings: the report's sentences read again, for the reports above a threshold. */
    private static final class Passages {
        private final Function<Text, ReportFacts> reread;

        Passages(Function<Text, ReportFacts> reread) {
            this.reread = reread;
        }

        /** The longest run of consecutive sentences of {@code t} marked in {@code marked}, cut to ~80 characters. */
        String longestRun(Text t, boolean[] marked) {
            int bestFrom = -1;
            int bestTo = -1;
            int bestChars = 0;
            int from = 0;
            int chars = 0;
            for (int i = 0; i <= marked.length; i++) {
                if (i < marked.length && marked[i]) {
                    if (chars == 0) {
                        from = i;
                    }
                    chars += t.length()[i];
                } else {
                    if (chars > bestChars) {
                        bestChars = chars;
                        bestFrom = from;
                        bestTo = i;
                    }
                    chars = 0;
                }
            }
            if (bestFrom < 0) {
                return "";
            }
            List<Sentence> sentences = sentencesOf(t);
            if (sentences == null) {
                return "";
            }
            StringBuilder b = new StringBuilder();
            for (int i = bestFrom; i < bestTo && b.length() < PASSAGE; i++) {
                b.append(sentences.get(i).raw());
            }
            return b.length() > PASSAGE ? b.substring(0, PASSAGE) + "……" : b.toString();
        }

        /** The longest run of consecutive sentences of {@code t} that {@code other} has too (template wording not). */
        String longestShared(Text t, long[] other, Set<Long> template) {
            boolean[] marked = new boolean[t.hash().length];
            for (int i = 0; i < marked.length; i++) {
                marked[i] = !template.contains(t.hash()[i]) && Arrays.binarySearch(other, t.hash()[i]) >= 0;
            }
            return longestRun(t, marked);
        }

        /** The sentences of {@code t} again, aligned with its hashes; null when the file cannot be read again as it was. */
        private List<Sentence> sentencesOf(Text t) {
            ReportFacts facts;
            try {
                facts = reread.apply(t);
            } catch (RuntimeException e) {
                return null;
            }
            if (facts == null) {
                return null;
            }
            List<Sentence> s = sentences(facts);
            if (s.size() != t.hash().length) {
                return null;
            }
            for (int i = 0; i < s.size(); i++) {
                if (hash(s.get(i).normalized()) != t.hash()[i]) {
                    return null;
                }
            }
            return s;
        }
    }
}
