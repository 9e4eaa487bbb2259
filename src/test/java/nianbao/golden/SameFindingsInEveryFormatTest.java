package nianbao.golden;

import java.util.stream.Stream;
import nianbao.support.Project;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each sample report in every format (../shared/corpus/formats: .docx, .doc, .pdf, .html made from the
 * text with its defects kept) gets the same findings as its text version: same rules, places and values.
 */
class SameFindingsInEveryFormatTest {
    static Stream<Arguments> reportsAndFormats() {
        return SameFindings.STEMS.stream().flatMap(s -> Stream.of("docx", "doc", "pdf", "html").map(f -> Arguments.of(s, f)));
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("reportsAndFormats")
    void sameFindingsAsTheText(String stem, String format) {
        SameFindings.assertSameAsText(stem, Project.shared("corpus/formats").resolve(stem + "." + format), format);
    }
}
