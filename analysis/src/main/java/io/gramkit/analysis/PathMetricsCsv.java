package io.gramkit.analysis;

import java.io.IOException;
import java.io.Writer;

/**
 * path-metrics.csv: one row per path with the peg and reserve metrics of {@link PathMetrics}
 * (kept out of paths.csv, whose columns the model brief fixes). Days that never came are empty.
 */
public final class PathMetricsCsv {
    private PathMetricsCsv() {}

    public static void write(PathMetrics metrics, Writer out) throws IOException {
        out.write(String.join(",", PathMetrics.COLUMNS));
        out.write('\n');
        StringBuilder line = new StringBuilder(160);
        for (int p = 0; p < metrics.size(); p++) {
            line.setLength(0);
            line.append(p)
                    .append(',')
                    .append(metrics.maxDeviationBp(p))
                    .append(',')
                    .append(metrics.meanDeviationBp(p))
                    .append(',')
                    .append(metrics.dayOfMaxDiscount(p))
                    .append(',')
                    .append(metrics.daysBeyond(0, p))
                    .append(',')
                    .append(metrics.daysBeyond(1, p))
                    .append(',')
                    .append(metrics.daysBeyond(2, p))
                    .append(',')
                    .append(metrics.shareOfDaysWithin1Percent(p))
                    .append(',')
                    .append(metrics.minCoverage(p))
                    .append(',')
                    .append(metrics.dayOfMinCoverage(p));
            day(line, metrics.recoveryDay(p));
            day(line, metrics.daysToRecover(p));
            day(line, metrics.halfLifeDays(p));
            out.append(line).append('\n');
        }
    }

    private static void day(StringBuilder line, int day) {
        line.append(',');
        if (day != PathMetrics.NONE) {
            line.append(day);
        }
    }
}
