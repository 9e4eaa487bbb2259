package nianbao.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nianbao.findings.FindingId;
import nianbao.findings.ReportResult;
import nianbao.findings.ResolvedFinding;
import nianbao.findings.Review;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads the supervisor's decisions back from an earlier findings workbook (--review previous.xlsx): the
 * 复核 and 复核备注 columns of 问题清单, matched by each finding's stable 编号, not its row. Columns are
 * found by their header, so a supervisor who moved or added columns loses nothing. Opened read-only.
 */
public final class ReviewWorkbook {
    /** One row of the earlier 问题清单. */
    record Previous(String id, String officeYearId, String file, String office, Integer year, String ruleId, String severity, String place,
                    String message, Review review) {
    }

    private final Map<String, Previous> rows;
    /** Findings given two different decisions by two of the workbooks read together. */
    private final int conflicts;
    private final int files;
    /** The workbooks read, oldest first (the content fingerprints of their hidden sheet are read from them too). */
    private final List<Path> workbooks;

    private ReviewWorkbook(Map<String, Previous> rows, int conflicts, List<Path> workbooks) {
        this.rows = rows;
        this.conflicts = conflicts;
        this.files = workbooks.size();
        this.workbooks = List.copyOf(workbooks);
    }

    /** The workbooks read, oldest first. */
    public List<Path> workbooks() {
        return workbooks;
    }

    /** A review file that cannot be used, with one plain sentence naming it and saying what to do. */
    public static final class Unusable extends IOException {
        public Unusable(String message) {
            super(message);
        }
    }

    /** One workbook. */
    public static ReviewWorkbook read(Path file) throws IOException {
        return read(List.of(file));
    }

    /**
     * Several returned workbooks at once, each a file or a folder (every .xlsx in it, sorted by name; Excel's
     * own lock files ~$….xlsx left out). Decisions are merged per finding: a decision beats none; two
     * different decisions, the workbook modified last wins (on equal times, the one named later), and
     * {@link #conflicts()} says how many findings that happened to.
     */
    public static ReviewWorkbook read(List<Path> given) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : given) {
            files.addAll(expand(p));
        }
        // Oldest first, so that a later workbook's decision replaces an earlier one's; stable for equal times.
        List<Path> byTime = new ArrayList<>(files);
        Map<Path, java.nio.file.attribute.FileTime> times = new HashMap<>();
        for (Path f : files) {
            times.put(f, Files.getLastModifiedTime(f));
        }
        byTime.sort(java.util.Comparator.comparing(times::get));
        Map<String, Previous> merged = new LinkedHashMap<>();
        Set<String> conflicting = new java.util.HashSet<>();
        for (Path f : byTime) {
            for (Previous p : readOne(f).values()) {
                Previous before = merged.get(p.id());
                if (before == null) {
                    merged.put(p.id(), p);
                    continue;
                }
                String was = decision(before);
                String now = decision(p);
                if (!was.isEmpty() && !now.isEmpty() && !was.equals(now)) {
                    conflicting.add(p.id());
                }
                boolean sameWithoutRemark = now.equals(was) && (p.review() == null || p.review().note().isEmpty());
                if (!sameWithoutRemark && (!now.isEmpty() || was.isEmpty() && p.review() != null)) {
                    merged.put(p.id(), p); // the later workbook's decision (or, with no decision, its remark)
                }
            }
        }
        return new ReviewWorkbook(merged, conflicting.size(), byTime);
    }

    private static String decision(Previous p) {
        return p.review() == null ? "" : p.review().decision();
    }

    private static List<Path> expand(Path p) throws IOException {
        if (Files.isDirectory(p)) {
            List<Path> inside;
            try (java.util.stream.Stream<Path> s = Files.list(p)) {
                inside = s.filter(f -> {
                    String n = f.getFileName().toString();
                    return n.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx") && !n.startsWith("~$")
                            && Files.isRegularFile(f);
                }).sorted(java.util.Comparator.comparing(f -> f.getFileName().toString())).toList();
            } catch (IOException e) {
                throw new Unusable("复核表文件夹 " + p + " 无法打开，请检查文件夹的读取权限。");
            }
            if (inside.isEmpty()) {
                throw new Unusable("复核表文件夹 " + p + " 中没有 .xlsx 工作簿，请放入已填“复核”列的结果表。");
            }
            return inside;
        }
        if (!Files.isRegularFile(p)) {
            throw new Unusable("找不到复核表 " + p + "，请给出上次的结果表（如 out/findings.xlsx）或放有结果表的文件夹。");
        }
        return List.of(p);
    }

    private static Map<String, Previous> readOne(Path file) throws IOException {
        Map<String, Previous> rows = new LinkedHashMap<>();
        Workbook opened;
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (IOException e) {
            throw new Unusable("复核表 " + file + " 无法打开，请检查文件的读取权限。");
        }
        try (in) {
            opened = WorkbookFactory.create(in);
        } catch (IOException | RuntimeException e) {
            throw new Unusable("复核表 " + file + " 不是可以打开的 Excel 工作簿，请给出本程序生成、已填“复核”列的结果表（.xlsx）。");
        }
        try (Workbook wb = opened) {
            Sheet sheet = wb.getSheet("问题清单");
            if (sheet == null) {
                throw new Unusable("复核表 " + file + " 中没有“问题清单”工作表，请给出本程序生成、已填“复核”列的结果表。");
            }
            DataFormatter fmt = new DataFormatter();
            Map<String, Integer> col = new HashMap<>();
            Row header = sheet.getRow(0);
            if (header != null) {
                header.forEach(c -> col.put(fmt.formatCellValue(c).strip(), c.getColumnIndex()));
            }
            if (!col.containsKey("编号") || !col.containsKey("复核")) {
                throw new Unusable("复核表 " + file + " 的“问题清单”缺少“编号”或“复核”列，请使用本程序生成的结果表，不要删改这两列的表头。");
            }
            for (Row row : sheet) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                String id = text(fmt, row, col, "编号");
                if (id.isEmpty()) {
                    continue;
                }
                String decision = text(fmt, row, col, "复核");
                String note = text(fmt, row, col, "复核备注");
                String year = text(fmt, row, col, "年度");
                // 位置 since issue 12; a workbook of before has 部分, 表, 行 and 列 instead.
                String place = col.containsKey("位置") ? text(fmt, row, col, "位置")
                        : String.join(" ", List.of(text(fmt, row, col, "部分"), text(fmt, row, col, "表"),
                                text(fmt, row, col, "行"), text(fmt, row, col, "列")).stream()
                                .filter(p -> !p.isEmpty()).toList());
                // A workbook written before 机关年度编号 existed: its 编号 was the office-year key.
                String officeYear = col.containsKey("机关年度编号") ? text(fmt, row, col, "机关年度编号") : id;
                rows.put(id, new Previous(id, officeYear, text(fmt, row, col, "文件"), text(fmt, row, col, "机关"),
                        year.matches("\\d{4}") ? Integer.valueOf(year) : null, text(fmt, row, col, "规则"),
                        text(fmt, row, col, "严重程度"), place, text(fmt, row, col, "问题说明"),
                        decision.isEmpty() && note.isEmpty() ? null : new Review(decision, note)));
            }
        }
        return rows;
    }

    /** How many findings two of the workbooks gave different decisions (the last modified one's was kept). */
    public int conflicts() {
        return conflicts;
    }

    /** How many workbooks were read. */
    public int files() {
        return files;
    }

    private static String text(DataFormatter fmt, Row row, Map<String, Integer> col, String name) {
        Integer i = col.get(name);
        return i == null ? "" : fmt.formatCellValue(row.getCell(i)).strip();
    }

    /**
     * The results with the earlier decisions attached to the findings that are still there: by 编号, or, when no
     * earlier row has that 编号 (a resubmission under a new file name), by the office-year key when exactly one
     * earlier row of that key had a decision.
     */
    List<ReportResult> attach(List<ReportResult> results) {
        Map<String, List<Previous>> decidedByOfficeYear = new HashMap<>();
        rows.values().stream().filter(p -> p.review() != null)
                .forEach(p -> decidedByOfficeYear.computeIfAbsent(p.officeYearId(), k -> new ArrayList<>()).add(p));
        // A batch on disk is changed in place (each report read once, written back only when it has a decision).
        List<ReportResult> out = results instanceof nianbao.findings.Spooled<?> ? results : new ArrayList<>(results);
        for (int i = 0; i < out.size(); i++) {
            ReportResult r = out.get(i);
            Map<String, Review> reviews = new HashMap<>();
            r.findings().forEach(f -> {
                String id = FindingId.of(r, f);
                Previous p = rows.get(id);
                if (p == null) {
                    List<Previous> same = decidedByOfficeYear.get(FindingId.ofOfficeYear(r, f));
                    p = same != null && same.size() == 1 ? same.get(0) : null;
                }
                if (p != null && p.review() != null) {
                    reviews.put(id, p.review());
                }
            });
            if (!reviews.isEmpty()) {
                out.set(i, r.withReviews(reviews));
            }
        }
        return out;
    }

    /**
     * Findings of the earlier workbook that the new run no longer reports, of the reports this run checked
     * (same office and year; without them, same file): a report not in this batch has not fixed anything.
     */
    List<ResolvedFinding> resolved(List<ReportResult> results) {
        Set<String> now = new java.util.HashSet<>();
        results.forEach(r -> r.findings().forEach(f -> {
            now.add(FindingId.of(r, f));
            now.add("\u0000" + FindingId.ofOfficeYear(r, f)); // the same finding, now in a resubmitted file
        }));
        Set<String> checked = checkedReports(results);
        List<ResolvedFinding> out = new ArrayList<>();
        for (Previous p : rows.values()) {
            if (!now.contains(p.id()) && !now.contains("\u0000" + p.officeYearId())
                    && checked.contains(reportKey(p.office(), p.year(), p.file()))) {
                out.add(new ResolvedFinding(p.id(), p.file(), p.office(), p.year(), p.ruleId(), p.severity(), p.place(),
                        p.message(), p.review() == null ? "" : p.review().decision(), p.review() == null ? "" : p.review().note()));
            }
        }
        return out;
    }

    /** Findings of the earlier workbooks whose report this run did not check (neither resolved nor still there). */
    int outsideBatch(List<ReportResult> results) {
        Set<String> checked = checkedReports(results);
        return (int) rows.values().stream().filter(p -> !checked.contains(reportKey(p.office(), p.year(), p.file())))
                .count();
    }

    private static Set<String> checkedReports(List<ReportResult> results) {
        Set<String> checked = new java.util.HashSet<>();
        results.stream().filter(r -> "checked".equals(r.status()))
                .forEach(r -> checked.add(reportKey(r.office(), r.year(), r.file())));
        return checked;
    }

    private static String reportKey(String office, Integer year, String file) {
        return office != null && !office.isEmpty() && year != null ? office + "\u001f" + year : "\u001e" + file;
    }
}
