package nianbao.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nianbao.engine.RuleBase;
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
    public RuleSetup withBudget(nianbao.engine.RuleBudget budget) {
        return new RuleSetup(dir, rules, catalog, templates, statements, settings.withBudget(budget), accepted);
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
