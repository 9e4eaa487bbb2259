package nianbao.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The cache key of compiled rules covers every class the rules are compiled against: a fact class (or a
 * constant the rules name, which the compiler copies into the rules) left out of it would let a cached rule
 * set outlive the class it was compiled against.
 */
class RuleCacheKeyTest {
    @Test
    void everyFactClassIsInTheKey() throws IOException {
        List<String> classes;
        try (Stream<Path> s = Files.list(Path.of("src/main/java/nianbao/facts"))) {
            classes = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".java") && !n.equals("package-info.java"))
                    .map(n -> n.substring(0, n.length() - ".java".length())).sorted().toList();
        }
        assertThat(List.of(RuleCache.FACT_CLASSES)).containsAll(classes);
    }
}
