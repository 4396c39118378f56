package io.gramkit.analysis;

import io.gramkit.interpreter.DayObserver;
import io.gramkit.interpreter.DaySnapshot;
import java.io.IOException;
import java.io.Serializable;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Per day, the share of paths off peg beyond 0.5%, 1% and 3% and the share with coverage below
 * 100%, each with its Monte Carlo standard error (daily-shares.csv): how likely a depeg is on day
 * t, where the bands say how deep. Keeps four counts a day.
 */
public final class DailyShares implements DayObserver, Serializable {
    private static final long serialVersionUID = 1L;

    public static final List<String> COLUMNS = List.of(
            "day",
            "paths",
            "share_discount_above_0.5pct",
            "se_discount_above_0.5pct",
            "share_discount_above_1pct",
            "se_discount_above_1pct",
            "share_discount_above_3pct",
            "se_discount_above_3pct",
            "share_coverage_below_100pct",
            "se_coverage_below_100pct");

    private final List<long[]> rows = new ArrayList<>();
    private int paths;

    @Override
    public void onDay(int day, DaySnapshot snapshot) {
        onDay(day, snapshot.discount(), snapshot.coverage());
    }

    /** One day's discount and coverage by path; days arrive in order from 0. */
    public void onDay(int day, double[] discount, double[] coverage) {
        if (day != rows.size()) {
            throw new IllegalStateException("expected day " + rows.size() + ", got " + day);
        }
        paths = discount.length;
        long[] counts = new long[4];
        for (int p = 0; p < discount.length; p++) {
            double d = discount[p];
            for (int k = 0; k < PathMetrics.THRESHOLDS.length; k++) {
                counts[k] += d > PathMetrics.THRESHOLDS[k] ? 1 : 0;
            }
            counts[3] += coverage[p] < 1.0 ? 1 : 0;
        }
        rows.add(counts);
    }

    /** Takes the counts of a run's ranges, each watched by a {@link DailyShares} of its own: integers, added. */
    public void join(List<DailyShares> ranges) {
        if (!rows.isEmpty()) {
            throw new IllegalStateException("these shares have seen days already");
        }
        for (int day = 0; day < ranges.get(0).rows.size(); day++) {
            long[] counts = new long[4];
            for (DailyShares range : ranges) {
                long[] some = range.rows.get(day);
                for (int k = 0; k < counts.length; k++) {
                    counts[k] += some[k];
                }
            }
            rows.add(counts);
        }
        paths = ranges.stream().mapToInt(range -> range.paths).sum();
    }

    public int days() {
        return rows.size();
    }

    /** Index 0..2: discount above 0.5%, 1%, 3%; 3: coverage below 100%. */
    public Share share(int day, int index) {
        return new Share(rows.get(day)[index], paths);
    }

    public void writeCsv(Writer out) throws IOException {
        out.write(String.join(",", COLUMNS));
        out.write('\n');
        StringBuilder line = new StringBuilder(200);
        for (int day = 0; day < rows.size(); day++) {
            line.setLength(0);
            line.append(day).append(',').append(paths);
            for (int k = 0; k < 4; k++) {
                Share share = share(day, k);
                line.append(',').append(share.value()).append(',').append(share.standardError());
            }
            out.append(line).append('\n');
        }
    }

    static void describe(List<ColumnDictionary.Entry> out) {
        String f = "daily-shares.csv";
        out.add(new ColumnDictionary.Entry(f, "day", "column", "day, 0 = initial state", "day"));
        out.add(new ColumnDictionary.Entry(f, "paths", "column", "number of paths", "paths"));
        for (String level : List.of("0.5", "1", "3")) {
            out.add(new ColumnDictionary.Entry(
                    f,
                    "share_discount_above_" + level + "pct",
                    "column",
                    "share of paths whose end-of-day discount exceeds " + level + "%",
                    "fraction of paths"));
            out.add(new ColumnDictionary.Entry(
                    f,
                    "se_discount_above_" + level + "pct",
                    "column",
                    "Monte Carlo standard error of that share, sqrt(p (1 - p) / n)",
                    "fraction of paths"));
        }
        out.add(new ColumnDictionary.Entry(
                f,
                "share_coverage_below_100pct",
                "column",
                "share of paths whose end-of-day coverage is below 100%",
                "fraction of paths"));
        out.add(new ColumnDictionary.Entry(
                f,
                "se_coverage_below_100pct",
                "column",
                "Monte Carlo standard error of that share",
                "fraction of paths"));
    }
}
