/**
 * From a document to facts: finds the title, office, year, dates and sections, places table cells on
 * the template's rows and columns, and finds numbers stated in the prose. Everything it recognises comes
 * from the template data (rules/templates): headings and tables run into other text are cut apart again
 * where the template says they begin (BlockSplitter), and cells that ran together are cut by the table's
 * identities as a whole (GluedTableSolver, TableIdentities). It never guesses a value: a cell it cannot
 * place, or can place several ways, is a fact saying so.
 */
package nianbao.extract;
