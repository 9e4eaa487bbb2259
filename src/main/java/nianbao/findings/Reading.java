package nianbao.findings;

import java.util.List;

/**
 * What the checker read from one report, as plain values (no reader or fact types): who and which year,
 * what kind of body, which template version, each with its evidence; the sections found; and the three
 * statistics tables on the template's grid. ./check show prints it, the office workbooks lay it out in
 * 表格读取结果.
 */
public record Reading(Identified office, Identified year, Identified bodyKind, Identified template,
                      List<ReadSection> sections, List<ReadTable> tables) {
    public Reading {
        sections = List.copyOf(sections);
        tables = List.copyOf(tables);
    }
}
