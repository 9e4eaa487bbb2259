package nianbao.golden;

import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import nianbao.support.HtmlVariants;
import nianbao.support.Project;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each sample .html re-marked-up the way CMS exports, partly saved pages and Word produce them
 * (generated here from the shared sample, see {@link HtmlVariants}) must be read as HTML, whatever its
 * extension, and get exactly the findings of the sample's text.
 */
class HtmlLayoutVariantsTest {
    @TempDir
    Path dir;

    enum Variant { FRAGMENT_HTML, FRAGMENT_TXT, ARTICLE_ONLY, WORD_PAGE, WORD_FRAGMENT, BODY_IN_ONE_CELL, TABLES_IN_LAYOUT_CELLS, LINES_WITH_BREAKS,
        BORDERLESS_TABLES, WORD_FRAGMENT_IN_LAYOUT_TABLES }

    static Stream<Arguments> variants() {
        return SameFindings.STEMS.stream()
                .flatMap(s -> Stream.of(Variant.values()).map(v -> Arguments.of(s, v)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("variants")
    void sameFindingsAsTheText(String stem, Variant variant) throws Exception {
        HtmlVariants.Page page = HtmlVariants.read(Project.shared("corpus/formats").resolve(stem + ".html"));
        UnaryOperator<Document> same = d -> d;
        Path out = dir.resolve(stem);
        Path file = switch (variant) {
            case FRAGMENT_HTML -> HtmlVariants.writeFragment(page, out.resolveSibling(stem + ".html"), same, "", "");
            case FRAGMENT_TXT -> HtmlVariants.writeFragment(page, out.resolveSibling(stem + ".txt"), same, "", "");
            case ARTICLE_ONLY -> HtmlVariants.writeArticle(page, out.resolveSibling(stem + ".txt"));
            case WORD_PAGE -> HtmlVariants.writePage(page, out.resolveSibling(stem + ".htm"), HtmlVariants::wordHtml);
            case WORD_FRAGMENT -> HtmlVariants.writeFragment(page, out.resolveSibling(stem + ".txt"),
                    HtmlVariants::wordHtml, "<!--StartFragment-->", "<!--EndFragment-->");
            case BODY_IN_ONE_CELL -> HtmlVariants.writePage(page, out.resolveSibling(stem + ".html"),
                    HtmlVariants::bodyInOneCell);
            case TABLES_IN_LAYOUT_CELLS -> HtmlVariants.writePage(page, out.resolveSibling(stem + ".html"),
                    HtmlVariants::tablesInLayoutCells);
            case LINES_WITH_BREAKS -> HtmlVariants.writePage(page, out.resolveSibling(stem + ".html"),
                    HtmlVariants::linesWithBreaks);
            case WORD_FRAGMENT_IN_LAYOUT_TABLES -> HtmlVariants.writeFragment(page, out.resolveSibling(stem + ".htm"),
                    d -> HtmlVariants.bodyInOneCell(HtmlVariants.tablesInLayoutCells(HtmlVariants.wordHtml(d))),
                    "<!--StartFragment-->", "<!--EndFragment-->");
            case BORDERLESS_TABLES -> HtmlVariants.writePage(page, out.resolveSibling(stem + ".html"),
                    HtmlVariants::borderless);
        };
        SameFindings.assertSameAsText(stem, file, "html");
    }
}
