package nianbao.facts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything extraction learned about one report: the facts handed to the rules, by type. Every type is
 * one of {@link FactTypes}' report types, and every such type has its list (empty when nothing was found),
 * so a finder forgotten in extraction or a type forgotten in the registry fails at once, not silently.
 */
public final class ReportFacts {
    private final Report report;
    private final Map<Class<?>, List<?>> byType;

    private ReportFacts(Report report, Map<Class<?>, List<?>> byType) {
        this.report = report;
        this.byType = byType;
    }

    /** Starts the facts of the report {@code report}; each other report type is added with {@link Builder#add}. */
    public static Builder of(Report report) {
        return new Builder(report);
    }

    /** Collects the facts of one report, type by type. */
    public static final class Builder {
        private final Report report;
        private final Map<Class<?>, List<?>> byType = new LinkedHashMap<>();

        private Builder(Report report) {
            this.report = report;
        }

        public <T> Builder add(Class<T> type, List<? extends T> facts) {
            if (type == Report.class || !FactTypes.has(type, FactTypes.Scope.REPORT)) {
                throw new IllegalArgumentException(type.getSimpleName() + " is not a report fact type of FactTypes");
            }
            if (byType.putIfAbsent(type, java.util.Collections.unmodifiableList(new ArrayList<>(facts))) != null) {
                throw new IllegalArgumentException(type.getSimpleName() + " added twice");
            }
            return this;
        }

        public ReportFacts build() {
            for (Class<?> type : FactTypes.ofReport()) {
                if (type != Report.class && !byType.containsKey(type)) {
                    throw new IllegalStateException("no finder gave the facts of " + type.getSimpleName());
                }
            }
            return new ReportFacts(report, Map.copyOf(byType));
        }
    }

    public Report report() {
        return report;
    }

    /** The facts of one registered report type, in the order they were found. */
    @SuppressWarnings("unchecked")
    public <T> List<T> of(Class<T> type) {
        if (type == Report.class) {
            return (List<T>) List.of(report);
        }
        List<?> facts = byType.get(type);
        if (facts == null) {
            throw new IllegalArgumentException(type.getSimpleName() + " is not a report fact type of FactTypes");
        }
        return (List<T>) facts;
    }

    public List<ExpectedSection> expectedSections() {
        return of(ExpectedSection.class);
    }

    public List<Section> sections() {
        return of(Section.class);
    }

    public List<TableFact> tables() {
        return of(TableFact.class);
    }

    public List<Cell> cells() {
        return of(Cell.class);
    }

    public List<Row> rows() {
        return of(Row.class);
    }

    public List<Label> labels() {
        return of(Label.class);
    }

    public List<Statement> statements() {
        return of(Statement.class);
    }

    public List<Deadline> deadlines() {
        return of(Deadline.class);
    }

    /** Every fact, type by type in the order of {@link FactTypes} (the report first): what the session receives. */
    public List<Object> all() {
        List<Object> all = new ArrayList<>();
        for (Class<?> type : FactTypes.ofReport()) {
            all.addAll(of(type));
        }
        return all;
    }
}
