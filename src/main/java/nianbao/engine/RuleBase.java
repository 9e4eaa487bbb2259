package nianbao.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.definition.rule.Rule;

/**
 * The compiled rules of one rules folder. Every *.drl file (and decision table *.drl.xlsx) in the folder
 * is read at run time, so a supervisor's edit takes effect on the next run without rebuilding. The sentences
 * findings are worded with ({@link Messages}, rules/messages.json) are read with them, compiled or cached.
 */
public final class RuleBase {
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;?");

    private final KieBase kieBase;
    private final String fingerprint;
    private final boolean fromCache;
    private final Messages messages;

    private RuleBase(KieBase kieBase, String fingerprint, boolean fromCache, Messages messages) {
        this.kieBase = kieBase;
        this.fingerprint = fingerprint;
        this.fromCache = fromCache;
        this.messages = messages;
    }

    public KieBase kieBase() {
        return kieBase;
    }

    /** The sentences the findings of these rules are worded with. */
    public Messages messages() {
        return messages;
    }

    /** SHA-256 over the names and bytes of every file in the rules folder, templates included. */
    public String fingerprint() {
        return fingerprint;
    }

    /** Compiles the folder, or reloads it from the cache when the same rules were compiled before. */
    public static RuleBase load(Path rulesDir, RuleCache cache) throws RulesException, IOException {
        if (cache == null || !Files.isDirectory(rulesDir)) {
            return compile(rulesDir);
        }
        String fingerprint = fingerprint(rulesDir);
        KieBase cached = cache.load(fingerprint);
        if (cached != null) {
            return new RuleBase(cached, fingerprint, true, Messages.load(rulesDir));
        }
        RuleBase fresh = compile(rulesDir);
        cache.store(fingerprint, fresh.kieBase());
        return fresh;
    }

    /** Whether these rules came from the cache rather than a fresh compile. */
    public boolean fromCache() {
        return fromCache;
    }

    public static RuleBase compile(Path rulesDir) throws RulesException, IOException {
        if (!Files.isDirectory(rulesDir)) {
            throw new RulesException(List.of(new RuleError(rulesDir.toString(), 0, "规则目录不存在")));
        }
        List<Path> ruleFiles = ruleFiles(rulesDir);
        if (ruleFiles.isEmpty()) {
            throw new RulesException(List.of(new RuleError(rulesDir.toString(), 0, "规则目录中没有任何 .drl 规则文件")));
        }
        // Two files defining the same rules (a copy left beside the original) make Drools report every rule
        // twice in its own words; one plain sentence per pair of files says what to do instead.
        List<RuleError> duplicates = RuleCatalog.duplicatesAcrossFiles(rulesDir, ruleFiles);
        if (!duplicates.isEmpty()) {
            throw new RulesException(duplicates);
        }
        // Read first: a broken sentence file is named like a broken rule, before the slower compile.
        Messages messages = Messages.load(rulesDir);
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        for (Path file : ruleFiles) {
            String name = file.getFileName().toString();
            byte[] bytes = Files.readAllBytes(file);
            String packagePath = "";
            if (name.endsWith(".drl")) {
                Matcher m = PACKAGE.matcher(new String(bytes, StandardCharsets.UTF_8));
                if (m.find()) {
                    packagePath = m.group(1).replace('.', '/') + "/";
                }
            }
            // Written under the package's own path so Drools does not warn that the folder and package differ.
            kfs.write("src/main/resources/" + packagePath + name, ks.getResources().newByteArrayResource(bytes)
                    .setSourcePath(packagePath + name));
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        List<RuleError> errors = new ArrayList<>();
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            if (m.getText() != null && m.getText().contains("Parser returned a null Package")) {
                continue;
            }
            String path = m.getPath() == null ? "" : m.getPath();
            String shortName = path.isEmpty() ? "" : Path.of(path).getFileName().toString();
            String raw = m.getText().strip();
            errors.add(new RuleError(rulesDir.resolve(shortName).toString(), CompilerMessages.line(raw, m.getLine()),
                    CompilerMessages.explain(raw), raw));
        }
        if (!errors.isEmpty()) {
            throw new RulesException(errors);
        }
        KieBase base = ks.newKieContainer(ks.getRepository().getDefaultReleaseId()).getKieBase();
        return new RuleBase(base, fingerprint(rulesDir), false, messages);
    }

    /** Every rule with its metadata, sorted by id. */
    public List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        kieBase.getKiePackages().forEach(p -> rules.addAll(p.getRules()));
        rules.sort((a, b) -> a.getName().compareTo(b.getName()));
        return rules;
    }

    private static List<Path> ruleFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> {
                String n = p.getFileName().toString();
                return n.endsWith(".drl") || n.endsWith(".drl.xlsx") || n.endsWith(".drl.xls") || n.endsWith(".drl.csv");
            }).sorted().toList();
        }
    }

    static String fingerprint(Path dir) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            List<Path> files;
            try (Stream<Path> s = Files.walk(dir)) {
                files = s.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path f : files) {
                sha.update(dir.relativize(f).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Files.readAllBytes(f));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
