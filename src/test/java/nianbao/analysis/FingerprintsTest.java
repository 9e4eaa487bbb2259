package nianbao.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nianbao.findings.ContentPrint;
import nianbao.support.Project;
import org.junit.jupiter.api.Test;

/** The content fingerprint is of what was read: the same report in other formats reads the same, another does not. */
class FingerprintsTest {
    private static ContentPrint print(Path file) {
        Auditor.Audited a = Project.auditor().auditWithFacts(file, file.getFileName().toString());
        assertThat(a.facts()).as(file.toString()).isNotNull();
        return Fingerprints.of(file.getFileName().toString(), a.facts());
    }

    /**
     * Measured on the five samples in five formats: 000, 001 and 004 read identically in .txt, .docx, .doc, .html
     * and .pdf; 003's section 六 reads differently from Word and PDF, 002's tables differently from the text file
     * (so those copies count as "content differs", which is what they are to the reader).
     */
    @Test
    void theSameReportInAnotherFormatHasTheSamePrintAndOtherReportsDoNot() {
        Path formats = Project.shared("corpus/formats");
        List<String> wholes = new ArrayList<>();
        for (String sample : List.of("000_3438832166e5f38e", "001_3c6323d342dfd320", "004_3b473299667ac3ab")) {
            ContentPrint txt = print(Project.REPORTS.resolve(sample + ".txt"));
            for (String ext : List.of("docx", "doc", "html", "pdf")) {
                ContentPrint p = print(formats.resolve(sample + "." + ext));
                assertThat(p.whole()).as(sample + "." + ext).isEqualTo(txt.whole());
                for (String t : ContentPrint.TABLES) {
                    assertThat(p.table(t)).as(sample + "." + ext + " " + t).isEqualTo(txt.table(t));
                }
                assertThat(sameSections(p, txt)).as(sample + "." + ext).isEqualTo("一二三四五六");
            }
            wholes.add(txt.whole());
        }
        ContentPrint other = print(Project.REPORTS.resolve("002_4e6b494957470ee7.txt"));
        wholes.add(other.whole());
        assertThat(wholes).doesNotHaveDuplicates();
        assertThat(other.cells("T3")).isNotEmpty().allSatisfy((k, v) -> assertThat(k).matches("R[^/]*/\\S+"));
    }

    private static String sameSections(ContentPrint a, ContentPrint b) {
        StringBuilder s = new StringBuilder();
        for (String n : ContentPrint.NUMERALS) {
            s.append(a.section(n).equals(b.section(n)) ? n : "x");
        }
        return s.toString();
    }

    /** A print keeps its tables compacted (labels shared between reports) and gives back the very same lines. */
    @Test
    void tablesComeBackAsTheyWereGiven() throws Exception {
        for (String sample : Project.SAMPLES) {
            var facts = Project.auditor().auditWithFacts(Project.REPORTS.resolve(sample + ".txt"), sample).facts();
            ContentPrint p = Fingerprints.of(sample, facts);
            for (String t : ContentPrint.TABLES) {
                StringBuilder lines = new StringBuilder();
                for (nianbao.facts.Cell c : facts.cells()) {
                    if (c.table().equals(t)) {
                        lines.append(lines.length() > 0 ? "\n" : "").append(c.rowKey()).append('/').append(c.columnKey())
                                .append('\t').append(Fingerprints.value(c));
                    }
                }
                assertThat(p.table(t)).as(sample + " " + t).isEqualTo(lines.toString());
                ContentPrint again = new ContentPrint(p.file(), p.office(), p.year(), p.whole(), p.sections(),
                        java.util.Map.of(t, p.table(t)));
                assertThat(again.table(t)).isEqualTo(p.table(t)).isEqualTo(lines.toString());
            }
            assertThat(p.table("T3").lines().count()).as(sample).isGreaterThan(100);
        }
    }
}
