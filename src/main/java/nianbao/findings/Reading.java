package nianbao.findings;

import java.util.List;

/**
 * What the checker read from one report, as plain values (no reader or fact types): who and which year,
 * what kind of body, which template version, each with its evidence; the sections found; and the three
 * statistics tables on the template's grid. ./check show prints it, the office workbooks lay it out in
 * 表格读取结果. {@code notes} say how the file was read when that was not plain (bytes replaced by a
 * lenient decoding, a web page's charset label overruled), for show and JSON to carry.
 */
public record Reading(Identified office, Identified year, Identified bodyKind, Identified template,
                      List<ReadSection> sections, List<ReadTable> tables, List<String> notes) implements java.io.Serializable {
    public Reading {
        sections = List.copyOf(sections);
        tables = List.copyOf(tables);
        notes = List.copyOf(notes);
    }

    public Reading(Identified office, Identified year, Identified bodyKind, Identified template,
                   List<ReadSection> sections, List<ReadTable> tables) {
        this(office, year, bodyKind, template, sections, tables, List.of());
    }
}
