/**
 * The Drools side: compiles the rule files of a rules folder at run time (reporting every error with
 * file and line), runs one fresh session per report, and gives the rules the one helper through which
 * they report findings ({@link nianbao.engine.Reporter}).
 */
package nianbao.engine;
