package io.gramkit.analysis;

import io.gramkit.interpreter.DayObserver;
import io.gramkit.interpreter.DaySnapshot;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.DoubleStream;

/**
 * Per-day quantile bands of gold, discount, coverage and supply across paths: exact (type 7) up
 * to {@link #EXACT_PATH_LIMIT} paths, above it from a {@link QuantileSketch} within
 * {@link #SKETCH_ACCURACY} relative error (sorting a million values four times a day would cost
 * minutes). Keeps one row per day, so memory grows with days, not with paths times days.
 */
public final class DailyBands implements DayObserver {
    /** Up to this many paths the bands are exact. */
    public static final int EXACT_PATH_LIMIT = 100_000;
    /** Relative error of every band above {@link #EXACT_PATH_LIMIT} paths: 0.1%. */
    public static final double SKETCH_ACCURACY = 0.001;
    /** The probabilities of the bands: 5, 25, 50, 75 and 95%. */
    static final double[] PROBABILITIES = {0.05, 0.25, 0.50, 0.75, 0.95};
    /** The levels computed: {@link #PROBABILITIES} and those a scenario's report asks for, ascending. */
    private final double[] probabilities;
    /** Where each of {@link #PROBABILITIES} sits in {@link #probabilities}. */
    private final int[] defaultIndex;

    public static final List<String> QUANTITIES = List.of("gold", "discount", "coverage", "supply");

    private final List<double[]> rows = new ArrayList<>();
    private final int exactPathLimit;
    private final OrderStatistics statistics = new OrderStatistics();

    public DailyBands() {
        this(EXACT_PATH_LIMIT);
    }

    /** Bands that are exact up to {@code exactPathLimit} paths (tests use small limits). */
    public DailyBands(int exactPathLimit) {
        this(exactPathLimit, List.of());
    }

    /** Bands at {@link #PROBABILITIES} and at the {@code extra} levels (a report's quantiles). */
    public DailyBands(int exactPathLimit, List<Double> extra) {
        this.exactPathLimit = exactPathLimit;
        this.probabilities = DoubleStream.concat(
                        Arrays.stream(PROBABILITIES), extra.stream().mapToDouble(Double::doubleValue))
                .distinct()
                .sorted()
                .toArray();
        this.defaultIndex = Arrays.stream(PROBABILITIES)
                .mapToInt(p -> Arrays.binarySearch(probabilities, p))
                .toArray();
    }

    /** The levels of every band, ascending; {@link #PROBABILITIES} unless a report asked for more. */
    public double[] probabilities() {
        return probabilities.clone();
    }

    /** How the bands of a run with {@code paths} paths are computed, for the manifest. */
    public static String method(int paths) {
        return paths <= EXACT_PATH_LIMIT
                ? "exact, type 7 (linear between order statistics), over all " + paths + " paths"
                : "quantile sketch (DDSketch) over all " + paths + " paths, each band within " + 100 * SKETCH_ACCURACY
                        + "% relative error of the exact type 7 quantile; exact up to " + EXACT_PATH_LIMIT + " paths";
    }

    @Override
    public void onDay(int day, DaySnapshot snapshot) {
        onDay(day, snapshot.gold(), snapshot.discount(), snapshot.coverage(), snapshot.supply());
    }

    /** One day's values by path, in the order of {@link #QUANTITIES}; days arrive in order from 0. */
    public void onDay(int day, double[] gold, double[] discount, double[] coverage, double[] supply) {
        if (day != rows.size()) {
            throw new IllegalStateException("expected day " + rows.size() + ", got " + day);
        }
        double[] row = new double[QUANTITIES.size() * probabilities.length];
        int column = 0;
        for (double[] values : List.of(gold, discount, coverage, supply)) {
            if (values.length > exactPathLimit) {
                QuantileSketch sketch = new QuantileSketch(SKETCH_ACCURACY);
                sketch.addAll(values);
                for (double q : sketch.quantiles(probabilities)) {
                    row[column++] = q;
                }
                continue;
            }
            for (double q : statistics.quantiles(values, probabilities)) {
                row[column++] = q;
            }
        }
        rows.add(row);
    }

    /**
     * What the paths of one range of a run of {@code paths} paths contribute to the bands, for
     * {@link #onDay(int, List)}: each day's values (exact bands need whole days) or, above the
     * exact limit, their sketches, whose merge is exact.
     */
    public Part part(int paths) {
        return new Part(paths > exactPathLimit);
    }

    /**
     * Day {@code day} from the {@link Part}s of a run's ranges in path order, as {@link #onDay(int,
     * DaySnapshot)} would see the whole day; the parts' values of that day are released.
     */
    public void onDay(int day, List<Part> parts) {
        if (parts.get(0).sketched) {
            if (day != rows.size()) {
                throw new IllegalStateException("expected day " + rows.size() + ", got " + day);
            }
            double[] row = new double[QUANTITIES.size() * probabilities.length];
            for (int q = 0; q < QUANTITIES.size(); q++) {
                QuantileSketch all = new QuantileSketch(SKETCH_ACCURACY);
                for (Part part : parts) {
                    all.merge(part.sketches.get(day)[q]);
                }
                System.arraycopy(all.quantiles(probabilities), 0, row, q * probabilities.length, probabilities.length);
            }
            parts.forEach(part -> part.sketches.set(day, null));
            rows.add(row);
            return;
        }
        double[][] whole = new double[QUANTITIES.size()][];
        for (int q = 0; q < whole.length; q++) {
            int quantity = q;
            whole[q] = Part.joined(parts, part -> part.values.get(day)[quantity]);
        }
        parts.forEach(part -> part.values.set(day, null));
        onDay(day, whole[0], whole[1], whole[2], whole[3]);
    }

    /** A range's share of the bands: its values of every day, or their sketches (see {@link #part}). */
    public static final class Part implements DayObserver, Serializable {
        private static final long serialVersionUID = 1L;

        private final boolean sketched;
        /** By day: the range's values of each quantity (exact bands). */
        private final List<double[][]> values = new ArrayList<>();
        /** By day: a sketch of each quantity's values (sketched bands). */
        private final List<QuantileSketch[]> sketches = new ArrayList<>();

        private Part(boolean sketched) {
            this.sketched = sketched;
        }

        @Override
        public void onDay(int day, DaySnapshot snapshot) {
            double[][] quantities = {snapshot.gold(), snapshot.discount(), snapshot.coverage(), snapshot.supply()};
            if (sketched) {
                QuantileSketch[] daySketches = new QuantileSketch[quantities.length];
                for (int q = 0; q < quantities.length; q++) {
                    daySketches[q] = new QuantileSketch(SKETCH_ACCURACY);
                    daySketches[q].addAll(quantities[q]);
                }
                sketches.add(daySketches);
            } else {
                double[][] copies = new double[quantities.length][];
                for (int q = 0; q < quantities.length; q++) {
                    copies[q] = quantities[q].clone();
                }
                values.add(copies);
            }
        }

        /**
         * Adds what {@code next} (a sketched part of the same days) saw into this part and
         * releases {@code next}'s sketches: a run whose ranges arrive one at a time keeps one
         * sketch a day and quantity, not one a range. Sketches merge exactly, so the bands are
         * those of the parts joined in {@link DailyBands#onDay(int, List)}.
         */
        public void absorb(Part next) {
            if (!sketched || !next.sketched) {
                throw new IllegalStateException("only sketched parts merge; exact bands need whole days");
            }
            mergeDays(sketches, next.sketches, (into, from) -> {
                for (int q = 0; q < into.length; q++) {
                    into[q].merge(from[q]);
                }
            });
        }

        /** Merges each day of {@code from} into the same day of {@code into}, then empties {@code from}. */
        static <D> void mergeDays(List<D> into, List<D> from, java.util.function.BiConsumer<D, D> merge) {
            if (from.size() != into.size()) {
                throw new IllegalArgumentException(
                        "parts of " + into.size() + " and " + from.size() + " days do not merge");
            }
            for (int day = 0; day < into.size(); day++) {
                merge.accept(into.get(day), from.get(day));
            }
            from.clear();
        }

        boolean sketched() {
            return sketched;
        }

        /** The parts' arrays laid side by side in path order. */
        static <P> double[] joined(List<P> parts, java.util.function.Function<P, double[]> values) {
            int length = 0;
            for (P part : parts) {
                length += values.apply(part).length;
            }
            double[] all = new double[length];
            int at = 0;
            for (P part : parts) {
                double[] some = values.apply(part);
                System.arraycopy(some, 0, all, at, some.length);
                at += some.length;
            }
            return all;
        }
    }

    /** Days observed: 0 .. horizon. */
    public int days() {
        return rows.size();
    }

    /** The band of {@code quantity} on {@code day}, one value per probability in {@link #PROBABILITIES}. */
    public double[] band(String quantity, int day) {
        double[] all = levels(quantity, day);
        return Arrays.stream(defaultIndex).mapToDouble(i -> all[i]).toArray();
    }

    /** The band of {@code quantity} on {@code day}, one value per level of {@link #probabilities()}. */
    public double[] levels(String quantity, int day) {
        int index = QUANTITIES.indexOf(quantity);
        if (index < 0) {
            throw new IllegalArgumentException("no quantity '" + quantity + "'; quantities: " + QUANTITIES);
        }
        return Arrays.copyOfRange(rows.get(day), index * probabilities.length, (index + 1) * probabilities.length);
    }

    /** Column names of daily.csv after {@code day} for the default levels: {@code gold_q05 .. supply_q95}. */
    public static List<String> columns() {
        return columns(PROBABILITIES);
    }

    /** Column names of daily.csv after {@code day}: {@code gold_q05 .. supply_q95}, and any extra level. */
    public List<String> columnNames() {
        return columns(probabilities);
    }

    private static List<String> columns(double[] levels) {
        List<String> columns = new ArrayList<>();
        for (String quantity : QUANTITIES) {
            for (double p : levels) {
                columns.add(quantity + "_q" + Metrics.percent(p));
            }
        }
        return columns;
    }

    double[] row(int day) {
        return rows.get(day).clone();
    }
}
