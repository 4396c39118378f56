package io.gramkit.analysis;

import io.gramkit.interpreter.DayObserver;
import io.gramkit.interpreter.DaySnapshot;
import java.io.IOException;
import java.io.Serializable;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The debt block by day across paths (debt-daily.csv): quantile bands of the system's collateral
 * ratio over the paths that still owe debt that day, and of the bad debt so far over all paths,
 * with the share of paths that have any. Exact (type 7) quantiles up to {@link
 * DailyBands#EXACT_PATH_LIMIT} paths, above it from {@link QuantileSketch}es within {@link
 * DailyBands#SKETCH_ACCURACY}, as the daily bands; one row per day, so memory grows with days, not
 * with paths times days.
 */
public final class DebtDaily implements DayObserver {
    /** Probabilities of the collateral-ratio bands: 5, 25, 50, 75 and 95%. */
    private static final double[] RATIO_PROBABILITIES = DailyBands.PROBABILITIES;
    /** Probabilities of the bad-debt levels: 50, 95 and 99% (the bad tail is high). */
    private static final double[] BAD_DEBT_PROBABILITIES = {0.50, 0.95, 0.99};

    private final List<double[]> rows = new ArrayList<>();
    private final int exactPathLimit;
    private double[] scratch = new double[0];

    public DebtDaily() {
        this(DailyBands.EXACT_PATH_LIMIT);
    }

    /** Days whose quantiles are exact up to {@code exactPathLimit} paths (tests use small limits). */
    public DebtDaily(int exactPathLimit) {
        this.exactPathLimit = exactPathLimit;
    }

    /** Column names of debt-daily.csv, in order. */
    public static List<String> columns() {
        List<String> columns = new ArrayList<>(List.of("day", "paths_with_debt"));
        for (double p : RATIO_PROBABILITIES) {
            columns.add("collateral_ratio_q" + Metrics.percent(p));
        }
        columns.add("bad_debt_mean");
        for (double p : BAD_DEBT_PROBABILITIES) {
            columns.add("bad_debt_q" + Metrics.percent(p));
        }
        columns.add("share_with_bad_debt");
        return List.copyOf(columns);
    }

    @Override
    public void onDay(int day, DaySnapshot snapshot) {
        onDay(day, snapshot.collateralRatio(), snapshot.badDebt());
    }

    /** One day's values by path; days arrive in order from 0. A ratio of infinity means no debt. */
    public void onDay(int day, double[] collateralRatio, double[] badDebt) {
        expect(day);
        if (badDebt.length > exactPathLimit) {
            rows.add(new DaySketch(collateralRatio, badDebt).row(day));
            return;
        }
        if (scratch.length != collateralRatio.length) {
            scratch = new double[collateralRatio.length];
        }
        int owing = 0;
        for (double ratio : collateralRatio) {
            if (Double.isFinite(ratio)) {
                scratch[owing++] = ratio;
            }
        }
        double[] row = new double[columns().size()];
        row[0] = day;
        row[1] = owing;
        int c = 2;
        if (owing == 0) {
            for (int k = 0; k < RATIO_PROBABILITIES.length; k++) {
                row[c++] = Double.NaN;
            }
        } else {
            Arrays.sort(scratch, 0, owing);
            for (double q : Quantiles.ofSorted(Arrays.copyOf(scratch, owing), RATIO_PROBABILITIES)) {
                row[c++] = q;
            }
        }
        double sum = 0;
        long withBadDebt = 0;
        for (double bad : badDebt) {
            sum += bad;
            withBadDebt += bad > 0 ? 1 : 0;
        }
        row[c++] = sum / badDebt.length;
        double[] sorted = badDebt.clone();
        Arrays.sort(sorted);
        for (double q : Quantiles.ofSorted(sorted, BAD_DEBT_PROBABILITIES)) {
            row[c++] = q;
        }
        row[c] = (double) withBadDebt / badDebt.length;
        rows.add(row);
    }

    private void expect(int day) {
        if (day != rows.size()) {
            throw new IllegalStateException("expected day " + rows.size() + ", got " + day);
        }
    }

    /**
     * What the paths of one range of a run of {@code paths} paths contribute, for {@link
     * #onDay(int, List)}: each day's values (exact quantiles need whole days) or, above the exact
     * limit, their sketches and exact sums, whose merge is exact.
     */
    public Part part(int paths) {
        return new Part(paths > exactPathLimit);
    }

    /**
     * Day {@code day} from the {@link Part}s of a run's ranges in path order, as {@link #onDay(int,
     * DaySnapshot)} would see the whole day (exact quantiles: the mean of bad debt is a sum in path
     * order); the parts' values of that day are released.
     */
    public void onDay(int day, List<Part> parts) {
        if (parts.get(0).sketched) {
            expect(day);
            DaySketch all = new DaySketch();
            for (Part part : parts) {
                all.merge(part.sketches.get(day));
                part.sketches.set(day, null);
            }
            rows.add(all.row(day));
            return;
        }
        double[] ratio = DailyBands.Part.joined(parts, part -> part.days.get(day)[0]);
        double[] badDebt = DailyBands.Part.joined(parts, part -> part.days.get(day)[1]);
        parts.forEach(part -> part.days.set(day, null));
        onDay(day, ratio, badDebt);
    }

    /** A range's share of the debt block's days: its values of every day, or their sketches. */
    public static final class Part implements DayObserver, Serializable {
        private static final long serialVersionUID = 2L;

        private final boolean sketched;
        /** By day: the range's collateral ratios and bad debt (exact quantiles). */
        private final List<double[][]> days = new ArrayList<>();
        /** By day: their sketches (sketched quantiles). */
        private final List<DaySketch> sketches = new ArrayList<>();

        private Part(boolean sketched) {
            this.sketched = sketched;
        }

        @Override
        public void onDay(int day, DaySnapshot snapshot) {
            add(snapshot.collateralRatio(), snapshot.badDebt());
        }

        /** The range's next day: its collateral ratios and bad debt by path. */
        void add(double[] collateralRatio, double[] badDebt) {
            if (sketched) {
                sketches.add(new DaySketch(collateralRatio, badDebt));
            } else {
                days.add(new double[][] {collateralRatio.clone(), badDebt.clone()});
            }
        }

        /**
         * Adds what {@code next} (a sketched part of the same days) saw into this part and
         * releases {@code next}'s sketches, as {@link DailyBands.Part#absorb} does for the bands.
         */
        public void absorb(Part next) {
            if (!sketched || !next.sketched) {
                throw new IllegalStateException("only sketched parts merge; exact quantiles need whole days");
            }
            DailyBands.Part.mergeDays(sketches, next.sketches, DaySketch::merge);
        }

        boolean sketched() {
            return sketched;
        }
    }

    /**
     * One day of many paths in mergeable form: sketches of the owing paths' collateral ratios and
     * of the bad debt, its exact sum (so the mean does not depend on how the paths were split) and
     * the paths with any.
     */
    private static final class DaySketch implements Serializable {
        private static final long serialVersionUID = 1L;

        private final QuantileSketch ratio = new QuantileSketch(DailyBands.SKETCH_ACCURACY);
        private final QuantileSketch badDebt = new QuantileSketch(DailyBands.SKETCH_ACCURACY);
        private final ExactSum badDebtSum = new ExactSum();
        private long withBadDebt;

        DaySketch() {}

        DaySketch(double[] collateralRatio, double[] badDebts) {
            for (double r : collateralRatio) {
                if (Double.isFinite(r)) {
                    ratio.add(r);
                }
            }
            for (double bad : badDebts) {
                badDebt.add(bad);
                badDebtSum.add(bad);
                withBadDebt += bad > 0 ? 1 : 0;
            }
        }

        void merge(DaySketch other) {
            ratio.merge(other.ratio);
            badDebt.merge(other.badDebt);
            badDebtSum.merge(other.badDebtSum);
            withBadDebt += other.withBadDebt;
        }

        double[] row(int day) {
            double[] row = new double[columns().size()];
            long owing = ratio.count();
            long paths = badDebt.count();
            row[0] = day;
            row[1] = owing;
            int c = 2;
            double[] ratios = owing == 0 ? null : ratio.quantiles(RATIO_PROBABILITIES);
            for (int k = 0; k < RATIO_PROBABILITIES.length; k++) {
                row[c++] = ratios == null ? Double.NaN : ratios[k];
            }
            row[c++] = badDebtSum.sum() / paths;
            for (double q : badDebt.quantiles(BAD_DEBT_PROBABILITIES)) {
                row[c++] = q;
            }
            row[c] = (double) withBadDebt / paths;
            return row;
        }
    }

    /** Days observed: 0 .. horizon. */
    public int days() {
        return rows.size();
    }

    /** The value of {@code column} (a name of {@link #columns()}) on {@code day}. */
    public double value(int day, String column) {
        int index = columns().indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException("no column '" + column + "'; columns: " + columns());
        }
        return rows.get(day)[index];
    }

    public void writeCsv(Writer out) throws IOException {
        Csv.row(out, columns().toArray(String[]::new));
        for (double[] row : rows) {
            String[] fields = new String[row.length];
            fields[0] = Long.toString((long) row[0]);
            fields[1] = Long.toString((long) row[1]);
            for (int i = 2; i < row.length; i++) {
                fields[i] = Double.isNaN(row[i]) ? "" : Csv.number(row[i]);
            }
            Csv.row(out, fields);
        }
    }

    /** Adds debt-daily.csv's columns to a run's dictionary. */
    public static void describe(List<ColumnDictionary.Entry> out) {
        String f = "debt-daily.csv";
        out.add(new ColumnDictionary.Entry(f, "day", "column", "day, 0 = initial state", "day"));
        out.add(new ColumnDictionary.Entry(
                f, "paths_with_debt", "column", "paths whose vaults still owe debt at the end of the day", "paths"));
        for (double p : RATIO_PROBABILITIES) {
            out.add(new ColumnDictionary.Entry(
                    f,
                    "collateral_ratio_q" + Metrics.percent(p),
                    "column",
                    Metrics.percent(p) + "% quantile, over the paths that owe debt, of the open vaults' collateral"
                            + " at the oracle's price over their debt; empty when no path owes any",
                    "ratio"));
        }
        out.add(new ColumnDictionary.Entry(
                f, "bad_debt_mean", "column", "mean across paths of the bad debt so far", "USD"));
        for (double p : BAD_DEBT_PROBABILITIES) {
            out.add(new ColumnDictionary.Entry(
                    f,
                    "bad_debt_q" + Metrics.percent(p),
                    "column",
                    Metrics.percent(p) + "% quantile across paths of the bad debt so far",
                    "USD"));
        }
        out.add(new ColumnDictionary.Entry(
                f, "share_with_bad_debt", "column", "share of paths with any bad debt so far", "fraction"));
    }
}
