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

        Unusable(List<String> problems) {
            super(String.join("\n", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
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
            throw new Unusable(e.errors().stream().map(String::valueOf).toList());
        }
    }

    /** Loads and checks the folder; any problem anywhere stops with the complete list. */
    public static RuleSetup load(Path dir, RuleCache cache) throws RulesException, IOException {
        RuleBase rules = RuleBase.load(dir, cache);
        RuleCatalog catalog = RuleCatalog.read(rules, dir);
        List<RuleError> problems = new ArrayList<>(catalog.problems());
        Templates templates;
        StatementFinder statements;
        RuleSettings settings;
        AcceptedLabels accepted;
        try {
            templates = Templates.load(dir);
            statements = StatementFinder.load(dir);
        } catch (IOException | RuntimeException e) {
            problems.add(new RuleError(dir.resolve("templates").toString(), 0, "模板数据无法读取：" + e.getMessage()));
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
        java.util.Set<String> named = new java.util.TreeSet<>(settings.disabled());
        named.addAll(settings.severities().keySet());
        for (String id : named) {
            if (!catalog.hasId(id)) {
                problems.add(new RuleError(dir.resolve(RuleSettings.FILE).toString(), 0,
                        "“" + RuleSettings.SHEET + "”中的规则编号 " + id + " 在规则文件中不存在"));
            }
        }
        if (!problems.isEmpty()) {
            throw new RulesException(problems);
        }
        return new RuleSetup(dir, rules, catalog, templates, statements, settings, accepted);
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
