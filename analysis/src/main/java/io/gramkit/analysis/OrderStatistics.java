package io.gramkit.analysis;

import java.util.Arrays;

/**
 * The few order statistics a day's quantiles need, without sorting every value, and with the same
 * values a sort would put at those ranks (the order is {@link Double#compare}'s, that of {@link
 * Arrays#sort(double[])}).
 *
 * <p>Values are counted into equal-width buckets between their minimum and maximum (a monotone map,
 * so a bucket holds a contiguous run of the sorted values), only the buckets holding a wanted rank
 * are copied out, and those few values are partitioned. That is three sequential passes where
 * partitioning all the values costs several with random swaps: the bands of a 100,000-path run
 * were a fifth of its CPU. A bucket that still holds many values (a long tail stretches the range)
 * is bucketed again. Keeps its buffers between calls; one instance per thread.
 */
final class OrderStatistics {
    /** Below this many values a range is partitioned directly. */
    private static final int SMALL = 2_048;
    /** Values per bucket on average. */
    private static final int PER_BUCKET = 8;
    /** Bucketing rounds before a range is partitioned whatever its size. */
    private static final int ROUNDS = 3;
    /** Below this many values a range is sorted outright. */
    private static final int SORT = 48;

    private int[] counts = new int[0];
    private double[][] gathered = new double[ROUNDS + 1][0];

    /**
     * Type-7 quantiles of {@code values} (left unchanged), exactly as {@link Quantiles#ofSorted}
     * gives them on the sorted values.
     */
    double[] quantiles(double[] values, double... probabilities) {
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
        int[] wanted = Arrays.stream(ranks, 0, count).distinct().toArray();
        double[] found = new double[wanted.length];
        find(values, 0, n, wanted, 0, wanted.length, 0, found, 0);
        return Quantiles.typeSeven(n, i -> found[Arrays.binarySearch(wanted, (int) i)], probabilities);
    }

    /**
     * Puts the values of ranks {@code wanted[from..to) - offset} among {@code a[base..base + n)}
     * into {@code found[from..to)}. In round 0, {@code a} is the caller's values and stays
     * unchanged; later, it is {@code gathered[round - 1]} and may be reordered.
     */
    private void find(
            double[] a, int base, int n, int[] wanted, int from, int to, int offset, double[] found, int round) {
        if (n < SMALL || round == ROUNDS) {
            partition(a, base, n, wanted, from, to, offset, found, round);
            return;
        }
        // Plain comparisons: Math.min and max order the zeros and NaN, at several times the cost.
        double min = a[base];
        double max = a[base];
        boolean nan = false;
        for (int i = base; i < base + n; i++) {
            double v = a[i];
            min = v < min ? v : min;
            max = v > max ? v : max;
            nan |= Double.isNaN(v);
        }
        int buckets = n / PER_BUCKET;
        double scale = buckets / (max - min);
        // NaN anywhere (Double.compare puts it last; no bucket would), equal or infinite ends, or a
        // range too narrow to divide: no bucket map is both monotone and useful, so partition.
        if (nan || !(scale > 0 && scale < Double.POSITIVE_INFINITY)) {
            partition(a, base, n, wanted, from, to, offset, found, round);
            return;
        }
        if (counts.length < buckets) {
            counts = new int[buckets];
        } else {
            Arrays.fill(counts, 0, buckets, 0);
        }
        int last = buckets - 1;
        for (int i = base; i < base + n; i++) {
            counts[Math.min((int) ((a[i] - min) * scale), last)]++;
        }
        // The buckets that hold a wanted rank, with the rank of their first value and their size.
        int[] bucket = new int[to - from];
        int[] firstRank = new int[to - from];
        int[] size = new int[to - from];
        int picked = 0;
        int start = 0;
        for (int b = 0, w = from; b < buckets && w < to; b++) {
            int end = start + counts[b];
            if (wanted[w] - offset < end) {
                bucket[picked] = b;
                firstRank[picked] = start;
                size[picked++] = counts[b];
                while (w < to && wanted[w] - offset < end) {
                    w++;
                }
            }
            start = end;
        }
        // Picked buckets are laid out one after another: counts[b] becomes -1 - (b's next slot),
        // and stays non-negative for every other bucket.
        int total = 0;
        for (int p = 0; p < picked; p++) {
            counts[bucket[p]] = -1 - total;
            total += size[p];
        }
        double[] out = gathered[round];
        if (out.length < total) {
            out = new double[Math.max(total, out.length * 3 / 2)];
            gathered[round] = out;
        }
        for (int i = base; i < base + n; i++) {
            double v = a[i];
            int b = Math.min((int) ((v - min) * scale), last);
            int slot = counts[b];
            if (slot < 0) {
                out[-1 - slot] = v;
                counts[b] = slot - 1;
            }
        }
        int segment = 0;
        for (int p = 0, w = from; p < picked; p++) {
            int first = w;
            while (w < to && wanted[w] - offset < firstRank[p] + size[p]) {
                w++;
            }
            find(out, segment, size[p], wanted, first, w, offset + firstRank[p], found, round + 1);
            segment += size[p];
        }
    }

    private void partition(
            double[] a, int base, int n, int[] wanted, int from, int to, int offset, double[] found, int round) {
        double[] work = a;
        int lo = base;
        if (round == 0) {
            // The caller's values stay as they are.
            if (gathered[0].length < n) {
                gathered[0] = new double[n];
            }
            work = gathered[0];
            System.arraycopy(a, base, work, 0, n);
            lo = 0;
        }
        int[] ranks = new int[to - from];
        for (int i = from; i < to; i++) {
            ranks[i - from] = lo + wanted[i] - offset;
        }
        // Depth limit: a run of bad pivots falls back to sorting the range, so the worst case stays n log n.
        select(work, lo, lo + n - 1, ranks, 0, ranks.length - 1, 2 * (32 - Integer.numberOfLeadingZeros(n)));
        for (int i = from; i < to; i++) {
            found[i] = work[lo + wanted[i] - offset];
        }
    }

    /** Puts the value of each rank in {@code ranks[from..to]} (ascending) at its place in {@code a[lo..hi]}. */
    private static void select(double[] a, int lo, int hi, int[] ranks, int from, int to, int depth) {
        while (from <= to && lo < hi) {
            if (hi - lo < SORT || depth-- == 0) {
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
