package nianbao.findings;

/** A rule as listed for the supervisor and the local offices (规则清单): what each rule id means. */
public record RuleInfo(String id, String category, String severity, String file, String description, boolean enabled) {
}
