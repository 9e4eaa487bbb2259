package nianbao.render;

import java.util.List;
import java.util.function.Supplier;

/**
 * The batch's output formats, one line each. ./check writes every one, in this order, each to the file an
 * option names or to {@code <out>/<defaultFile>}: a new format is its {@link Renderer} and a line here.
 */
public final class Formats {
    /** One format: its name (also its option, --json), the file it goes to by default and its renderer. */
    public record Format(String name, String defaultFile, Supplier<Renderer> renderer) {
    }

    public static final List<Format> ALL = List.of(
            new Format("json", "findings.json", JsonRenderer::new),
            new Format("xlsx", "findings.xlsx", XlsxRenderer::new));

    private Formats() {
    }
}
