/**
 * The Drools side: compiles the rule files of a rules folder at run time (reporting every error with
 * file and line), runs one fresh session per report, and gives the rules the one helper through which
 * they report findings ({@link nianbao.engine.Reporter}). Each session runs within a budget of firings and
 * time ({@link nianbao.engine.RuleBudget}); a rule that fails is reported as a RULE-ERROR finding
 * ({@link nianbao.engine.RuleFailure}) and the report is checked again without it.
 */
package nianbao.engine;
