package nianbao.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nianbao.findings.Finding;
import nianbao.findings.GridPosition;
import nianbao.findings.ReportResult;

/**
 * A report's findings sorted by where they stand in its reading's grids: on a cell, on a whole row or
 * column of a table, on a table only, or elsewhere (sections, prose, the report as a whole). Each finding
 * is in exactly one list, in the findings' own order.
 */
final class FindingsByPlace {
    private final Map<GridPosition, List<Finding>> byPlace = new LinkedHashMap<>();
    private final Map<Finding, GridPosition> places = new java.util.IdentityHashMap<>();
    private final List<Finding> elsewhere = new ArrayList<>();

    FindingsByPlace(ReportResult report) {
        for (Finding f : report.findings()) {
            GridPosition p = GridPosition.of(report.reading(), f);
            if (p == null) {
                elsewhere.add(f);
            } else {
                byPlace.computeIfAbsent(p, k -> new ArrayList<>()).add(f);
                places.put(f, p);
            }
        }
    }

    /** The findings at exactly this place (a cell, a row with column -1 …), possibly none. */
    List<Finding> at(GridPosition p) {
        return byPlace.getOrDefault(p, List.of());
    }

    /** The findings on table {@code t} that are not on one of its cells, in the findings' order. */
    List<Finding> onTableNotCell(int t) {
        List<Finding> out = new ArrayList<>();
        places.forEach((f, p) -> {
            if (p.table() == t && !p.isCell()) {
                out.add(f);
            }
        });
        out.sort(null);
        return out;
    }

    /** The findings on cells of table {@code t}, in the findings' order. */
    List<Finding> onCells(int t) {
        List<Finding> out = new ArrayList<>();
        places.forEach((f, p) -> {
            if (p.table() == t && p.isCell()) {
                out.add(f);
            }
        });
        out.sort(null);
        return out;
    }

    /** Where a finding stands, null when it is not about a table. */
    GridPosition placeOf(Finding f) {
        return places.get(f);
    }

    /** Findings not about any table. */
    List<Finding> elsewhere() {
        return elsewhere;
    }

    /** The most serious severity among the findings at a place: 0 error, 1 warning, 2 info, 3 none. */
    int worst(GridPosition p) {
        return at(p).stream().mapToInt(f -> Words.severityRank(f.severity())).min().orElse(3);
    }
}
