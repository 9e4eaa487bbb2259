/**
 * The facts the rules match on: small immutable records made by extraction, one set per report.
 * They carry template keys and labels, never file-format details.
 */
package nianbao.facts;
