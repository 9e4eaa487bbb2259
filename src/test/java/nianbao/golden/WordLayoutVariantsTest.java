package nianbao.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import nianbao.support.Project;
import nianbao.support.WordVariants;
import nianbao.support.WordVariants.Via;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each sample .docx re-laid-out the way county offices lay out Word reports (generated here from the
 * shared sample, see {@link WordVariants}) must still get exactly the findings of the sample's text.
 */
class WordLayoutVariantsTest {
    /** One Word counting format per sample, so that each format Chinese offices use is read once. */
    private static final List<String> FORMATS = List.of("chineseCountingThousand", "chineseCounting",
            "japaneseCounting", "taiwaneseCounting", "chineseCountingThousand");

    @TempDir
    Path dir;

    static Stream<Arguments> variants() {
        return SameFindings.STEMS.stream().flatMap(s -> {
            int i = SameFindings.STEMS.indexOf(s);
            String fmt = FORMATS.get(i);
            boolean tab = i % 2 == 1;
            return Stream.of(
                    Arguments.of(s, "numbered-paragraphs-" + fmt, WordVariants.numberedHeadings(fmt, tab, Via.PARAGRAPH)),
                    Arguments.of(s, "numbered-styles-" + fmt, WordVariants.numberedHeadings(fmt, !tab, Via.STYLE)),
                    Arguments.of(s, "numbered-linked-styles-" + fmt,
                            WordVariants.numberedHeadings(fmt, tab, Via.LINKED_STYLES)),
                    Arguments.of(s, "numbered-row-labels", (Consumer<XWPFDocument>) WordVariants::numberedRowLabels),
                    Arguments.of(s, "body-in-one-cell", (Consumer<XWPFDocument>) WordVariants::bodyInOneCell),
                    Arguments.of(s, "body-in-content-control",
                            (Consumer<XWPFDocument>) WordVariants::bodyInContentControl),
                    Arguments.of(s, "tables-in-layout-cells", (Consumer<XWPFDocument>) WordVariants::tablesInLayoutCells),
                    Arguments.of(s, "numbered-in-borderless-frame", WordVariants.numberedHeadings(fmt, tab, Via.STYLE)
                            .andThen(WordVariants::numberedRowLabels).andThen(WordVariants::borderless)
                            .andThen(WordVariants::bodyInOneCell)),
                    Arguments.of(s, "borderless-tables", (Consumer<XWPFDocument>) WordVariants::borderless));
        });
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("variants")
    void sameFindingsAsTheText(String stem, String variant, Consumer<XWPFDocument> change) throws Exception {
        Path sample = Project.shared("corpus/formats").resolve(stem + ".docx");
        Path file = WordVariants.write(sample, dir.resolve(stem + "-" + variant + ".docx"), change);
        assertLayoutIsThere(file, variant);
        SameFindings.assertSameAsText(stem, file, "docx");
    }

    /** Guards the generator: the variant must really have the layout it is named after. */
    private static void assertLayoutIsThere(Path file, String variant) throws Exception {
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            if (variant.equals("numbered-row-labels")) {
                assertThat(doc.getTables()).allMatch(t -> t.getRows().stream().flatMap(r -> r.getTableCells().stream())
                        .noneMatch(c -> c.getText().matches("^\\d{1,2}[.．、].*")));
            } else if (variant.equals("numbered-in-borderless-frame")) {
                assertThat(doc.getNumbering()).isNotNull();
                assertThat(doc.getBodyElements()).hasSize(1);
            } else if (variant.startsWith("numbered")) {
                assertThat(doc.getNumbering()).isNotNull();
                assertThat(doc.getParagraphs()).noneMatch(p -> "Heading1".equals(p.getStyleID())
                        && p.getText().matches("^[一二三四五六]、.*"));
            } else if (variant.equals("body-in-one-cell")) {
                assertThat(doc.getBodyElements()).hasSize(1);
                assertThat(doc.getTables().get(0).getRow(0).getCell(0).getTables()).hasSize(3);
            } else if (variant.equals("body-in-content-control")) {
                assertThat(doc.getBodyElements()).hasSize(1).allMatch(e -> e instanceof XWPFSDT);
                assertThat(doc.getDocument().getBody().getSdtArray(0).getSdtContent().sizeOfTblArray()).isEqualTo(3);
            } else if (variant.equals("tables-in-layout-cells")) {
                assertThat(doc.getTables()).hasSize(3)
                        .allMatch(t -> t.getRow(0).getTableCells().size() == 2 && t.getRow(0).getCell(1).getTables().size() == 1);
            } else {
                assertThat(doc.getTables()).allMatch(t -> t.getCTTbl().getTblPr().getTblBorders() == null);
            }
        }
    }
}
