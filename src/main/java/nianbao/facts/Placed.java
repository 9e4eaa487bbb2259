package nianbao.facts;

/** A fact a rule can report on: it names its own {@link Place} ({@code reporter.at(drools, $cell.place(), …)}). */
public interface Placed {
    Place place();
}
