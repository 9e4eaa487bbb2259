package nianbao.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nianbao.engine.RuleBase;
import nianbao.engine.RuleBudget;
import nianbao.engine.RuleCache;
import nianbao.engine.RuleCatalog;
import nianbao.engine.RuleError;
import nianbao.engine.RuleSettings;
import nianbao.engine.RulesException;
import nianbao.extract.StatementFinder;
import nianbao.findings.RuleInfo;
import nianbao.template.AcceptedLabels;
import nianbao.template.Templates;

/**
 * Everything read from a rules folder, checked before any report is touched: the DRL files compiled
 * (every error with file and line), the rules' metadata, the templates and the settings workbook.
 */
public record RuleSetup(Path dir, RuleBase rules, RuleCatalog catalog, Templates templates, StatementFinder statements,
                        RuleSettings settings, AcceptedLabels accepted) {

    /** The default limit of rule firings per report (./check --rule-firings). */
    public static final int DEFAULT_RULE_FIRINGS = RuleBudget.DEFAULT.maxFirings();
    /** The default time limit of each report's rules, in seconds (./check --rule-seconds). */
    public static final double DEFAULT_RULE_SECONDS = RuleBudget.DEFAULT.timeLimit().toMillis() / 1000.0;

    /** A rules folder that cannot be used: every problem in it, each with its file and line. */
    public static final class Unusable extends Exception {
        private final List<String> problems;
        private final boolean detailsLogged;

        Unusable(List<String> problems, boolean detailsLogged) {
            super(String.join("\n", problems));
            this.problems = List.copyOf(problems);
            this.detailsLogged = detailsLogged;
        }

        public List<String> problems() {
            return problems;
        }

        /** Whether some problem has the library's own words, written to the log (when one was asked for). */
        public boolean detailsLogged() {
            return detailsLogged;
        }
    }

    /**
     * Loads and checks the folder as ./check does, with the compiled rules cached in the user's cache folder
     * when {@code useCache}; any problem anywhere stops with the complete list.
     */
    public static RuleSetup load(Path dir, boolean useCache) throws Unusable, IOException {
        try {
            return load(dir, useCache ? RuleCache.inUserCache() : null);
        } catch (RulesException e) {
            boolean details = false;
            for (RuleError r : e.errors()) {
                if (r.detail() != null) {
                    // The compiler's own words are for whoever maintains the program, never the terminal.
                    org.slf4j.LoggerFactory.getLogger(RuleSetup.class).warn("{}: Drools: {}", r, r.detail());
                    details = true;
                }
            }
            throw new Unusable(e.errors().stream().map(String::valueOf).toList(), details);
        }
    }

    /** Loads and checks the folder; any problem anywhere stops with the complete list. */
    public static RuleSetup load(Path dir, RuleCache cache) throws RulesException, IOException {
        // The compiled rules (read back from the cache or compiled) and the templates are the two slow parts
        // of a start, each a few hundred milliseconds, and neither needs the other: the rules are read on a
        // second thread while this one reads the templates. Problems are still reported as before: the rules'
        // first, and the templates' only once the rules are usable.
        CompiledRules compiling = CompiledRules.start(dir, cache);
        Templates templates = null;
        StatementFinder statements = null;
        Exception templateProblem = null;
        try {
            templates = Templates.load(dir);
            statements = StatementFinder.load(dir);
        } catch (IOException | RuntimeException e) {
            templateProblem = e;
        }
        RuleBase rules = compiling.result();
        RuleCatalog catalog = RuleCatalog.read(rules, dir);
        List<RuleError> problems = new ArrayList<>(catalog.problems());
        RuleSettings settings;
        AcceptedLabels accepted;
        if (templateProblem != null) {
            problems.add(new RuleError(dir.resolve("templates").toString(), 0, "模板数据无法读取：" + templateProblem.getMessage()));
            throw new RulesException(problems);
        }
        try {
            settings = RuleSettings.load(dir);
            accepted = AcceptedLabels.load(dir);
        } catch (IOException | RuntimeException e) {
            problems.add(new RuleError(dir.resolve(RuleSettings.FILE).toString(), 0, "设置表无法读取：" + e.getMessage()));
            throw new RulesException(problems);
        }
        problems.addAll(settings.problems());
        problems.addAll(SettingsCheck.check(dir, templates, catalog));
        if (!problems.isEmpty()) {
            throw new RulesException(problems);
        }
        return new RuleSetup(dir, rules, catalog, templates, statements, settings, accepted);
    }

    /** The rules being read on their own thread; {@link #result} waits for them and rethrows their problem. */
    private static final class CompiledRules implements Runnable {
        private final Path dir;
        private final RuleCache cache;
        private RuleBase rules;
        private Throwable failure;
        private final Thread thread;

        private CompiledRules(Path dir, RuleCache cache) {
            this.dir = dir;
            this.cache = cache;
            this.thread = new Thread(this, "rules-load");
            // Drools finds the fact classes through the context class loader: the same one as the caller's.
            thread.setContextClassLoader(Thread.currentThread().getContextClassLoader());
            thread.setDaemon(true);
        }

        static CompiledRules start(Path dir, RuleCache cache) {
            CompiledRules c = new CompiledRules(dir, cache);
            c.thread.start();
            return c;
        }

        @Override
        public void run() {
            try {
                rules = RuleBase.load(dir, cache);
            } catch (Throwable t) {
                failure = t;
            }
        }

        RuleBase result() throws RulesException, IOException {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("读取规则时被中断", e);
            }
            if (failure instanceof RulesException r) {
                throw r;
            } else if (failure instanceof IOException io) {
                throw io;
            } else if (failure instanceof RuntimeException re) {
                throw re;
            } else if (failure instanceof Error er) {
                throw er;
            } else if (failure != null) {
                throw new IllegalStateException(failure);
            }
            return rules;
        }
    }

    /**
     * What `rules check` warns about although the folder compiles: conditions that can never hold (a compared
     * value the templates never give the field, {@link nianbao.engine.RuleLint}), each with file and line.
     */
    public List<String> warnings() throws IOException {
        return nianbao.engine.RuleLint.check(dir).stream().map(String::valueOf).toList();
    }

    /** The same setup with another budget for each report's rules. */
    public RuleSetup withBudget(RuleBudget budget) {
        return new RuleSetup(dir, rules, catalog, templates, statements, settings.withBudget(budget), accepted);
    }

    /** The same setup with another limit of firings and time for each report's rules. */
    public RuleSetup withBudget(int maxFirings, java.time.Duration timeLimit) {
        return withBudget(new RuleBudget(maxFirings, timeLimit));
    }

    /**
     * The same rules as if settings.xlsx were empty (every rule on at its own severity, no accepted
     * wordings): what the rules' own test data is written against, whatever a province switched off.
     */
    public RuleSetup withoutSettings() {
        return new RuleSetup(dir, rules, catalog, templates, statements, RuleSettings.none(), AcceptedLabels.none());
    }

    public Auditor auditor() {
        return new Auditor(this);
    }

    /** Every rule id, once (a rule's variants share it), sorted. */
    public List<String> ruleIds() {
        return catalog.entries().stream().map(RuleCatalog.Entry::id).filter(java.util.Objects::nonNull).distinct().sorted().toList();
    }

    /** The rules as the supervisor sees them, with the severity and switch from the settings sheet. */
    public List<RuleInfo> ruleInfos() {
        List<RuleInfo> out = new ArrayList<>();
        for (RuleCatalog.Entry e : catalog.entries()) {
            if (e.variant() && out.stream().anyMatch(r -> r.id().equals(e.id()))) {
                continue;
            }
            out.add(new RuleInfo(e.id(), e.category(), settings.severity(e.id(), e.severity()), e.file(), e.description(),
                    settings.enabled(e.id())));
        }
        return out;
    }
}
