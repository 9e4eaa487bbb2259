/**
 * The command line (picocli) and the batch: finds the input files, audits each through the pipeline
 * read → extract → rules, and hands the results to the renderers. Exit codes follow the contract.
 */
package nianbao.cli;
