package nianbao.template;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The template versions found in a rules folder, newest last. */
public final class Templates {
    private static final String WHAT = "模板文件";
    /** The data files beside the templates in rules/templates/ that are not templates. */
    private static final List<String> DATA_FILES = List.of("statements.json", "prose.json", "deadlines.json");

    private final List<Template> versions;

    private Templates(List<Template> versions) {
        this.versions = List.copyOf(versions);
    }

    public static Templates load(Path rulesDir) throws IOException {
        Path dir = rulesDir.resolve("templates");
        if (!Files.isDirectory(dir)) {
            throw new IOException("规则目录中缺少模板文件夹 " + dir);
        }
        List<Template> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                // The other data files live beside the templates, read by their own loaders (as strictly).
                if (DATA_FILES.contains(f.getFileName().toString())) {
                    continue;
                }
                // A misspelt key is an error with file, line and column, never silently ignored.
                if (!StrictJson.tree(f, WHAT).has("version")) {
                    throw new IOException(WHAT + " " + f.getFileName() + "：缺少键“version”（模板文件夹中除 "
                            + String.join("、", DATA_FILES) + " 外，每个 .json 都是一个模板版本）");
                }
                found.add(StrictJson.read(f, Template.class, WHAT));
            }
        }
        if (found.isEmpty()) {
            throw new IOException("模板文件夹 " + dir + " 中没有 .json 模板");
        }
        found.sort(Comparator.comparing(Template::version));
        return new Templates(found);
    }

    /**
     * What the readers need of the templates to see structure in plain text, as plain data: every version's
     * section keywords and the words each statistics table's text begins with (template "textStarts",
     * "textMarks", and table 四's first header words).
     */
    public nianbao.document.ReadingWords readingWords() {
        java.util.LinkedHashSet<List<String>> sections = new java.util.LinkedHashSet<>();
        java.util.LinkedHashSet<String> two = new java.util.LinkedHashSet<>();
        java.util.LinkedHashSet<String> three = new java.util.LinkedHashSet<>();
        java.util.LinkedHashSet<String> threeMarks = new java.util.LinkedHashSet<>();
        java.util.LinkedHashSet<String> four = new java.util.LinkedHashSet<>();
        String fourHeader = null;
        for (Template t : versions) {
            t.sections().forEach(sec -> sections.addAll(sec.keywords()));
            two.addAll(t.tables().T2().textStarts());
            three.addAll(t.tables().T3().textStarts());
            threeMarks.addAll(t.tables().T3().textMarks());
            four.addAll(t.tables().T4().textStarts());
            List<String> header = t.tables().T4().headerWords();
            if (fourHeader == null && header != null && header.size() >= 2) {
                fourHeader = header.get(0) + header.get(1);
            }
        }
        return new nianbao.document.ReadingWords(List.copyOf(sections), List.copyOf(two), List.copyOf(three),
                List.copyOf(threeMarks), List.copyOf(four), fourHeader == null ? "\u0000" : fourHeader);
    }

    public List<Template> all() {
        return versions;
    }

    public Template get(String version) {
        return versions.stream().filter(t -> t.version().equals(version)).findFirst().orElse(null);
    }

    /**
     * The version whose {@code appliesToYears} holds the year, or null when none does (a year before the first
     * template, or no year): what a report of that year must follow, when the templates say.
     */
    public String prescribedFor(Integer year) {
        if (year == null) {
            return null;
        }
        for (Template t : versions) {
            List<Integer> range = t.appliesToYears();
            if (range != null && range.size() == 2 && year >= range.get(0) && year <= range.get(1)) {
                return t.version();
            }
        }
        return null;
    }

    /** The version the law prescribes for a report year, or the newest when the year is unknown. */
    public Template forYear(Integer year) {
        if (year != null) {
            for (Template t : versions) {
                List<Integer> range = t.appliesToYears();
                if (range != null && range.size() == 2 && year >= range.get(0) && year <= range.get(1)) {
                    return t;
                }
            }
        }
        return versions.get(versions.size() - 1);
    }
}
