package nianbao.extract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nianbao.facts.Deadline;

/**
 * The publication deadlines of rules/templates/deadlines.json: the 条例's dates per kind of body, and the
 * provincial or city overrides a supervisor configures.
 */
final class Deadlines {
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Rule(Integer month, Integer day, String basis) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Override(String where, String bodyKind, Integer month, Integer day, String basis) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Config(Map<String, Rule> legal, List<Override> overrides) {
    }

    private final Config config;

    private Deadlines(Config config) {
        this.config = config;
    }

    static Deadlines load(Path file) throws IOException {
        if (!Files.exists(file)) {
            return new Deadlines(new Config(Map.of(), List.of()));
        }
        Config c = nianbao.template.StrictJson.read(file, Config.class, "期限文件");
        List<Override> overrides = new java.util.ArrayList<>(c.overrides() == null ? List.of() : c.overrides());
        // A supervisor's local dates live in the spreadsheet beside the rules (settings.xlsx, sheet 报送期限).
        overrides.addAll(sheetOverrides(file.getParent().getParent()));
        return new Deadlines(new Config(c.legal() == null ? Map.of() : c.legal(), overrides));
    }

    /** Rows of 报送期限 in settings.xlsx: 名称包含 | 机关类型（政府/部门/乡镇） | 月 | 日 | 依据. */
    static List<Override> sheetOverrides(Path rulesDir) throws IOException {
        List<Override> out = new java.util.ArrayList<>();
        for (nianbao.template.SettingsSheet.Line line : nianbao.template.SettingsSheet.read(rulesDir, "报送期限")) {
            String kind = switch (line.cell(1)) {
                case "政府", "人民政府", "government" -> "government";
                case "部门", "department" -> "department";
                case "乡镇", "街道", "乡镇街道", "township" -> "township";
                default -> "";
            };
            if (kind.isEmpty() || !line.cell(2).matches("\\d{1,2}") || !line.cell(3).matches("\\d{1,2}")) {
                continue;
            }
            out.add(new Override(line.cell(0), kind, Integer.valueOf(line.cell(2)), Integer.valueOf(line.cell(3)), line.cell(4)));
        }
        return out;
    }

    /** The deadline for the report of {@code year} by {@code office}, or null when none is known (township, unknown body). */
    Deadline of(String office, String bodyKind, Integer year, boolean certain) {
        if (year == null || office == null || office.isEmpty()) {
            return null;
        }
        for (Override o : config.overrides()) {
            if (o.where() != null && office.contains(o.where()) && o.bodyKind() != null && o.bodyKind().equals(bodyKind)) {
                LocalDate d = date(year + 1, o.month(), o.day());
                if (d != null) {
                    Rule legal = config.legal().get(bodyKind);
                    LocalDate legalDate = legal == null ? null : date(year + 1, legal.month(), legal.day());
                    boolean isLegal = legalDate != null && !d.isBefore(legalDate);
                    return new Deadline(bodyKind, isLegal ? legalDate : d, certain, isLegal,
                            isLegal ? legal.basis() : o.basis());
                }
            }
        }
        Rule r = config.legal().get(bodyKind);
        LocalDate d = r == null ? null : date(year + 1, r.month(), r.day());
        return d == null ? null : new Deadline(bodyKind, d, certain, true, r.basis());
    }

    private static LocalDate date(int y, Integer m, Integer d) {
        if (m == null || d == null) {
            return null;
        }
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
