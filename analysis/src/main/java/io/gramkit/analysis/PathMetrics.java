package io.gramkit.analysis;

import io.gramkit.interpreter.DayObserver;
import io.gramkit.interpreter.DaySnapshot;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * Per-path peg and reserve metrics, accumulated day by day from the simulator's snapshots so that
 * memory grows with the number of paths (a dozen numbers each), never with paths times days.
 * Days 1..T count; day 0 is the initial state and only seeds the running minimum and maximum.
 *
 * <p>The peg deviation is the discount {@code d} (the model's token never trades at a premium),
 * in basis points: {@code 10,000 * d}. The recovery day is the first day after the day of the
 * largest discount on which the discount is back under 0.5%; the half-life is the number of days
 * from the day of the largest discount to the first day on which the discount is at most half of
 * it. Both are defined only for paths whose largest discount reached 0.5% (the others never left
 * the band) and are {@link #NONE} when the horizon comes first.
 */
public final class PathMetrics implements DayObserver, Serializable {
    private static final long serialVersionUID = 1L;

    /** Discount thresholds whose days beyond are counted: 0.5%, 1% and 3%. */
    static final double[] THRESHOLDS = {0.005, 0.01, 0.03};
    /** The band a path must leave to count as depegged, and return under to count as recovered. */
    public static final double RECOVERY_BAND = 0.005;
    /** Marks a day that never came (no recovery, no half-life). */
    public static final int NONE = -1;

    /** Columns of path-metrics.csv, in order. */
    public static final List<String> COLUMNS = List.of(
            "path",
            "max_deviation_bp",
            "mean_deviation_bp",
            "day_of_max_discount",
            "days_beyond_0.5pct",
            "days_beyond_1pct",
            "days_beyond_3pct",
            "share_days_within_1pct",
            "min_coverage",
            "day_of_min_coverage",
            "recovery_day",
            "days_to_recover",
            "half_life_days");

    private int days = -1;
    private double[] sumDiscount;
    private double[] maxDiscount;
    private int[] dayOfMax;
    private int[][] daysBeyond;
    private int[] daysWithin1Percent;
    private double[] minCoverage;
    private int[] dayOfMinCoverage;
    private int[] recoveryDay;
    private int[] halfDay;

    @Override
    public void onDay(int day, DaySnapshot snapshot) {
        onDay(day, snapshot.discount(), snapshot.coverage());
    }

    /** One day's discount and coverage by path; days arrive in order from 0. */
    public void onDay(int day, double[] discount, double[] coverage) {
        if (day != days + 1) {
            throw new IllegalStateException("expected day " + (days + 1) + ", got " + day);
        }
        days = day;
        if (day == 0) {
            start(discount, coverage);
            return;
        }
        for (int p = 0; p < discount.length; p++) {
            double d = discount[p];
            sumDiscount[p] += d;
            for (int k = 0; k < THRESHOLDS.length; k++) {
                if (d > THRESHOLDS[k]) {
                    daysBeyond[k][p]++;
                }
            }
            if (d <= 0.01) {
                daysWithin1Percent[p]++;
            }
            if (d > maxDiscount[p]) {
                // A new worst day restarts the search for recovery and halving after it.
                maxDiscount[p] = d;
                dayOfMax[p] = day;
                recoveryDay[p] = NONE;
                halfDay[p] = NONE;
            } else {
                if (recoveryDay[p] == NONE && d < RECOVERY_BAND) {
                    recoveryDay[p] = day;
                }
                if (halfDay[p] == NONE && d <= 0.5 * maxDiscount[p]) {
                    halfDay[p] = day;
                }
            }
            if (coverage[p] < minCoverage[p]) {
                minCoverage[p] = coverage[p];
                dayOfMinCoverage[p] = day;
            }
        }
    }

    private void start(double[] discount, double[] coverage) {
        int n = discount.length;
        sumDiscount = new double[n];
        maxDiscount = discount.clone();
        dayOfMax = new int[n];
        daysBeyond = new int[THRESHOLDS.length][n];
        daysWithin1Percent = new int[n];
        minCoverage = coverage.clone();
        dayOfMinCoverage = new int[n];
        recoveryDay = new int[n];
        halfDay = new int[n];
        Arrays.fill(recoveryDay, NONE);
        Arrays.fill(halfDay, NONE);
    }

    /**
     * Takes the metrics of a run's ranges, each watched by a {@link PathMetrics} of its own, in
     * path order: every metric is a path's own, so they join as one run's would be.
     */
    public void join(List<PathMetrics> ranges) {
        if (days != -1) {
            throw new IllegalStateException("these metrics have seen days already");
        }
        days = ranges.get(0).days;
        for (PathMetrics range : ranges) {
            if (range.days != days) {
                throw new IllegalArgumentException("ranges saw " + days + " and " + range.days + " days");
            }
        }
        sumDiscount = DailyBands.Part.joined(ranges, range -> range.sumDiscount);
        maxDiscount = DailyBands.Part.joined(ranges, range -> range.maxDiscount);
        minCoverage = DailyBands.Part.joined(ranges, range -> range.minCoverage);
        dayOfMax = joinedInts(ranges, range -> range.dayOfMax);
        daysBeyond = new int[THRESHOLDS.length][];
        for (int k = 0; k < THRESHOLDS.length; k++) {
            int threshold = k;
            daysBeyond[k] = joinedInts(ranges, range -> range.daysBeyond[threshold]);
        }
        daysWithin1Percent = joinedInts(ranges, range -> range.daysWithin1Percent);
        dayOfMinCoverage = joinedInts(ranges, range -> range.dayOfMinCoverage);
        recoveryDay = joinedInts(ranges, range -> range.recoveryDay);
        halfDay = joinedInts(ranges, range -> range.halfDay);
    }

    /** The ranges' arrays laid side by side in path order. */
    static <P> int[] joinedInts(List<P> parts, java.util.function.Function<P, int[]> values) {
        int length = 0;
        for (P part : parts) {
            length += values.apply(part).length;
        }
        int[] all = new int[length];
        int at = 0;
        for (P part : parts) {
            int[] some = values.apply(part);
            System.arraycopy(some, 0, all, at, some.length);
            at += some.length;
        }
        return all;
    }

    /** Days observed after day 0 (the horizon, once the run has finished). */
    public int horizonDays() {
        return Math.max(0, days);
    }

    public int size() {
        return maxDiscount == null ? 0 : maxDiscount.length;
    }

    public double maxDeviationBp(int path) {
        return 10_000 * maxDiscount[path];
    }

    /** The mean of the daily deviation over days 1..T, basis points. */
    public double meanDeviationBp(int path) {
        return days <= 0 ? 0 : 10_000 * (sumDiscount[path] / days);
    }

    /** The first day on which the path's largest discount was reached (0 if it never left the peg). */
    public int dayOfMaxDiscount(int path) {
        return dayOfMax[path];
    }

    /** Days among 1..T on which the discount exceeded {@code THRESHOLDS[k]}. */
    public int daysBeyond(int k, int path) {
        return daysBeyond[k][path];
    }

    public double shareOfDaysWithin1Percent(int path) {
        return days <= 0 ? 1 : (double) daysWithin1Percent[path] / days;
    }

    /** The lowest coverage of days 0..T. */
    public double minCoverage(int path) {
        return minCoverage[path];
    }

    public int dayOfMinCoverage(int path) {
        return dayOfMinCoverage[path];
    }

    public boolean depegged(int path) {
        return maxDiscount[path] >= RECOVERY_BAND;
    }

    /** The recovery day, or {@link #NONE} when the path did not depeg or had not recovered by the horizon. */
    public int recoveryDay(int path) {
        return depegged(path) ? recoveryDay[path] : NONE;
    }

    /** Days from the worst day to recovery, or {@link #NONE}. */
    public int daysToRecover(int path) {
        int day = recoveryDay(path);
        return day == NONE ? NONE : day - dayOfMax[path];
    }

    /** Days from the worst day until the discount had halved, or {@link #NONE}. */
    public int halfLifeDays(int path) {
        return depegged(path) && halfDay[path] != NONE ? halfDay[path] - dayOfMax[path] : NONE;
    }

    /** The value of a path-metrics.csv column for {@code path}; {@link #NONE} days as NaN. */
    public double value(int path, String column) {
        return switch (column) {
            case "path" -> path;
            case "max_deviation_bp" -> maxDeviationBp(path);
            case "mean_deviation_bp" -> meanDeviationBp(path);
            case "day_of_max_discount" -> dayOfMaxDiscount(path);
            case "days_beyond_0.5pct" -> daysBeyond(0, path);
            case "days_beyond_1pct" -> daysBeyond(1, path);
            case "days_beyond_3pct" -> daysBeyond(2, path);
            case "share_days_within_1pct" -> shareOfDaysWithin1Percent(path);
            case "min_coverage" -> minCoverage(path);
            case "day_of_min_coverage" -> dayOfMinCoverage(path);
            case "recovery_day" -> orNaN(recoveryDay(path));
            case "days_to_recover" -> orNaN(daysToRecover(path));
            case "half_life_days" -> orNaN(halfLifeDays(path));
            default -> throw new IllegalArgumentException("no column '" + column + "'; columns: " + COLUMNS);
        };
    }

    /** A copy of one column across paths. */
    public double[] column(String name) {
        double[] values = new double[size()];
        for (int p = 0; p < values.length; p++) {
            values[p] = value(p, name);
        }
        return values;
    }

    private static double orNaN(int day) {
        return day == NONE ? Double.NaN : day;
    }
}
