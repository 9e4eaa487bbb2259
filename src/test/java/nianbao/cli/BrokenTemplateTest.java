package nianbao.cli;

import static nianbao.cli.MainRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nianbao.support.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch cannot start with a misspelt template key: `rules check` and an audit both stop, naming the place. */
class BrokenTemplateTest {
    @TempDir
    Path tmp;

    @Test
    void aMisspeltTemplateKeyStopsTheBatchBeforeAnyReport() throws IOException {
        Path rules = Project.copyRules(tmp.resolve("rules"));
        Path template = rules.resolve("templates/2021.json");
        Files.writeString(template, Files.readString(template).replaceFirst("\"sections\"", "\"sectons\""));

        MainRun check = run("rules", "check", "--rules", rules.toString());
        assertThat(check.exit()).isEqualTo(2);
        assertThat(check.err()).contains("模板文件 2021.json 第").contains("不认识的键“sectons”");

        MainRun audit = run("--rules", rules.toString(), "--out", tmp.resolve("out").toString(), "--no-cache",
                Project.REPORTS.resolve("000_3438832166e5f38e.txt").toString());
        assertThat(audit.exit()).isEqualTo(2);
        assertThat(audit.err()).contains("不认识的键“sectons”").contains("未检查任何报告");
        assertThat(tmp.resolve("out/findings.json")).doesNotExist();
    }
}
