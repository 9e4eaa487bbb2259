package nianbao.analysis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nianbao.facts.Cell;
import nianbao.facts.ReportFacts;
import nianbao.facts.Section;
import nianbao.findings.ContentPrint;

/**
 * The content fingerprint of a checked report ({@link ContentPrint}), made from what was read, not from the
 * file's bytes, so a .docx and a .pdf of the same report count as the same.
 *
 * <p>How the text is normalised before hashing: Unicode NFKC (full-width letters, digits and punctuation become
 * their plain forms), then everything that is not a letter or a digit is dropped (spaces, line breaks, page
 * breaks, punctuation, dashes, the layout each reader leaves), so only the words and numbers in their order are
 * compared. A section's print is the hash of its heading's template numeral and its normalised prose; a table
 * cell is its whole number when it holds one, "" when blank, its normalised text otherwise, "?" when it could
 * not be read. The whole report's print hashes the normalised title, the six section prints and every cell.
 */
final class Fingerprints {
    private Fingerprints() {
    }

    static ContentPrint of(String file, ReportFacts facts) {
        List<String> sections = new ArrayList<>();
        for (String numeral : ContentPrint.NUMERALS) {
            StringBuilder text = new StringBuilder();
            boolean found = false;
            for (Section s : facts.sections()) {
                if (s.numeral().equals(numeral)) {
                    found = true;
                    text.append(normalise(s.text()));
                }
            }
            sections.add(found ? hash(numeral + "\u0000" + text) : "");
        }
        Map<String, String> tables = new LinkedHashMap<>();
        for (String table : ContentPrint.TABLES) {
            StringBuilder lines = new StringBuilder();
            for (Cell c : facts.cells()) {
                if (c.table().equals(table)) {
                    if (lines.length() > 0) {
                        lines.append('\n');
                    }
                    lines.append(c.rowKey()).append('/').append(c.columnKey()).append('\t').append(value(c));
                }
            }
            tables.put(table, lines.toString()); // ContentPrint keeps the values only
        }
        StringBuilder whole = new StringBuilder(normalise(facts.report().title()));
        sections.forEach(s -> whole.append('\u0000').append(s));
        ContentPrint.TABLES.forEach(t -> whole.append('\u0000').append(tables.get(t)));
        return new ContentPrint(file, facts.report().office(), facts.report().year(), hash(whole.toString()), sections,
                tables);
    }

    /** A cell as compared: its number, "" blank, its text, "?" not read. */
    static String value(Cell c) {
        if (c.raw() == null || c.missing()) {
            return "?";
        }
        if (c.value() != null) {
            return c.value().toString();
        }
        if (c.blank()) {
            return "";
        }
        return normalise(c.raw());
    }

    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String n = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(n.length());
        n.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }

    static String hash(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
