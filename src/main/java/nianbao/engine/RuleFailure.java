package nianbao.engine;

import nianbao.findings.Finding;

/**
 * A rule that went wrong while checking one report: it threw, it fired more often than the budget allows,
 * or it ran past the time limit. It becomes a finding of that report (rule id {@value #RULE_ID}), so the
 * supervisor sees it in the workbook and the JSON like any other problem, and the report stays checked.
 *
 * @param ruleName the rule's name in its DRL file (unique), or empty when no rule could be named
 * @param ruleId   the rule's @id (the name when it has none)
 * @param kind     what went wrong
 * @param detail   the error's own message, for whoever fixes the rule (may be empty)
 */
public record RuleFailure(String ruleName, String ruleId, Kind kind, String detail) {
    public static final String RULE_ID = "RULE-ERROR";
    public static final String CATEGORY = "rule";

    public enum Kind { THREW, TOO_MANY_FIRINGS, TIMED_OUT, GAVE_UP }

    /** The finding that tells the supervisor, in plain words, which rule failed and what that means. */
    Finding toFinding(RuleBudget budget) {
        String rule = ruleId.isEmpty() ? "（无法确定是哪条规则）" : "“" + ruleId + "”";
        String what = switch (kind) {
            case THREW -> "出错";
            case TOO_MANY_FIRINGS -> "触发超过 " + budget.maxFirings() + " 次仍未停止（可能在不断插入或修改事实，反复触发自己）";
            // Said the same way on the report where it happened and on the batch's later reports, which
            // no longer run the rule: which report hit it first depends on the threads.
            case TIMED_OUT -> "在本批次中运行超过 " + budget.seconds() + "仍未结束（可能陷入死循环），本批次不再执行它";
            case GAVE_UP -> "";
        };
        String message = kind == Kind.GAVE_UP
                ? "检查本报告时出错的规则太多，不再逐条排除重试，本报告的检查结果可能不全；请先修改上面列出的规则。"
                : "规则" + rule + (kind == Kind.TIMED_OUT ? "" : "检查本报告时") + what + "，此规则的结果未计入，其他规则照常检查；请修改该规则后重新检查。";
        return new Finding(RULE_ID, CATEGORY, "error", "", "", "", "", message, null, null,
                detail == null ? "" : detail, "certain", -1, -1);
    }
}
