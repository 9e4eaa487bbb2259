/**
 * The official report format as data: loads rules/templates/*.json (one file per version of the format)
 * and matches the labels a report writes to the template's canonical ones. Supervisors change the
 * template by editing those files, never this code.
 */
package nianbao.template;
