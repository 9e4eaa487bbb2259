package nianbao.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import nianbao.support.Project;
import nianbao.support.WordVariants;

/**
 * Differential fuzzing of the fast .docx path: a sample's document.xml with well-formed Word fragments
 * (runs, fields, controls, tracked changes, cells, merges, numbering properties) inserted at random tag
 * boundaries, in places Word would and would not put them. Whatever the file, {@link DocxReader} (fast
 * path, POI when it is not sure) gives what POI alone gives: the same document, or the same refusal.
 */
class DocxFastReaderFuzzTest {
    private static final Path SAMPLE = Project.shared("corpus/formats").resolve("000_3438832166e5f38e.docx");
    /** The second sample with its headings and row labels numbered by Word (numbering.xml, styles.xml). */
    private static final Path NUMBERED = numbered(Project.shared("corpus/formats").resolve("001_3c6323d342dfd320.docx"));
    private static final List<String> FRAGMENTS = List.of(
            "<w:r><w:t>插</w:t></w:r>", "<w:r><w:tab/></w:r>", "<w:r><w:br/></w:r>", "<w:r><w:delText>删</w:delText></w:r>",
            "<w:r><w:rPr><w:caps/></w:rPr><w:t>ab</w:t></w:r>", "<w:hyperlink><w:r><w:t>链</w:t></w:r></w:hyperlink>",
            "<w:sdt><w:sdtContent><w:r><w:t>控</w:t></w:r></w:sdtContent></w:sdt>",
            "<w:sdt><w:sdtContent><w:p><w:r><w:t>块</w:t></w:r></w:p></w:sdtContent></w:sdt>",
            "<w:p><w:r><w:t>段</w:t></w:r></w:p>", "<w:p/>",
            "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>表</w:t></w:r></w:p></w:tc></w:tr></w:tbl>",
            "<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>",
            "<w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr><w:p><w:r><w:t>跨</w:t></w:r></w:p></w:tc>",
            "<w:vMerge w:val=\"restart\"/>", "<w:vMerge/>", "<w:gridSpan w:val=\"3\"/>", "<w:gridBefore w:val=\"1\"/>",
            "<w:tcPr><w:vMerge/></w:tcPr>", "<w:trPr><w:gridBefore w:val=\"2\"/></w:trPr>", "<w:tr><w:tc><w:p/></w:tc></w:tr>",
            "<w:ins><w:r><w:t>增</w:t></w:r></w:ins>", "<w:del><w:r><w:delText>去</w:delText></w:r></w:del>",
            "<w:smartTag><w:r><w:t>标</w:t></w:r></w:smartTag>", "<w:fldSimple><w:r><w:t>域</w:t></w:r></w:fldSimple>",
            "<w:r><w:instrText>PAGE</w:instrText></w:r>", "<w:customXml><w:r><w:t>客</w:t></w:r></w:customXml>",
            "<w:r><w:pict><w:t>图</w:t></w:pict></w:r>", "<w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr>",
            "<w:noBreakHyphen/>", "<w:t>字</w:t>", "<w:cr/>", "<w:pStyle w:val=\"x\"/>",
            "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>", "<w:rPr><w:smallCaps/></w:rPr>",
            "<w:sdt><w:sdtContent><w:tbl><w:tr><w:tc><w:p><w:r><w:t>格</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:sdtContent></w:sdt>",
            "<w:bookmarkStart w:id=\"0\" w:name=\"a\"/>", "<x:y xmlns:x=\"urn:x\"><w:p><w:r><w:t>外</w:t></w:r></w:p></x:y>",
            "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t>章</w:t></w:r></w:p>",
            "<w:p><w:pPr><w:pStyle w:val=\"Heading2\"/></w:pPr><w:r><w:t>节</w:t></w:r></w:p>",
            "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>项</w:t></w:r></w:p>",
            "<w:p><w:pPr><w:numPr><w:numId w:val=\"0\"/></w:numPr></w:pPr><w:r><w:t>停</w:t></w:r></w:p>",
            "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"3\"/></w:numPr></w:pPr><w:r><w:t>另</w:t></w:r></w:p>");

    @Property
    void theFastPathGivesWhatPoiGives(@ForAll("insertions") List<int[]> insertions) throws Exception {
        check(SAMPLE, insertions);
    }

    @Property
    void theFastPathNumbersWhatPoiNumbers(@ForAll("insertions") List<int[]> insertions) throws Exception {
        check(NUMBERED, insertions);
    }

    private static void check(Path sample, List<int[]> insertions) throws Exception {
        String base = documentXml(sample);
        List<Integer> tags = tagPositions(base);
        StringBuilder xml = new StringBuilder(base);
        List<int[]> sorted = new ArrayList<>(insertions);
        sorted.sort((a, b) -> Integer.compare(tags.get(b[0] % tags.size()), tags.get(a[0] % tags.size())));
        for (int[] ins : sorted) { // from the end, so that earlier positions stay valid
            xml.insert(tags.get(ins[0] % tags.size()), FRAGMENTS.get(ins[1] % FRAGMENTS.size()));
        }
        Path f = Files.createTempFile("fuzz", ".docx");
        try {
            writeWith(sample, f, xml.toString());
            String path;
            try {
                DocxFastReader.read(f);
                path = "fast";
            } catch (DocxParts.NotSure e) {
                path = "POI: " + e.getMessage().replaceAll("[:,].*", "");
            }
            Statistics.label("path").collect(path);
            assertThat(outcome(f, false)).isEqualTo(outcome(f, true));
        } finally {
            Files.delete(f);
        }
    }

    @Provide
    Arbitrary<List<int[]>> insertions() {
        Arbitrary<int[]> one = Combinators.combine(Arbitraries.integers().between(0, Integer.MAX_VALUE),
                Arbitraries.integers().between(0, Integer.MAX_VALUE)).as((a, b) -> new int[] {a, b});
        return one.list().ofMinSize(1).ofMaxSize(8);
    }

    private static Path numbered(Path sample) {
        try {
            Path dir = Files.createTempDirectory("fuzz-numbered");
            dir.toFile().deleteOnExit();
            Path target = dir.resolve("numbered.docx");
            target.toFile().deleteOnExit();
            return WordVariants.write(sample, target, WordVariants.numberedHeadings("chineseCounting", true, WordVariants.Via.STYLE)
                    .andThen(WordVariants::numberedRowLabels));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object outcome(Path f, boolean poi) {
        try {
            return poi ? DocxReader.readWithPoi(f) : new DocxReader().read(f);
        } catch (UnreadableException e) {
            return "unreadable: " + e.getMessage();
        }
    }

    /** Every position inside the body where a tag starts (but text ends): a balanced fragment put there keeps the XML well-formed. */
    private static List<Integer> tagPositions(String xml) {
        int from = xml.indexOf("<w:body>") + "<w:body>".length();
        int to = xml.lastIndexOf("</w:body>");
        List<Integer> out = new ArrayList<>();
        for (int i = xml.indexOf('<', from); i >= 0 && i <= to; i = xml.indexOf('<', i + 1)) {
            if (!xml.startsWith("</w:t>", i) && !xml.startsWith("</w:delText>", i) && !xml.startsWith("</w:instrText>", i)) {
                out.add(i); // not inside a text element, which holds only characters
            }
        }
        return out;
    }

    private static String documentXml(Path docx) {
        try (InputStream in = Files.newInputStream(docx); ZipInputStream zin = new ZipInputStream(in)) {
            for (ZipEntry e; (e = zin.getNextEntry()) != null; ) {
                if (e.getName().equals("word/document.xml")) {
                    return new String(zin.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalStateException("no document.xml in " + docx);
    }

    private static void writeWith(Path from, Path to, String documentXml) throws IOException {
        try (InputStream in = Files.newInputStream(from); ZipInputStream zin = new ZipInputStream(in);
             ZipOutputStream zout = new ZipOutputStream(Files.newOutputStream(to))) {
            for (ZipEntry e; (e = zin.getNextEntry()) != null; ) {
                byte[] bytes = zin.readAllBytes();
                zout.putNextEntry(new ZipEntry(e.getName()));
                zout.write(e.getName().equals("word/document.xml") ? documentXml.getBytes(StandardCharsets.UTF_8) : bytes);
                zout.closeEntry();
            }
        }
    }
}
