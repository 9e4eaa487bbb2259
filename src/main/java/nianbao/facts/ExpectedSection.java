package nianbao.facts;

/** A section the template requires, so that rules can ask which required section is absent. */
public record ExpectedSection(String numeral, String title, int position) {
}
