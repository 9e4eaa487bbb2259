/**
 * From a document to facts: finds the title, office, year, dates and sections, places table cells on
 * the template's rows and columns, and finds numbers stated in the prose. It never guesses a value: a
 * cell it cannot place is a fact saying so.
 */
package nianbao.extract;
