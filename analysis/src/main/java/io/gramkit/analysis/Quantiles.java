package io.gramkit.analysis;

import java.util.Arrays;
import java.util.function.LongToDoubleFunction;

/**
 * Sample quantiles by linear interpolation between order statistics (Hyndman and Fan's type 7,
 * the default of R and numpy): with the values sorted as x[0..n-1] and h = (n - 1) p,
 * Q(p) = x[floor h] + (h - floor h) (x[floor h + 1] - x[floor h]).
 */
public final class Quantiles {
    private Quantiles() {}

    /** Quantiles of {@code values} (left unchanged) at each probability in [0, 1]. */
    public static double[] of(double[] values, double... probabilities) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return ofSorted(sorted, probabilities);
    }

    /** As {@link #of} for values already in ascending order. */
    public static double[] ofSorted(double[] sorted, double... probabilities) {
        return typeSeven(sorted.length, i -> sorted[(int) i], probabilities);
    }

    /**
     * The type-7 rule over {@code n} values given by their order statistics (0-based ranks in
     * ascending order), for exact sorted arrays and for sketches alike.
     */
    static double[] typeSeven(long n, LongToDoubleFunction orderStatistic, double... probabilities) {
        if (n == 0) {
            throw new IllegalArgumentException("no values");
        }
        double[] result = new double[probabilities.length];
        for (int i = 0; i < probabilities.length; i++) {
            double p = probabilities[i];
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("probability " + p + " is outside [0, 1]");
            }
            double h = (n - 1) * p;
            long low = (long) Math.floor(h);
            double fraction = h - low;
            double x = orderStatistic.applyAsDouble(low);
            double next = low + 1 < n && fraction > 0 ? orderStatistic.applyAsDouble(low + 1) : x;
            // Equal neighbours give themselves: infinite coverage on wound-down paths must not become NaN.
            result[i] = next == x ? x : x + fraction * (next - x);
        }
        return result;
    }

    /**
     * The type-7 quantile of sorted values with a distribution-free 95% interval: the order
     * statistics whose ranks bracket {@code n p +- 1.96 sqrt(n p (1 - p))} (the binomial count of
     * values below the true quantile, in its normal approximation).
     */
    public static Estimate estimate(double[] sorted, double probability) {
        int n = sorted.length;
        double value = ofSorted(sorted, probability)[0];
        double half = Estimate.Z95 * Math.sqrt(n * probability * (1 - probability));
        int lowRank = (int) Math.max(0, Math.min(n - 1, Math.floor(n * probability - half) - 1));
        int highRank = (int) Math.max(0, Math.min(n - 1, Math.ceil(n * probability + half)));
        return new Estimate(value, Double.NaN, sorted[lowRank], sorted[highRank], n);
    }
}
