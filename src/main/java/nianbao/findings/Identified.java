package nianbao.findings;

/**
 * Something the checker decided about a report (its office, year, kind of body, template version) and
 * the report's own words or tables the decision rests on.
 *
 * @param value    what was decided, in words ("合水县人民政府", "2020", "政府", "2019"); "" when it could not be
 * @param evidence what it rests on, in words (the title, the table fingerprints found …)
 */
public record Identified(String value, String evidence) implements java.io.Serializable {
    public Identified {
        value = value == null ? "" : value;
        evidence = evidence == null ? "" : evidence;
    }
}
