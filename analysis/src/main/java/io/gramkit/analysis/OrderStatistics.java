package io.gramkit.analysis;

import java.util.Arrays;

/**
 * The few order statistics a day's quantiles need, found by partitioning instead of sorting every
 * value: expected linear time where a sort costs n log n, with the same values a sort would put at
 * those ranks (the order is {@link Double#compare}'s, that of {@link Arrays#sort(double[])}).
 */
final class OrderStatistics {
    /** Below this many values a range is sorted outright. */
    private static final int SMALL = 48;

    private OrderStatistics() {}

    /**
     * Type-7 quantiles of {@code values}, exactly as {@link Quantiles#ofSorted} gives them on the
     * sorted values; {@code values} is reordered.
     */
    static double[] quantiles(double[] values, double... probabilities) {
        int n = values.length;
        if (n == 0) {
            throw new IllegalArgumentException("no values");
        }
        int[] ranks = new int[2 * probabilities.length];
        int count = 0;
        for (double p : probabilities) {
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("probability " + p + " is outside [0, 1]");
            }
            int low = (int) Math.floor((n - 1) * p);
            ranks[count++] = low;
            ranks[count++] = Math.min(low + 1, n - 1);
        }
        Arrays.sort(ranks, 0, count);
        // Depth limit: a run of bad pivots falls back to sorting the range, so the worst case stays n log n.
        select(values, 0, n - 1, ranks, 0, count - 1, 2 * (32 - Integer.numberOfLeadingZeros(n)));
        return Quantiles.typeSeven(n, i -> values[(int) i], probabilities);
    }

    /** Puts the value of each rank in {@code ranks[from..to]} (ascending) at its place in {@code a[lo..hi]}. */
    private static void select(double[] a, int lo, int hi, int[] ranks, int from, int to, int depth) {
        while (from <= to && lo < hi) {
            if (hi - lo < SMALL || depth-- == 0) {
                Arrays.sort(a, lo, hi + 1);
                return;
            }
            double pivot = median(a[lo], a[lo + (hi - lo) / 2], a[hi]);
            // Three-way partition: a[lo..lt-1] < pivot, a[lt..gt] == pivot, a[gt+1..hi] > pivot.
            int lt = lo;
            int gt = hi;
            int i = lo;
            while (i <= gt) {
                int c = Double.compare(a[i], pivot);
                if (c < 0) {
                    swap(a, lt++, i++);
                } else if (c > 0) {
                    swap(a, i, gt--);
                } else {
                    i++;
                }
            }
            int below = from;
            while (below <= to && ranks[below] < lt) {
                below++;
            }
            int above = below;
            while (above <= to && ranks[above] <= gt) {
                above++;
            }
            // Ranks in [lt, gt] are placed; recurse into the smaller side, loop on the other.
            select(a, lo, lt - 1, ranks, from, below - 1, depth);
            lo = gt + 1;
            from = above;
        }
    }

    private static double median(double x, double y, double z) {
        if (Double.compare(x, y) > 0) {
            double t = x;
            x = y;
            y = t;
        }
        if (Double.compare(y, z) > 0) {
            y = z;
        }
        return Double.compare(x, y) > 0 ? x : y;
    }

    private static void swap(double[] a, int i, int j) {
        double t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
