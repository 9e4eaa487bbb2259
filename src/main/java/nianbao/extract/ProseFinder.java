package nianbao.extract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nianbao.document.Texts;
import nianbao.facts.FeeStatement;
import nianbao.facts.PartsStatement;
import nianbao.facts.RateReading;
import nianbao.facts.RateStatement;
import nianbao.facts.YearMention;

/**
 * Reads the prose for what the prose rules judge: totals with their parts, rates and shares with the counts
 * they follow from, sentences that speak of a year as the report's own, and section 六's 信息处理费
 * statement. The words it looks for are data (rules/templates/prose.json); it judges nothing.
 */
final class ProseFinder {
    @JsonIgnoreProperties(ignoreUnknown = true)
    record PartsWords(List<String> units, List<String> partsMarkers, List<String> exhaustiveMarkers,
                      List<String> approximateMarkers, List<String> newTotalMarkers) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RateWords(List<String> rateWords, List<String> shareWords, List<String> roundings) {
        /** The tolerance of a stated rate (prose.json rates.roundings); none given, no rounding is accepted. */
        public List<String> roundings() {
            return roundings == null ? List.of() : roundings;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record YearWords(List<String> sections, String leadPattern, List<String> comparisonWords, String reportNamedPattern,
                     List<String> reportNamedExcludeBefore) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FeeWords(List<String> feeWords, List<String> statedPatterns) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Config(PartsWords parts, RateWords rates, YearWords years, FeeWords fee, TitleWords title,
                  AggregationWords aggregation) {
    }

    /** How a report says it aggregates the reports of the bodies under it (prose.json aggregation). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record AggregationWords(List<String> patterns) {
        public List<String> patterns() {
            return patterns == null ? List.of() : patterns;
        }
    }

    /**
     * The first sentence of {@code text} that says the report is compiled from the reports of the bodies under
     * the office ("…汇总…编制"), or null when none does.
     */
    String aggregation(String text) {
        if (config.aggregation() == null || text == null) {
            return null;
        }
        for (String sentence : Sentences.split(text)) {
            String c = Sentences.normalize(sentence);
            for (Pattern p : aggregationPatterns) {
                if (p.matcher(c).find()) {
                    return sentence.strip();
                }
            }
        }
        return null;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TitleWords(List<String> officeConnectors, List<String> letterheadMarks, List<String> letterTails) {
        public List<String> letterTails() {
            return letterTails == null ? List.of() : letterTails;
        }

        public List<String> officeConnectors() {
            return officeConnectors == null ? List.of() : officeConnectors;
        }

        public List<String> letterheadMarks() {
            return letterheadMarks == null ? List.of() : letterheadMarks;
        }
    }

    /** The covering letter's tail ("的函") a run-on page cut off the title, when the text after the title starts with one. */
    String letterTail(String textAfterTitle) {
        String c = Texts.compact(textAfterTitle);
        TitleWords t = config.title();
        return t == null ? "" : t.letterTails().stream().filter(c::startsWith).findFirst().orElse("");
    }

    /** The office's name without the words that join it to the year in a letter-style title ("…局关于报送"). */
    String officeWithoutConnector(String raw) {
        String o = raw.strip();
        TitleWords t = config.title() == null ? new TitleWords(List.of(), List.of(), List.of()) : config.title();
        for (String mark : t.letterheadMarks()) {
            int at = o.lastIndexOf(mark);
            if (at >= 0 && at + mark.length() < o.length()) {
                o = o.substring(at + mark.length());
            }
        }
        for (String c : t.officeConnectors()) {
            if (o.startsWith(c)) {
                o = o.substring(c.length());
            }
            if (o.endsWith(c)) {
                o = o.substring(0, o.length() - c.length());
            }
        }
        return o.strip();
    }

    /** A number with its measure word, at [start, end) of the paragraph's compact text. */
    private record Count(int start, int end, BigDecimal value, String unit, boolean approximate, boolean inParen,
                         int sentence, String clause) {
        long whole() {
            return value.longValue();
        }

        boolean integral() {
            return value.stripTrailingZeros().scale() <= 0;
        }
    }

    /** A percentage at [start, end). */
    private record Percent(int start, int end, BigDecimal value, int sentence, String written) {
    }

    /** A paragraph's text with spaces removed, its sentences' offsets and the original sentences. */
    private record Text(String compact, List<Integer> starts, List<String> sentences, boolean[] inParen) {
        int sentenceAt(int pos) {
            int s = 0;
            for (int i = 0; i < starts.size(); i++) {
                if (starts.get(i) <= pos) {
                    s = i;
                }
            }
            return s;
        }

        String quote(int fromSentence, int toSentence) {
            StringBuilder b = new StringBuilder();
            for (int i = fromSentence; i <= toSentence && i < sentences.size(); i++) {
                b.append(sentences.get(i).strip());
            }
            return b.toString();
        }
    }

    /** A whole number right before a clause separator, not part of a longer number, date or ordinal. */
    private static final Pattern BARE_NUMBER = Pattern.compile("(?<![\\d.第年月])(\\d+)(?=[，；。])");

    private final Config config;
    private final Pattern count;
    private final Pattern percent = Pattern.compile("(?<![\\d.])(\\d+(?:\\.\\d+)?)%");
    private final Pattern lead;
    private final Pattern rateBefore;
    private final Pattern missingClause;
    private final List<Pattern> feeStated;
    private final List<Pattern> aggregationPatterns;
    private final Pattern reportNamed;
    /** What may stand between a count and the share that follows it ("，占", "（", "、占总数的"). */
    private final Pattern shareBetween;
    /** A part in brackets, left out when looking at what stands between a total and its parts marker. */
    private static final Pattern BRACKETED = Pattern.compile("（[^（）]*）");
    private static final Pattern HOLDS_DIGIT = Pattern.compile(".*\\d.*");
    private static final Pattern CLAUSE_MARK = Pattern.compile("[，、；。：]");

    private ProseFinder(Config config) {
        this.config = config;
        String units = alternation(config.parts().units());
        this.count = Pattern.compile("(?<![\\d.第])(近|约|超过|超|逾)?(\\d+(?:\\.\\d+)?)(余|多)?(" + units + ")(左右|以上)?");
        this.lead = Pattern.compile(config.years().leadPattern());
        this.rateBefore = Pattern.compile("(?:" + alternation(config.rates().rateWords()) + ")(?:为|达到|达|是|约)?$");
        this.missingClause = Pattern.compile("^[^\\d]*?(?:公开|发布|推送|收到|受理|办结|答复|办理)(?:" + units + ")$");
        this.feeStated = config.fee().statedPatterns().stream().map(Pattern::compile).toList();
        this.aggregationPatterns = config.aggregation() == null ? List.of()
                : config.aggregation().patterns().stream().map(Pattern::compile).toList();
        this.reportNamed = config.years().reportNamedPattern() == null ? null : Pattern.compile(config.years().reportNamedPattern());
        this.shareBetween = config.rates().shareWords() == null ? null : Pattern.compile("^(?:（|[，、]?(?:" + alternation(config.rates().shareWords()) + ")[^，。；\\d%]{0,8}?(?:的)?)$");
    }

    static ProseFinder load(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new IOException("规则目录中缺少 " + file);
        }
        return new ProseFinder(nianbao.template.StrictJson.read(file, Config.class, "文字规则文件"));
    }

    private static String alternation(List<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
                .collect(Collectors.joining("|"));
    }

    private static Text text(String paragraph) {
        List<String> sentences = Sentences.split(paragraph);
        StringBuilder b = new StringBuilder();
        List<Integer> starts = new ArrayList<>();
        for (String s : sentences) {
            starts.add(b.length());
            b.append(Sentences.normalize(s));
        }
        String c = b.toString();
        boolean[] in = new boolean[c.length() + 1];
        int depth = 0;
        for (int i = 0; i < c.length(); i++) {
            if (c.charAt(i) == '（') {
                depth++;
            }
            in[i] = depth > 0;
            if (c.charAt(i) == '）' && depth > 0) {
                depth--;
            }
        }
        return new Text(c, starts, sentences, in);
    }

    private List<Count> counts(Text t) {
        List<Count> out = new ArrayList<>();
        Matcher m = count.matcher(t.compact());
        while (m.find()) {
            boolean approx = m.group(1) != null || m.group(3) != null || m.group(5) != null;
            int clauseStart = Math.max(0, clauseStart(t, m.start()));
            out.add(new Count(m.start(), m.end(), new BigDecimal(m.group(2)), m.group(4), approx, t.inParen()[m.start()],
                    t.sentenceAt(m.start()), t.compact().substring(clauseStart, m.start())));
        }
        return out;
    }

    /**
     * In a list of parts, a number that ends its clause without a measure word ("国土资源类信息 45，其他类4条") is
     * read with the total's unit, as a person reads it, when parts with that unit stand before and after it;
     * elsewhere a bare number is no count.
     */
    private List<Count> bareCounts(Text t, int from, int to, String unit) {
        List<Count> out = new ArrayList<>();
        Matcher m = BARE_NUMBER.matcher(t.compact());
        m.region(from, Math.min(to, t.compact().length()));
        while (m.find()) {
            int clauseStart = Math.max(0, clauseStart(t, m.start()));
            out.add(new Count(m.start(), m.end(), new BigDecimal(m.group(1)), unit, false, t.inParen()[m.start()],
                    t.sentenceAt(m.start()), t.compact().substring(clauseStart, m.start())));
        }
        return out;
    }

    /** Where the clause holding {@code pos} starts: after the last separator outside brackets. */
    private static int clauseStart(Text t, int pos) {
        String c = t.compact();
        for (int i = pos - 1; i >= 0; i--) {
            if ("，、；。：！？".indexOf(c.charAt(i)) >= 0 && !t.inParen()[i]) {
                return i + 1;
            }
        }
        return 0;
    }

    private static int lastSeparator(String c, int before) {
        for (int i = before - 1; i >= 0; i--) {
            if ("，、；。：！？（）".indexOf(c.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static int nextSentenceEnd(String c, int from) {
        for (int i = from; i < c.length(); i++) {
            if ("。！？".indexOf(c.charAt(i)) >= 0) {
                return i;
            }
        }
        return c.length();
    }

    // ---------------------------------------------------------------- parts and wholes

    /**
     * The totals with their parts and the rates of one paragraph, added to {@code parts} and {@code rates}: the
     * paragraph's text and counts are made once for both.
     */
    void partsAndRates(String paragraph, String section, List<PartsStatement> parts, List<RateStatement> rates) {
        Text t = text(paragraph);
        if (!RequiredText.hasDigit(t.compact())) {
            return; // every count and every percentage holds a digit 0-9: nothing to find
        }
        List<Count> counts = counts(t);
        parts.addAll(parts(t, counts, section));
        rates.addAll(rates(t, counts, section));
    }

    private List<PartsStatement> parts(Text t, List<Count> counts, String section) {
        String c = t.compact();
        List<PartsStatement> out = new ArrayList<>();
        Set<Integer> usedTotals = new LinkedHashSet<>();
        for (String marker : config.parts().partsMarkers()) {
            int at = c.indexOf(marker);
            while (at >= 0) {
                PartsStatement p = explicitParts(t, counts, at, marker.length(), section, usedTotals);
                if (p != null) {
                    out.add(p);
                }
                at = c.indexOf(marker, at + 1);
            }
        }
        // Without a marker: counts after a total that make it exactly, one of them written without its number.
        for (int i = 0; i < counts.size(); i++) {
            Count total = counts.get(i);
            if (usedTotals.contains(total.start()) || total.inParen() || !total.integral()) {
                continue;
            }
            PartsStatement p = implicitParts(t, counts, i, section);
            if (p != null) {
                out.add(p);
                usedTotals.add(total.start());
            }
        }
        return out;
    }

    private PartsStatement explicitParts(Text t, List<Count> counts, int at, int markerLength, String section,
                                         Set<Integer> usedTotals) {
        String c = t.compact();
        boolean markerInParen = t.inParen()[at];
        Count total = null;
        for (Count k : counts) {
            if (k.end() <= at && (markerInParen || !k.inParen())) {
                total = k;
            }
        }
        if (total == null || !total.integral()) {
            return null;
        }
        String between = BRACKETED.matcher(c.substring(total.end(), at)).replaceAll("");
        if (markerInParen ? !between.equals("（") : (between.length() > 16 || HOLDS_DIGIT.matcher(between).matches())) {
            return null;
        }
        if (usedTotals.contains(total.start())) {
            return null;
        }
        int end = nextSentenceEnd(c, at);
        if (markerInParen) {
            int close = c.indexOf('）', at);
            end = close < 0 ? end : Math.min(end, close);
        }
        List<Long> parts = new ArrayList<>();
        long sum = 0;
        boolean approx = total.approximate();
        String missing = "";
        String lastClause = "";
        int lastSentence = t.sentenceAt(at);
        int from = at + markerLength;
        List<Count> listed = new ArrayList<>(counts);
        final int listStart = at;
        final int listEnd = end;
        final String unit = total.unit();
        for (Count bare : bareCounts(t, at + markerLength, end, total.unit())) {
            // Only between two parts written with the total's unit: then it is one of the list.
            boolean before = counts.stream().anyMatch(k -> k.start() > listStart && k.end() <= bare.start() && k.unit().equals(unit));
            boolean after = counts.stream().anyMatch(k -> k.start() >= bare.end() && k.start() < listEnd && k.unit().equals(unit));
            if (before && after) {
                listed.add(bare);
            }
        }
        listed.sort(Comparator.comparingInt(Count::start));
        for (Count k : listed) {
            if (k.start() < from || k.start() >= end) {
                continue;
            }
            if (k.inParen() != markerInParen || !k.unit().equals(total.unit()) || !k.integral()) {
                continue;
            }
            if (startsWithAny(k.clause(), config.parts().newTotalMarkers()) || k.clause().contains("共")) {
                break;
            }
            missing = missing.isEmpty() ? missingBetween(c, from, k.start(), total.unit()) : missing;
            parts.add(k.whole());
            sum += k.whole();
            approx |= k.approximate();
            lastClause = k.clause();
            lastSentence = k.sentence();
            from = k.end();
            if (sum == total.whole()) {
                break;
            }
        }
        if (parts.size() < 2) {
            return null;
        }
        usedTotals.add(total.start());
        boolean exhaustive = startsWithAny(lastClause, config.parts().exhaustiveMarkers());
        return new PartsStatement(total.whole(), total.unit(), parts, sum, exhaustive, true, approx, missing,
                t.quote(total.sentence(), lastSentence), section);
    }

    private PartsStatement implicitParts(Text t, List<Count> counts, int i, String section) {
        String c = t.compact();
        Count total = counts.get(i);
        int end = nextSentenceEnd(c, total.end());
        List<Long> parts = new ArrayList<>();
        long sum = 0;
        String missing = "";
        int from = total.end();
        int lastSentence = total.sentence();
        boolean approx = total.approximate();
        for (int j = i + 1; j < counts.size(); j++) {
            Count k = counts.get(j);
            if (k.start() >= end) {
                break;
            }
            if (k.inParen() || !k.unit().equals(total.unit()) || !k.integral()) {
                continue;
            }
            missing = missing.isEmpty() ? missingBetween(c, from, k.start(), total.unit()) : missing;
            parts.add(k.whole());
            sum += k.whole();
            approx |= k.approximate();
            from = k.end();
            lastSentence = k.sentence();
            if (sum >= total.whole()) {
                break;
            }
        }
        if (missing.isEmpty()) {
            missing = missingBetween(c, from, end, total.unit());
        }
        if (parts.size() < 2 || sum != total.whole() || missing.isEmpty()) {
            return null;
        }
        return new PartsStatement(total.whole(), total.unit(), parts, sum, false, false, approx, missing,
                t.quote(total.sentence(), lastSentence), section);
    }

    /** A clause between {@code from} and {@code to} that names a part but has no number ("政务微博公开条"). */
    private String missingBetween(String c, int from, int to, String unit) {
        if (to <= from) {
            return "";
        }
        for (String clause : CLAUSE_MARK.split(c.substring(from, to))) {
            if (!clause.isEmpty() && clause.endsWith(unit) && missingClause.matcher(clause).matches()) {
                return clause;
            }
        }
        return "";
    }

    private static boolean startsWithAny(String s, List<String> words) {
        return words.stream().anyMatch(s::startsWith);
    }

    // ---------------------------------------------------------------- rates and shares

    private List<RateStatement> rates(Text t, List<Count> all, String section) {
        String c = t.compact();
        List<Count> counts = all.stream().filter(k -> !k.inParen() && k.integral()).toList();
        List<RateStatement> out = new ArrayList<>();
        List<Percent> shares = new ArrayList<>();
        List<Count> shareCounts = new ArrayList<>();
        Matcher m = percent.matcher(c);
        while (m.find()) {
            Percent p = new Percent(m.start(), m.end(), new BigDecimal(m.group(1)), t.sentenceAt(m.start()), "");
            String before = c.substring(Math.max(0, lastSeparator(c, m.start()) + 1), m.start());
            if (rateBefore.matcher(before).find()) {
                RateStatement r = rate(t, counts, p, before + m.group());
                if (r != null) {
                    out.add(r);
                }
                continue;
            }
            Count n = shareNumerator(c, counts, m.start());
            if (n != null && p.sentence() - n.sentence() <= 0) {
                shares.add(new Percent(p.start(), p.end(), p.value(), p.sentence(), c.substring(n.start(), p.end() + (c.length() > p.end() && c.charAt(p.end()) == '）' ? 1 : 0))));
                shareCounts.add(n);
            }
        }
        out.addAll(shares(t, counts, shares, shareCounts, section));
        return out.stream().map(r -> new RateStatement(r.rate(), r.written(), r.readings(), r.sentence(), section,
                config.rates().roundings())).toList();
    }

    private RateStatement rate(Text t, List<Count> counts, Percent p, String written) {
        List<Count> all = counts.stream().filter(k -> k.end() <= p.start() && k.sentence() == p.sentence()).toList();
        if (all.isEmpty()) {
            return null;
        }
        String unit = all.get(all.size() - 1).unit();
        List<Count> before = all.stream().filter(k -> k.unit().equals(unit)).toList();
        if (before.size() < 2) {
            return null;
        }
        Count num = before.get(before.size() - 1);
        Count den = before.get(before.size() - 2);
        if (num.approximate() || den.approximate() || den.whole() == 0 || !num.unit().equals(den.unit())) {
            return null;
        }
        // "办复人大建议24件、政协委员提案45件，办复率达100%": items joined by 、 are parallel, each with its own
        // rate; no count of the sentence is their denominator.
        String joint = t.compact().substring(den.end(), num.start());
        if (joint.contains("、") && !joint.contains("，")) {
            return null;
        }
        List<RateReading> readings = new ArrayList<>();
        readings.add(new RateReading(num.whole(), den.whole()));
        for (int i = 0; i < before.size(); i++) {
            long running = 0;
            for (int j = i + 1; j < before.size(); j++) {
                running += before.get(j).whole();
                if (before.get(i).whole() > 0) {
                    readings.add(new RateReading(before.get(j).whole(), before.get(i).whole()));
                    readings.add(new RateReading(running, before.get(i).whole()));
                }
            }
        }
        return new RateStatement(p.value(), written, readings, t.quote(p.sentence(), p.sentence()), "", List.of());
    }

    /** The count a share is of: "5件，占6.17%", "208件（17.46%）", "80件,占总办结数的86%". */
    private Count shareNumerator(String c, List<Count> counts, int percentStart) {
        Count last = null;
        for (Count k : counts) {
            if (k.end() <= percentStart) {
                last = k;
            }
        }
        if (last == null) {
            return null;
        }
        String between = c.substring(last.end(), percentStart);
        if (shareBetween == null) {
            // No share words in prose.json: fails here as it always has, on the first share met
            alternation(config.rates().shareWords());
        }
        return shareBetween.matcher(between).matches() ? last : null;
    }

    private List<RateStatement> shares(Text t, List<Count> counts, List<Percent> shares, List<Count> numerators, String section) {
        if (shares.isEmpty()) {
            return List.of();
        }
        Set<Integer> numeratorStarts = numerators.stream().map(Count::start).collect(Collectors.toSet());
        int first = numerators.get(0).start();
        List<Long> candidates = new ArrayList<>();
        for (int i = counts.size() - 1; i >= 0 && candidates.size() < 3; i--) {
            Count k = counts.get(i);
            if (k.end() <= first && !numeratorStarts.contains(k.start()) && !k.approximate()
                    && k.unit().equals(numerators.get(0).unit())) {
                candidates.add(k.whole());
            }
        }
        long sum = numerators.stream().mapToLong(Count::whole).sum();
        if (shares.size() >= 2) {
            candidates.add(sum);
        }
        long best = -1;
        int bestFits = 0;
        for (long d : candidates) {
            if (d <= 0) {
                continue;
            }
            int fits = 0;
            for (int i = 0; i < shares.size(); i++) {
                if (fits(shares.get(i).value(), new RateReading(numerators.get(i).whole(), d))) {
                    fits++;
                }
            }
            if (fits > bestFits) {
                bestFits = fits;
                best = d;
            }
        }
        // Only a denominator that the enumeration itself confirms is used: one that explains another share,
        // or the sum of the shares' counts.
        boolean confirmed = best > 0 && (bestFits >= 2 || (shares.size() >= 2 && best == sum));
        if (!confirmed) {
            return List.of();
        }
        List<RateStatement> out = new ArrayList<>();
        for (int i = 0; i < shares.size(); i++) {
            Percent p = shares.get(i);
            out.add(new RateStatement(p.value(), p.written(), List.of(new RateReading(numerators.get(i).whole(), best)),
                    t.quote(p.sentence(), p.sentence()), section, List.of()));
        }
        return out;
    }

    /**
     * Whether a reading gives the rate by one of the accepted roundings (prose.json rates.roundings); used only
     * to pick a share's denominator, the rule CON-TEXT-RATE judges.
     */
    private boolean fits(BigDecimal rate, RateReading r) {
        return config.rates().roundings().stream().anyMatch(mode -> r.percent(rate.scale(), mode).compareTo(rate) == 0);
    }

    // ---------------------------------------------------------------- years

    List<YearMention> years(String paragraph, String section, Integer reportYear) {
        List<YearMention> out = new ArrayList<>();
        if (!config.years().sections().contains(section)) {
            return out;
        }
        for (String sentence : Sentences.split(paragraph)) {
            String c = Sentences.normalize(sentence);
            Matcher m = lead.matcher(c);
            if (!m.find()) {
                continue;
            }
            int year = Integer.parseInt(m.group(1));
            if (reportYear != null && c.contains(reportYear + "年")) {
                continue;
            }
            if (config.years().comparisonWords().stream().anyMatch(c::contains)) {
                continue;
            }
            out.add(new YearMention(year, "lead", sentence.strip(), section));
        }
        return out;
    }

    /** How far before a year an exclusion word ("关于") makes the mention a notice's title. */
    private static final int EXCLUDE_WINDOW = 12;

    /** The years the preamble gives the report it opens ("特向社会公布…2025年度政府信息公开工作年度报告"). */
    List<YearMention> reportNamed(String preamble) {
        List<YearMention> out = new ArrayList<>();
        if (reportNamed == null) {
            return out;
        }
        Pattern named = reportNamed;
        List<String> exclude = config.years().reportNamedExcludeBefore() == null ? List.of()
                : config.years().reportNamedExcludeBefore();
        for (String sentence : Sentences.split(preamble)) {
            String c = Sentences.normalize(sentence);
            Matcher m = named.matcher(c);
            while (m.find()) {
                String before = c.substring(Math.max(0, m.start() - EXCLUDE_WINDOW), m.start());
                if (exclude.stream().noneMatch(before::contains)) {
                    out.add(new YearMention(Integer.parseInt(m.group(1)), "preamble", sentence.strip(), ""));
                }
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- 信息处理费

    FeeStatement fee(String sectionSix) {
        String first = null;
        for (String sentence : Sentences.split(sectionSix)) {
            String c = Sentences.normalize(sentence);
            if (config.fee().feeWords().stream().noneMatch(c::contains)) {
                continue;
            }
            if (feeStated.stream().anyMatch(p -> p.matcher(c).find())) {
                return new FeeStatement(true, true, sentence.strip());
            }
            first = first == null ? sentence.strip() : first;
        }
        String opening = sectionSix.strip().split("\n", 2)[0].strip();
        return first != null ? new FeeStatement(true, false, first) : new FeeStatement(false, false, opening);
    }
}
