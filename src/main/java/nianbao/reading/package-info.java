/**
 * What was read from a report, for people to check the reading itself: the office, year, kind of body
 * and template version with the evidence each rests on, the sections found, and the statistics tables
 * laid out on the template's grid with how each cell was obtained ({@link nianbao.reading.HowObtained},
 * the one place that decides it). The result is plain values ({@link nianbao.findings.Reading}) that the
 * renderers lay out without knowing the input format.
 */
package nianbao.reading;
