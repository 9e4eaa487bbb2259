package nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import nianbao.support.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input gets a clear error in plain words and the rest of the batch goes on; nothing on disk is
 * changed. Exit status 5 (a file could not be read) wins over 4 (findings).
 */
class BadInputTest {
    @TempDir
    Path tmp;

    @Test
    void unreadableAndForeignFilesAreListedAndTheBatchGoesOn() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(Project.REPORTS.resolve("004_3b473299667ac3ab.txt"), in.resolve("good.txt"));
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.writeString(in.resolve("broken.pdf"), "%PDF-1.7\nthis is not really a pdf\n", StandardCharsets.US_ASCII);
        Files.write(in.resolve("broken.docx"), new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        Files.write(in.resolve("photo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        Files.writeString(in.resolve("notes.txt"), "会议纪要：下周一交年报。\n", StandardCharsets.UTF_8);
        Files.write(in.resolve("latin1.txt"), new byte[] {(byte) 0xE9, (byte) 0xE8, (byte) 0xFF, (byte) 0xFE, 0x41});
        Files.writeString(in.resolve("findings.json"), "{\n  \"formatVersion\" : 1,\n  \"reports\" : [ ]\n}\n", StandardCharsets.UTF_8);
        Files.writeString(in.resolve("report.rtf"), "{\\rtf1\\ansi 合水县2020年政府信息公开工作年度报告}", StandardCharsets.UTF_8);
        try (var xls = new org.apache.poi.hssf.usermodel.HSSFWorkbook(); var o = Files.newOutputStream(in.resolve("统计.xls"))) {
            xls.createSheet("表三").createRow(0).createCell(0).setCellValue("一、本年新收政府信息公开申请数量");
            xls.write(o);
        }
        // A workbook as POI's streaming writer makes it (the kind this tool itself writes).
        try (var xlsx = new org.apache.poi.xssf.streaming.SXSSFWorkbook(); var o = Files.newOutputStream(in.resolve("上次结果.xlsx"))) {
            xlsx.createSheet("问题清单").createRow(0).createCell(0).setCellValue("编号");
            xlsx.write(o);
        }
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(in.resolve("report.odt")))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("mimetype"));
            zip.write("application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        }
        Map<Path, byte[]> before = new LinkedHashMap<>();
        try (var files = Files.list(in)) {
            for (Path f : files.toList()) {
                before.put(f, Files.readAllBytes(f));
            }
        }

        Path json = tmp.resolve("out.json");
        int exit = Main.run("--no-cache", "--json", json.toString(), "--xlsx", tmp.resolve("out.xlsx").toString(), in.toString());

        assertThat(exit).isEqualTo(5);
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        new ObjectMapper().readTree(json.toFile()).get("reports")
                .forEach(r -> byName.put(Path.of(r.get("file").asText()).getFileName().toString(), r));
        assertThat(byName.get("good.txt").get("status").asText()).isEqualTo("checked");
        assertThat(byName.get("good.txt").get("findings")).isNotEmpty();
        assertThat(byName.get("empty.txt").get("status").asText()).isEqualTo("unreadable");
        assertThat(byName.get("broken.pdf").get("status").asText()).isEqualTo("unreadable");
        assertThat(byName.get("photo.png").get("status").asText()).isEqualTo("skipped");
        assertThat(byName.get("notes.txt").get("status").asText()).isEqualTo("skipped");
        assertThat(byName.get("report.rtf").get("error").asText()).contains("RTF").contains(".docx");
        assertThat(byName.get("report.odt").get("error").asText()).contains("OpenDocument");
        assertThat(byName.get("统计.xls").get("status").asText()).isEqualTo("skipped");
        assertThat(byName.get("统计.xls").get("error").asText()).contains("电子表格");
        assertThat(byName.get("上次结果.xlsx").get("error").asText()).contains("电子表格");
        assertThat(byName.get("findings.json").get("error").asText()).contains("JSON");
        for (JsonNode r : byName.values()) {
            if (!r.get("status").asText().equals("checked")) {
                // One plain Chinese sentence, no stack trace, no exception class name alone.
                assertThat(r.get("error").asText()).matches("^[^\\n]*[\\u4e00-\\u9fff][^\\n]*。$");
            }
        }
        assertThat(byName).containsKeys("broken.docx", "latin1.txt");
        for (Map.Entry<Path, byte[]> e : before.entrySet()) {
            assertThat(Files.readAllBytes(e.getKey())).as("input " + e.getKey() + " unchanged").isEqualTo(e.getValue());
        }
    }

    @Test
    void theOutputFolderInsideTheReportsFolderIsNotAuditedNextTime() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("batch"));
        Files.copy(Project.REPORTS.resolve("000_3438832166e5f38e.txt"), in.resolve("合水.txt"));
        Path out = in.resolve("out");
        Main.run("--no-cache", "--split", "--out", out.toString(), in.toString());
        Main.run("--no-cache", "--out", out.toString(), in.toString());
        JsonNode reports = new ObjectMapper().readTree(out.resolve("findings.json").toFile()).get("reports");
        assertThat(reports).hasSize(1);
        assertThat(reports.get(0).get("file").asText()).endsWith("合水.txt");
    }
}
