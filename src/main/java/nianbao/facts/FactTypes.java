package nianbao.facts;

import java.util.List;

/**
 * The one list of fact types. The rule cache key hashes every type here (rules compiled against other
 * classes are never reused), a report's rule session gets the facts of the {@link Scope#REPORT} types in
 * this order ({@link ReportFacts#all()}), and {@link ReportFacts} refuses a type that is not here and a
 * report type that no finder filled. Adding a fact: its record, its finder (extract's ReportExtractor lists
 * the finders), and one line here.
 */
public final class FactTypes {
    /** Where facts of a type go. */
    public enum Scope {
        /** Made by extraction for one report and inserted into that report's session. */
        REPORT,
        /** A value inside other facts that the rules read (not inserted on its own). */
        PART,
        /** Made by the batch for the checks across years and on the batch as a whole, inserted into the batch's session. */
        ACROSS_YEARS,
        /** Not a fact: a class the rules name (a place, a list of constants). Its constants are compiled
         *  into the rules, so it belongs in the cache key like a fact. */
        RULE_WORDS
    }

    /** One registered type and where its facts go. */
    public record FactType(Class<?> type, Scope scope) {
    }

    /** Every fact type, one line each; REPORT types in the order the session receives them. */
    public static final List<FactType> ALL = List.of(
            new FactType(Report.class, Scope.REPORT),
            new FactType(ExpectedSection.class, Scope.REPORT),
            new FactType(Section.class, Scope.REPORT),
            new FactType(TableFact.class, Scope.REPORT),
            new FactType(Cell.class, Scope.REPORT),
            new FactType(Row.class, Scope.REPORT),
            new FactType(Label.class, Scope.REPORT),
            new FactType(Statement.class, Scope.REPORT),
            new FactType(NamedCell.class, Scope.REPORT),
            new FactType(PartsStatement.class, Scope.REPORT),
            new FactType(RateStatement.class, Scope.REPORT),
            new FactType(RateReading.class, Scope.PART),
            new FactType(YearMention.class, Scope.REPORT),
            new FactType(ReportDate.class, Scope.REPORT),
            new FactType(Deadline.class, Scope.REPORT),
            new FactType(FeeStatement.class, Scope.REPORT),
            new FactType(AggregationStatement.class, Scope.REPORT),
            new FactType(YearlyCell.class, Scope.ACROSS_YEARS),
            new FactType(YearlyReport.class, Scope.ACROSS_YEARS),
            new FactType(Submission.class, Scope.ACROSS_YEARS),
            new FactType(ContentPart.class, Scope.ACROSS_YEARS),
            new FactType(ChildrenSum.class, Scope.ACROSS_YEARS),
            new FactType(Repetition.class, Scope.ACROSS_YEARS),
            new FactType(SameTable.class, Scope.ACROSS_YEARS),
            new FactType(CopiedText.class, Scope.ACROSS_YEARS),
            new FactType(SimilarityLimit.class, Scope.ACROSS_YEARS),
            new FactType(Place.class, Scope.RULE_WORDS),
            new FactType(Placed.class, Scope.RULE_WORDS),
            new FactType(TableStatus.class, Scope.RULE_WORDS),
            new FactType(ColumnRole.class, Scope.RULE_WORDS),
            new FactType(LabelKind.class, Scope.RULE_WORDS),
            new FactType(LabelHow.class, Scope.RULE_WORDS),
            new FactType(BodyKind.class, Scope.RULE_WORDS),
            new FactType(DateKind.class, Scope.RULE_WORDS),
            new FactType(MentionKind.class, Scope.RULE_WORDS),
            new FactType(TitleMatch.class, Scope.RULE_WORDS));

    private FactTypes() {
    }

    /** The types of one report's facts, in the order its session receives them ({@link Report} first). */
    public static List<Class<?>> ofReport() {
        return ALL.stream().filter(t -> t.scope() == Scope.REPORT).<Class<?>>map(FactType::type).toList();
    }

    /** Whether {@code type} is registered with this scope. */
    public static boolean has(Class<?> type, Scope scope) {
        return ALL.stream().anyMatch(t -> t.type().equals(type) && t.scope() == scope);
    }
}
