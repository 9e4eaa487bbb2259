package nianbao.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;

/**
 * Keeps compiled rules between runs: compiling takes about two seconds, reloading serialized packages
 * about half a second (tech-notes.md). The key covers the rule files' names and bytes, the fact classes
 * the rules were compiled against and the Drools version, so an edited rule or a new program version is
 * always compiled afresh. Anything wrong with a cached file (version change, corruption) just means a
 * fresh compile: the cache can make a run faster, never different.
 *
 * <p>The Drools classes used here are internal ones whose package moved between versions; that is why
 * everything is wrapped in a fallback.
 */
public final class RuleCache {
    private static final String[] FACT_CLASSES = {
        "Report", "ExpectedSection", "Section", "TableFact", "Cell", "Row", "Label", "Statement", "PartsStatement",
        "RateStatement", "RateReading", "YearMention", "ReportDate", "Deadline", "FeeStatement", "YearlyCell",
        "YearlyReport", "NamedCell",
    };

    private final Path dir;

    public RuleCache(Path dir) {
        this.dir = dir;
    }

    /** The user's cache folder: $XDG_CACHE_HOME/nianbao-check or ~/.cache/nianbao-check. */
    public static RuleCache inUserCache() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return new RuleCache(base.resolve("nianbao-check"));
    }

    String key(String rulesFingerprint) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(rulesFingerprint.getBytes(StandardCharsets.UTF_8));
            sha.update(String.valueOf(KieBase.class.getPackage().getImplementationVersion()).getBytes(StandardCharsets.UTF_8));
            for (String name : FACT_CLASSES) {
                try (InputStream in = RuleCache.class.getResourceAsStream("/nianbao/facts/" + name + ".class")) {
                    if (in != null) {
                        sha.update(in.readAllBytes());
                    }
                }
            }
            try (InputStream in = RuleCache.class.getResourceAsStream("/nianbao/engine/Reporter.class")) {
                if (in != null) {
                    sha.update(in.readAllBytes());
                }
            }
            // Any rebuild of the program changes the key too (the jar's size and time), so compiled rules
            // never outlive the classes they were compiled against.
            java.security.CodeSource source = RuleCache.class.getProtectionDomain().getCodeSource();
            if (source != null && source.getLocation() != null && "file".equals(source.getLocation().getProtocol())) {
                java.io.File jar = new java.io.File(source.getLocation().getPath());
                if (jar.isFile()) {
                    sha.update((jar.length() + ":" + jar.lastModified()).getBytes(StandardCharsets.UTF_8));
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The cached rules for this fingerprint, or null when there are none or they cannot be read. */
    KieBase load(String rulesFingerprint) {
        Path file = dir.resolve(key(rulesFingerprint) + ".rules");
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (InputStream in = Files.newInputStream(file);
             ObjectInputStream objects = new DroolsObjectInputStream(in, RuleCache.class.getClassLoader())) {
            @SuppressWarnings("unchecked")
            Collection<KiePackage> packages = (Collection<KiePackage>) objects.readObject();
            InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase();
            base.addPackages(packages);
            return base;
        } catch (Exception | LinkageError e) {
            return null;
        }
    }

    /** Stores compiled rules; a failure to store is not an error (the next run compiles again). */
    void store(String rulesFingerprint, KieBase base) {
        try {
            Files.createDirectories(dir);
            Path target = dir.resolve(key(rulesFingerprint) + ".rules");
            Path tmp = Files.createTempFile(dir, "rules", ".tmp");
            try (ObjectOutputStream out = new DroolsObjectOutputStream(Files.newOutputStream(tmp))) {
                out.writeObject(new ArrayList<>(base.getKiePackages()));
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            pruneOldEntries(target);
        } catch (Exception | LinkageError e) {
            // The cache is an optimisation only.
        }
    }

    /** Keeps the few most recent cached rule sets; older ones belong to edited rules or older programs. */
    private void pruneOldEntries(Path keep) throws IOException {
        List<Path> entries = new ArrayList<>(files().stream().filter(p -> p.toString().endsWith(".rules")).toList());
        entries.sort(java.util.Comparator.comparing((Path p) -> p.toFile().lastModified()).reversed());
        for (int i = 5; i < entries.size(); i++) {
            if (!entries.get(i).equals(keep)) {
                Files.deleteIfExists(entries.get(i));
            }
        }
    }

    List<Path> files() throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (var s = Files.list(dir)) {
            return s.toList();
        }
    }
}
