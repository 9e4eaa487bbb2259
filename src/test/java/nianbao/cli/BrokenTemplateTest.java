package nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nianbao.support.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch cannot start with a misspelt template key: `rules check` and an audit both stop, naming the place. */
class BrokenTemplateTest {
    @TempDir
    Path tmp;

    private static synchronized String[] run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = Main.run(args);
            return new String[] {String.valueOf(exit), err.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void aMisspeltTemplateKeyStopsTheBatchBeforeAnyReport() throws IOException {
        Path rules = Project.copyRules(tmp.resolve("rules"));
        Path template = rules.resolve("templates/2021.json");
        Files.writeString(template, Files.readString(template).replaceFirst("\"sections\"", "\"sectons\""));

        String[] check = run("rules", "check", "--rules", rules.toString());
        assertThat(check[0]).isEqualTo("2");
        assertThat(check[1]).contains("模板文件 2021.json 第").contains("不认识的键“sectons”");

        String[] audit = run("--rules", rules.toString(), "--out", tmp.resolve("out").toString(), "--no-cache",
                Project.REPORTS.resolve("000_3438832166e5f38e.txt").toString());
        assertThat(audit[0]).isEqualTo("2");
        assertThat(audit[1]).contains("不认识的键“sectons”").contains("未检查任何报告");
        assertThat(tmp.resolve("out/findings.json")).doesNotExist();
    }
}
