package nianbao.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nianbao.findings.BatchResult;
import nianbao.findings.Forwarding;
import nianbao.findings.ReportResult;

/**
 * One workbook per checked report, for the office that wrote it: named after the office and year, safe
 * on Windows and Linux, never two with the same name (the second 合水县人民政府-2020 becomes
 * 合水县人民政府-2020-2, in the batch's file order, so the names are the same in every run).
 */
final class OfficeWorkbooks {
    /** Characters Windows forbids in file names, and control characters. */
    private static final Pattern ILLEGAL = Pattern.compile("[\\\\/:*?\"<>|\\p{Cntrl}]");
    /**
     * Bidi embeddings, overrides, isolates and marks: invisible, they make "报告\u202Excod.exe" look like
     * "报告exe.docx", so they are removed (not replaced: they never separate words).
     */
    private static final Pattern BIDI = Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069\\u200E\\u200F\\u061C]");
    /** A name starting like a formula (= + - @) may be taken for one when a list of names is pasted into a sheet. */
    private static final Pattern FORMULA_START = Pattern.compile("^[=+\\-@]");
    private static final Pattern RESERVED = Pattern.compile("(?i)(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(\\..*)?");
    /** Base names are cut to this many UTF-8 bytes: far below the 255 bytes Linux allows, suffix included. */
    static final int MAX_BYTES = 150;

    private OfficeWorkbooks() {
    }

    /**
     * The file name of each checked report's workbook, in the batch's order. When several reports would take the
     * same 机关-年度 (one office sent its report twice), each is named after its own file too
     * (合水县人民政府-2020-合水-重报), so the county sees which file each book is about.
     */
    static Map<String, String> names(List<ReportResult> reports) {
        // By file, not by result: a batch on disk gives a fresh result object each time it is read.
        Map<String, String> names = new java.util.HashMap<>();
        Set<String> taken = new HashSet<>();
        Map<String, Integer> perBase = new java.util.HashMap<>();
        Map<String, Integer> perFileName = new java.util.HashMap<>();
        for (ReportResult r : reports) {
            if (r.status().equals("checked")) {
                perBase.merge(safe(baseName(r)).toLowerCase(Locale.ROOT), 1, Integer::sum);
                perFileName.merge(safe(baseName(r) + "-" + fileName(r, 1)).toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        for (ReportResult r : reports) {
            if (!r.status().equals("checked")) {
                continue;
            }
            String base = safe(baseName(r));
            if (perBase.get(base.toLowerCase(Locale.ROOT)) > 1 && r.office() != null && !r.office().isBlank()) {
                // With its extension (a .docx and a .pdf of one report), and its folder when the names are the same too.
                String named = safe(baseName(r) + "-" + fileName(r, 1));
                base = perFileName.get(named.toLowerCase(Locale.ROOT)) > 1 ? safe(baseName(r) + "-" + fileName(r, 2)) : named;
            }
            String name = base;
            for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
                name = base + "-" + n;
            }
            names.put(r.file(), name + ".xlsx");
        }
        return names;
    }

    /** 机关-年度; without an office, the report's file name (without folders and extension). */
    static String baseName(ReportResult r) {
        String who = r.office() != null && !r.office().isBlank() ? r.office().strip() : fileStem(r);
        return r.year() == null ? who : who + "-" + r.year();
    }

    /** The last {@code parts} parts of the report's path, joined by "_". */
    private static String fileName(ReportResult r, int parts) {
        List<String> all = List.of(r.file().replace('\\', '/').split("/+"));
        return String.join("_", all.subList(Math.max(0, all.size() - parts), all.size()));
    }

    /** The report's file name without folders and extension. */
    private static String fileStem(ReportResult r) {
        String file = fileName(r, 1);
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }

    /** A name every file system takes: no forbidden characters, no trailing dot or space, no device name, short. */
    static String safe(String name) {
        String s = ILLEGAL.matcher(BIDI.matcher(name).replaceAll("")).replaceAll("_").replaceAll("\\s+", " ").strip();
        s = cut(s, MAX_BYTES);
        s = s.replaceAll("^[ .]+|[ .]+$", "");
        if (s.isEmpty()) {
            s = "报告";
        }
        if (RESERVED.matcher(s).matches() || FORMULA_START.matcher(s).find()) {
            s = "_" + s;
        }
        return s;
    }

    private static String cut(String s, int maxBytes) {
        if (s.getBytes(StandardCharsets.UTF_8).length <= maxBytes) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int len = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + len > maxBytes) {
                break;
            }
            sb.appendCodePoint(cp);
            bytes += len;
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /** Writes the workbooks to temporary files of {@code files}; they appear when {@code files} is committed. */
    static List<Path> write(XlsxRenderer renderer, BatchResult batch, Forwarding forwarding, Path dir, OutputFiles files)
            throws IOException {
        List<Path> written = new ArrayList<>();
        Map<String, String> names = names(batch.reports());
        for (ReportResult r : batch.reports()) {
            String name = names.get(r.file());
            if (name == null) {
                continue;
            }
            Path target = dir.resolve(name);
            // The office sees only the findings that are forwarded to it: not those dismissed as 误报.
            files.add(target, out -> renderer.writeOffice(batch, r.forwardedOnly(), forwarding, out));
            written.add(target);
        }
        return written;
    }
}
