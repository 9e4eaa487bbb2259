package nianbao.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nianbao.document.Block;
import nianbao.document.Document;
import nianbao.document.Paragraph;
import nianbao.document.Table;
import nianbao.document.Texts;
import nianbao.facts.AggregationStatement;
import nianbao.facts.Cell;
import nianbao.facts.Deadline;
import nianbao.facts.ExpectedSection;
import nianbao.facts.FeeStatement;
import nianbao.facts.Label;
import nianbao.facts.NamedCell;
import nianbao.facts.PartsStatement;
import nianbao.facts.RateStatement;
import nianbao.facts.Report;
import nianbao.facts.ReportDate;
import nianbao.facts.ReportFacts;
import nianbao.facts.Row;
import nianbao.facts.Section;
import nianbao.facts.Statement;
import nianbao.facts.TableFact;
import nianbao.facts.YearMention;
import nianbao.template.AcceptedLabels;
import nianbao.template.Template;
import nianbao.template.Templates;

/** Turns a document into the facts of one report. */
public final class ReportExtractor {
    private static final Pattern TITLE = Pattern.compile("^(.*?)(\\d{4})年度?(.*?)政府信息公开(?:工作)?(?:年度报告|年报)$");
    private static final Pattern PARTS = Pattern.compile("(?:由|包括|分为)[^。]{0,120}?([一二三四五六七八九十\\d])个?部分");
    private static final Pattern PERIOD = Pattern.compile(
            "(\\d{4})年(\\d{1,2})月(\\d{1,2})日起?(?:至|到|—|-|－|～|~)(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern PUBLISHED = Pattern.compile(
            "(?:发布日期|发布时间|公开日期|发文日期)[:：]\\s*(\\d{4})\\s*[-年/.]\\s*(\\d{1,2})\\s*[-月/.]\\s*(\\d{1,2})");
    private static final Pattern WRITTEN = Pattern.compile(
            "成文日期[:：]\\s*(\\d{4})\\s*[-年/.]\\s*(\\d{1,2})\\s*[-月/.]\\s*(\\d{1,2})");
    /** A line holding only a date, as a 落款 or an issue date under the title ("（2026年1月23日印发）"). */
    private static final Pattern DATE_LINE = Pattern.compile(
            "^[（(]?(\\d{4})年(\\d{1,2})月(\\d{1,2})日(?:印发|制发|发布|公布|起施行)?[）)]?$");
    private static final Pattern PAGE_TITLE = Pattern.compile("^\\s*[•·]?\\s*标题\\s*[:：]\\s*(.+)$");
    private static final Pattern TITLE_YEAR = Pattern.compile("(\\d{4})\\s*年");
    /** A title that names the kind of body itself, not only a place ("合水县2020年…"). */
    private static final Pattern NAMED_BODY = Pattern.compile(".*(人民政府|政府|局|委员会|委|办公室|办公厅|办|厅|中心|院|署|站|所|队)$");
    private static final String NUMERALS = "〇一二三四五六七八九十";
    private static final Pattern SIGNATURE_END = Pattern.compile(
            "(?:^|[。！？\\s])([^。！？\\s\\d]{2,40}?)\\s*(\\d{4})年(\\d{1,2})月(\\d{1,2})日[^\\d。，]{0,8}$");

    private final Templates templates;
    private final StatementFinder statements;
    private final AcceptedLabels accepted;

    public ReportExtractor(Templates templates, StatementFinder statements) {
        this(templates, statements, AcceptedLabels.none());
    }

    public ReportExtractor(Templates templates, StatementFinder statements, AcceptedLabels accepted) {
        this.templates = templates;
        this.statements = statements;
        this.accepted = accepted;
    }

    public ReportFacts extract(String file, Document doc) {
        List<Block> blocks = BlockSplitter.split(doc.blocks(), templates.all());
        int titleAt = titleIndex(blocks);
        String title = titleAt < 0 ? metadataTitle(doc) : titleText(blocks, titleAt);
        Matcher tm = TITLE.matcher(Texts.compact(title));
        if (titleAt >= 0 && titleAt + 1 < blocks.size() && blocks.get(titleAt + 1) instanceof Paragraph next) {
            title = title + statements.prose().letterTail(next.text());
        }
        Integer year = null;
        String office = "";
        if (tm.matches()) {
            year = Integer.parseInt(tm.group(2));
            office = officeOf(tm);
        }
        Matcher page = TITLE.matcher(Texts.compact(metadataTitle(doc)));
        if (office.isEmpty() && page.matches() && year != null && year == Integer.parseInt(page.group(2))) {
            // The body's title lost the office to the portal line before it ("…年报 某某局 2019年…"): the page's
            // own 标题 names the same report with its office.
            office = officeOf(page);
        }

        // Tables first: the version they follow decides which template's labels judge the report.
        FoundTables found = FoundTables.of(blocks, templates.all());
        String t2Version = found.t2().isEmpty() ? null : TableTwoExtractor.detectVersion(found.t2(), templates.all());
        String t3Version = found.t3().isEmpty() ? null : TableThreeExtractor.detectVersion(found.t3(), templates.all());
        String version = t3Version != null ? t3Version : t2Version;
        Template template = version != null && templates.get(version) != null ? templates.get(version) : templates.forYear(year);

        List<SectionFinder.Heading> headings = SectionFinder.find(blocks, template, Math.max(0, titleAt + 1));
        Prose prose = readProse(blocks, titleAt, headings, template, year);

        Tables tables = new Tables(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        Template.Tables specs = template.tables();
        addTable(tables, found.t2().isEmpty() ? absent(specs.T2().id(), specs.T2().name())
                : TableTwoExtractor.extract(found.t2(), templateOr(t2Version, template), sectionOf(headings, found.block(2)), t2Version,
                        prose.stated()));
        addTable(tables, found.t3().isEmpty() ? absent(specs.T3().id(), specs.T3().name())
                : TableThreeExtractor.extract(found.t3(), templateOr(t3Version, template), sectionOf(headings, found.block(3)), t3Version));
        addTable(tables, found.t4().isEmpty() ? absent(specs.T4().id(), specs.T4().name())
                : TableFourExtractor.extract(found.t4(), template, sectionOf(headings, found.block(4))));

        String all = Texts.compact(prose.preamble() + String.join("", prose.sections().stream().map(Section::text).toList()));
        Integer claimed = null;
        String partsText = null;
        Matcher pm = PARTS.matcher(Texts.compact(prose.preamble()));
        if (pm.find()) {
            claimed = numberOf(pm.group(1));
            partsText = pm.group();
        }
        LocalDate from = null;
        LocalDate to = null;
        String periodText = null;
        Matcher period = PERIOD.matcher(all);
        if (period.find()) {
            from = date(period.group(1), period.group(2), period.group(3));
            to = date(period.group(4) == null ? period.group(1) : period.group(4), period.group(5), period.group(6));
            periodText = period.group();
        }
        List<ReportDate> dates = dates(doc, blocks, titleAt);
        LocalDate published = dates.stream().filter(d -> d.kind().equals("publish")).map(ReportDate::date).findFirst().orElse(null);
        LocalDate signed = dates.stream().filter(d -> d.kind().equals("sign")).map(ReportDate::date).findFirst().orElse(null);
        // The format's flags come from the version the tables follow, none when it is unknown.
        Template form = version == null ? null : templates.get(version);
        Report report = new Report(file, office, year, title, version, t2Version, t3Version, bodyKind(office),
                claimed, partsText, prose.sections().size(), periodText, from, to, published, signed,
                form != null && form.feeStatement(), form != null && form.validCount(),
                templates.prescribedFor(year));
        // Each statement once: a sentence repeated word for word says nothing new, and the rules join
        // a statement to the cells it names by record equality.
        Found f = new Found(report, doc, template, prose, tables, dates, prose.stated().stream().distinct().toList());
        ReportFacts.Builder facts = ReportFacts.of(report);
        finders.forEach(finder -> finder.addTo(facts, f));
        return facts.build();
    }

    /** What the reading of a report found, from which each finder takes its facts. */
    private record Found(Report report, Document doc, Template template, Prose prose, Tables tables, List<ReportDate> dates,
                         List<Statement> statements) {
    }

    /** The facts of one type taken from what was found. */
    private record Finder<T>(Class<T> type, java.util.function.Function<Found, List<? extends T>> find) {
        void addTo(ReportFacts.Builder facts, Found found) {
            facts.add(type, find.apply(found));
        }
    }

    /** One finder per report fact type of FactTypes (ReportFacts checks that none is missing). */
    private final List<Finder<?>> finders = List.of(
            new Finder<>(ExpectedSection.class, f -> expectedSections(f.template())),
            new Finder<>(Section.class, f -> f.prose().sections()),
            new Finder<>(TableFact.class, f -> f.tables().tables()),
            new Finder<>(Cell.class, f -> f.tables().cells()),
            new Finder<>(Row.class, f -> Rows.of(f.tables().cells())),
            new Finder<>(Label.class, f -> f.tables().labels()),
            new Finder<>(Statement.class, Found::statements),
            new Finder<>(NamedCell.class, f -> f.statements().stream().flatMap(s -> s.namedCells().stream()).toList()),
            new Finder<>(PartsStatement.class, f -> f.prose().parts()),
            new Finder<>(RateStatement.class, f -> f.prose().rates()),
            new Finder<>(YearMention.class, this::years),
            new Finder<>(ReportDate.class, Found::dates),
            new Finder<>(Deadline.class, this::deadlines),
            new Finder<>(FeeStatement.class, this::fees),
            new Finder<>(AggregationStatement.class, this::aggregation));

    /** The tables as read: one fact each, their cells and their labels. */
    private record Tables(List<TableFact> tables, List<Cell> cells, List<Label> labels) {
    }

    private static List<ExpectedSection> expectedSections(Template template) {
        List<ExpectedSection> expected = new ArrayList<>();
        for (int i = 0; i < template.sections().size(); i++) {
            Template.SectionSpec s = template.sections().get(i);
            expected.add(new ExpectedSection(s.numeral(), s.heading(), i + 1));
        }
        return expected;
    }

    /** The years the sections speak of, the year the preamble names the report by, and the page title's year. */
    private List<YearMention> years(Found f) {
        List<YearMention> years = new ArrayList<>(f.prose().years());
        years.addAll(statements.prose().reportNamed(f.prose().preamble()));
        String pageTitle = metadataTitle(f.doc());
        Matcher pageYear = TITLE_YEAR.matcher(pageTitle);
        if (pageYear.find()) {
            years.add(new YearMention(Integer.parseInt(pageYear.group(1)), "pageTitle", "标题：" + pageTitle, ""));
        }
        return years;
    }

    private List<Deadline> deadlines(Found f) {
        Report r = f.report();
        Deadline deadline = statements.deadlines().of(r.office(), r.bodyKind(), r.year(), namesBody(r.title(), r.year()));
        return deadline == null ? List.of() : List.of(deadline);
    }

    /** The sentence of the preamble or section 一 saying the report aggregates its bodies' reports, if any. */
    private List<AggregationStatement> aggregation(Found f) {
        StringBuilder text = new StringBuilder(f.prose().preamble() == null ? "" : f.prose().preamble());
        f.prose().sections().stream().filter(sec -> sec.numeral().equals("一")).findFirst()
                .ifPresent(one -> text.append('\n').append(one.text()));
        String sentence = statements.prose().aggregation(text.toString());
        return sentence == null ? List.of() : List.of(new AggregationStatement(sentence));
    }

    /** What section 六 says of the fee, when there is a section 六. */
    private List<FeeStatement> fees(Found f) {
        List<FeeStatement> fees = new ArrayList<>();
        f.prose().sections().stream().filter(sec -> sec.numeral().equals("六")).findFirst()
                .ifPresent(six -> fees.add(statements.prose().fee(six.text())));
        return fees;
    }

    /** The statistics tables of a document by kind, and the block where each kind first appears. */
    private record FoundTables(List<Segment> t2, List<Segment> t3, List<Segment> t4, int[] firstBlock) {
        static FoundTables of(List<Block> blocks, List<Template> all) {
            FoundTables found = new FoundTables(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new int[] {-1, -1, -1});
            for (int i = 0; i < blocks.size(); i++) {
                if (blocks.get(i) instanceof Table table) {
                    List<Segment> segments = table.rows().stream().map(Segment::of).toList();
                    int kind = TableKinds.classify(segments, all);
                    List<Segment> target = kind == 2 ? found.t2 : kind == 3 ? found.t3 : kind == 4 ? found.t4 : null;
                    if (target != null) {
                        // A table split into several (one per block of 表二, or over pages) is one table.
                        target.addAll(segments);
                        if (found.firstBlock[kind - 2] < 0) {
                            found.firstBlock[kind - 2] = i;
                        }
                    }
                }
            }
            return found;
        }

        int block(int kind) {
            return firstBlock[kind - 2];
        }
    }

    /** The preamble, the sections and what their sentences state. */
    private record Prose(String preamble, List<Section> sections, List<Statement> stated, List<PartsStatement> parts,
                         List<RateStatement> rates, List<YearMention> years) {
    }

    private Prose readProse(List<Block> blocks, int titleAt, List<SectionFinder.Heading> headings, Template template,
                            Integer year) {
        ProseFinder finder = statements.prose();
        Prose out = new Prose(null, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        StringBuilder preamble = new StringBuilder();
        int firstHeading = headings.isEmpty() ? blocks.size() : headings.get(0).block();
        for (int i = Math.max(0, titleAt + 1); i < firstHeading; i++) {
            if (blocks.get(i) instanceof Paragraph p) {
                preamble.append(p.text()).append('\n');
                out.stated().addAll(statements.find(p.text(), ""));
                finder.partsAndRates(p.text(), "", out.parts(), out.rates());
            }
        }
        for (int h = 0; h < headings.size(); h++) {
            SectionFinder.Heading heading = headings.get(h);
            String numeral = heading.spec().numeral();
            int end = h + 1 < headings.size() ? headings.get(h + 1).block() : blocks.size();
            StringBuilder text = new StringBuilder();
            for (int i = heading.block() + 1; i < end; i++) {
                if (blocks.get(i) instanceof Paragraph p) {
                    text.append(p.text()).append('\n');
                    out.stated().addAll(statements.find(p.text(), numeral));
                    finder.partsAndRates(p.text(), numeral, out.parts(), out.rates());
                    out.years().addAll(finder.years(p.text(), numeral, year));
                }
            }
            String titleMatch = !heading.titleMatch().equals("exact")
                    && accepted.accepts("标题", heading.spec().heading(), heading.text()) ? "exact" : heading.titleMatch();
            out.sections().add(new Section(numeral, heading.spec().heading(), heading.text(), heading.numeral(),
                    titleMatch, template.sections().indexOf(heading.spec()) + 1, h + 1, text.toString().strip()));
        }
        return new Prose(preamble.toString(), out.sections(), out.stated(), out.parts(), out.rates(), out.years());
    }

    private Template templateOr(String version, Template fallback) {
        Template t = version == null ? null : templates.get(version);
        return t == null ? fallback : t;
    }

    private static TableResult absent(String id, String name) {
        return new TableResult(new TableFact(id, name, false, "", "absent", ""), List.of(), List.of(), null);
    }

    private void addTable(Tables into, TableResult r) {
        List<Label> labels = into.labels();
        into.tables().add(r.table());
        into.cells().addAll(r.cells());
        for (Label l : r.labels()) {
            // A wording the province accepts (settings.xlsx) is named on the label; the rules do not report it.
            boolean listed = !l.written().isEmpty() && accepted.accepts(r.table().name(), l.canonical(), l.written());
            labels.add(listed ? l.accepting(l.written()) : l);
        }
    }

    private static String sectionOf(List<SectionFinder.Heading> headings, int block) {
        String numeral = "";
        for (SectionFinder.Heading h : headings) {
            if (h.block() < block) {
                numeral = h.spec().numeral();
            }
        }
        return numeral;
    }

    private static int titleIndex(List<Block> blocks) {
        for (int i = 0; i < Math.min(blocks.size(), 12); i++) {
            // "• 标题: …" and other label lines of a portal page name the report but are not its title.
            if (blocks.get(i) instanceof Paragraph p && !p.text().contains(":") && !p.text().contains("：")
                    && TITLE.matcher(Texts.compact(p.text()).replaceAll("^[#*•·]+", "")).matches()) {
                return i;
            }
        }
        return -1;
    }

    /** Without a title in the text, a portal page's own "标题：" line names the report. */
    private static String metadataTitle(Document doc) {
        for (String line : doc.metadata()) {
            Matcher m = Pattern.compile("^\\s*[•·]?\\s*标题\\s*[:：]\\s*(.+)$").matcher(line);
            if (m.matches()) {
                return Texts.noSpace(m.group(1));
            }
        }
        return "";
    }

    /** A title broken after the office name ("海原县人民政府" / "2020 年…年度报告") is joined again. */
    private static String titleText(List<Block> blocks, int at) {
        String title = Texts.noSpace(((Paragraph) blocks.get(at)).text()).replaceAll("^[#*]+", "");
        if (title.matches("^\\d{4}.*") && at > 0 && blocks.get(at - 1) instanceof Paragraph prev
                && Texts.noSpace(prev.text()).length() <= 30 && !Texts.noSpace(prev.text()).endsWith("文件")) {
            return Texts.noSpace(prev.text()) + title;
        }
        return title;
    }

    /** The office a matched title names: before its year, or after it when the year comes first. */
    private String officeOf(Matcher title) {
        String named = title.group(1).isEmpty() ? title.group(3) : title.group(1);
        return officeName(statements.prose().officeWithoutConnector(named));
    }

    /** "合水县" and "合水县人民政府" name the same office; the report of a place is its government's. */
    static String officeName(String raw) {
        String o = raw.strip();
        if (o.matches(".*(省|市|县|区|旗|州|盟)$") || o.endsWith("综合实验区")) {
            return o + "人民政府";
        }
        return o;
    }

    /** A government (31 March deadline) or a department (31 January), from the office's name. */
    static String bodyKind(String office) {
        if (office.isEmpty()) {
            return "unknown";
        }
        if (office.endsWith("人民政府") || office.endsWith("政府")) {
            return "government";
        }
        if (office.matches(".*(乡|镇|街道|街道办事处)$")) {
            return "township";
        }
        return "department";
    }

    private static Integer numberOf(String s) {
        if (Character.isDigit(s.charAt(0))) {
            return Integer.parseInt(s);
        }
        int i = NUMERALS.indexOf(s.charAt(0));
        return i < 0 ? null : i;
    }

    private static LocalDate date(String y, String m, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * The dates the report shows: the page's 发布日期/发布时间 (publication; also from portal lines a Word copy
     * kept above and under the title), its 成文日期 and the 落款 date (signature). The 落款 is a paragraph
     * holding only a date, among the report's last paragraphs or, as some reports print it, in brackets under
     * the office name just below the title ("（2026年1月23日）").
     */
    private static List<ReportDate> dates(Document doc, List<Block> blocks, int titleAt) {
        List<ReportDate> out = new ArrayList<>();
        List<String> lines = new ArrayList<>(doc.metadata());
        for (int i = 0; i < Math.min(doc.blocks().size(), titleAt + 3); i++) {
            if (doc.blocks().get(i) instanceof Paragraph p) {
                lines.add(p.text());
            }
        }
        for (String line : lines) {
            Matcher m = PUBLISHED.matcher(line);
            if (m.find() && out.stream().noneMatch(d -> d.kind().equals("publish"))) {
                LocalDate d = date(m.group(1), m.group(2), m.group(3));
                if (d != null) {
                    out.add(new ReportDate("publish", d, m.group()));
                }
            }
        }
        for (String line : doc.metadata()) {
            Matcher m = WRITTEN.matcher(line);
            if (m.find()) {
                LocalDate d = date(m.group(1), m.group(2), m.group(3));
                if (d != null) {
                    out.add(new ReportDate("sign", d, m.group()));
                    return out;
                }
            }
        }
        int seen = 0;
        for (int i = blocks.size() - 1; i >= 0 && seen < 6; i--) {
            if (blocks.get(i) instanceof Paragraph p) {
                seen++;
                ReportDate d = dateLine(p.text(), blocks, i);
                if (d != null) {
                    out.add(d);
                    return out;
                }
            }
        }
        seen = 0;
        for (int i = blocks.size() - 1; i >= 0 && seen < 2; i--) {
            if (blocks.get(i) instanceof Paragraph p) {
                seen++;
                ReportDate d = signatureAtEnd(p.text());
                if (d != null) {
                    out.add(d);
                    return out;
                }
            }
        }
        for (int i = Math.max(0, titleAt + 1); i < Math.min(blocks.size(), titleAt + 4); i++) {
            if (blocks.get(i) instanceof Paragraph p) {
                ReportDate d = dateLine(p.text(), blocks, i);
                if (d != null) {
                    out.add(d);
                    return out;
                }
            }
        }
        return out;
    }

    /**
     * A 落款 run into the report's last paragraph ("…特此报告。 平潭综合实验区经济发展局2023年1月5日"): the office's
     * name right before a date that ends the paragraph (a few words of page chrome may follow, "附件下载").
     */
    private static ReportDate signatureAtEnd(String text) {
        Matcher m = SIGNATURE_END.matcher(Texts.nfkc(text).strip());
        if (!m.find() || !NAMED_BODY.matcher(m.group(1)).matches()) {
            return null;
        }
        LocalDate d = date(m.group(2), m.group(3), m.group(4));
        return d == null ? null : new ReportDate("sign", d, Texts.noSpace(m.group()));
    }

    private static ReportDate dateLine(String text, List<Block> blocks, int at) {
        Matcher m = DATE_LINE.matcher(Texts.noSpace(Texts.nfkc(text)));
        if (!m.matches()) {
            return null;
        }
        LocalDate d = date(m.group(1), m.group(2), m.group(3));
        if (d == null) {
            return null;
        }
        String source = Texts.noSpace(text);
        if (at > 0 && blocks.get(at - 1) instanceof Paragraph prev && Texts.noSpace(prev.text()).length() <= 30) {
            source = Texts.noSpace(prev.text()) + " " + source;
        }
        return new ReportDate("sign", d, source);
    }

    /**
     * Whether the title names the kind of body itself ("海原县人民政府…", "…财政局…"), rather than only a place
     * whose government is assumed ("合水县2020年…").
     */
    private static boolean namesBody(String title, Integer year) {
        String t = Texts.compact(title);
        int cut = year == null ? -1 : t.indexOf(String.valueOf(year));
        String before = cut > 0 ? t.substring(0, cut) : "";
        String after = cut >= 0 ? t.substring(cut + 4).replaceFirst("^年度?", "") : "";
        String named = !before.isEmpty() ? before : after.replaceFirst("政府信息公开.*$", "");
        return NAMED_BODY.matcher(named).matches();
    }
}
