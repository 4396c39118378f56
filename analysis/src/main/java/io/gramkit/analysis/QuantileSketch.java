package io.gramkit.analysis;

import java.io.Serializable;
import java.util.Arrays;

/**
 * A mergeable quantile sketch with a relative error bound (the DDSketch of Masson, Rim and Lee,
 * VLDB 2019): values fall into logarithmic buckets {@code (g^(i-1), g^i]} with
 * {@code g = (1 + a) / (1 - a)}, each bucket stands for {@code 2 g^i / (g + 1)}, so every order
 * statistic is returned within relative error {@code a} (zero exactly; negative values are mirrored).
 * Merging adds bucket counts, so a sketch of two halves merged equals the sketch of the whole,
 * whatever the split. Quantiles interpolate between the two order statistics around
 * {@code h = (n - 1) p} as type 7 does, so each is within {@code a} of the exact type-7 quantile
 * (relative to its size) when its two neighbours have the same sign.
 */
public final class QuantileSketch implements Serializable {
    private static final long serialVersionUID = 1L;

    private final double alpha;
    private final double logGamma;
    private final Store positive = new Store();
    private final Store negative = new Store();
    private long zeros;

    public QuantileSketch(double relativeAccuracy) {
        if (!(relativeAccuracy > 0 && relativeAccuracy < 1)) {
            throw new IllegalArgumentException("relative accuracy must be in (0, 1), got " + relativeAccuracy);
        }
        this.alpha = relativeAccuracy;
        this.logGamma = Math.log((1 + relativeAccuracy) / (1 - relativeAccuracy));
    }

    public double relativeAccuracy() {
        return alpha;
    }

    public void addAll(double[] values) {
        for (double x : values) {
            add(x);
        }
    }

    public void add(double x) {
        if (Double.isNaN(x)) {
            throw new IllegalArgumentException("NaN cannot be ranked");
        }
        if (x > 0) {
            positive.add(index(x));
        } else if (x < 0) {
            negative.add(index(-x));
        } else {
            zeros++;
        }
    }

    /** Adds every count of {@code other} (same accuracy) to this sketch. */
    public void merge(QuantileSketch other) {
        if (other.alpha != alpha) {
            throw new IllegalArgumentException("sketches of different accuracy cannot be merged");
        }
        positive.merge(other.positive);
        negative.merge(other.negative);
        zeros += other.zeros;
    }

    public long count() {
        return positive.total + negative.total + zeros;
    }

    /** Type-7 quantiles, each within the relative accuracy. */
    public double[] quantiles(double... probabilities) {
        return Quantiles.typeSeven(count(), this::orderStatistic, probabilities);
    }

    /** The value standing for the order statistic of rank {@code rank} (0-based, ascending). */
    private double orderStatistic(long rank) {
        if (rank < negative.total) {
            // Negative values ascend as their magnitudes descend.
            return -value(negative.indexAtRank(negative.total - 1 - rank));
        }
        rank -= negative.total;
        if (rank < zeros) {
            return 0.0;
        }
        return value(positive.indexAtRank(rank - zeros));
    }

    private int index(double magnitude) {
        return (int) Math.ceil(Math.log(magnitude) / logGamma);
    }

    private double value(int index) {
        double gamma = Math.exp(logGamma);
        return 2 * Math.exp(index * logGamma) / (gamma + 1);
    }

    /** Counts by bucket index, dense between the smallest and largest index seen. */
    private static final class Store implements Serializable {
        private static final long serialVersionUID = 1L;

        private long[] counts = new long[0];
        private int offset;
        private long total;

        void add(int index) {
            grow(index);
            counts[index - offset]++;
            total++;
        }

        void merge(Store other) {
            for (int i = 0; i < other.counts.length; i++) {
                if (other.counts[i] > 0) {
                    grow(other.offset + i);
                    counts[other.offset + i - offset] += other.counts[i];
                }
            }
            total += other.total;
        }

        private void grow(int index) {
            if (counts.length == 0) {
                counts = new long[64];
                offset = index - 32;
            }
            if (index < offset) {
                int shift = Math.max(offset - index, counts.length / 2);
                long[] bigger = new long[counts.length + shift];
                System.arraycopy(counts, 0, bigger, shift, counts.length);
                counts = bigger;
                offset -= shift;
            } else if (index - offset >= counts.length) {
                counts = Arrays.copyOf(counts, Math.max(index - offset + 1, counts.length * 2));
            }
        }

        int indexAtRank(long rank) {
            long seen = 0;
            for (int i = 0; i < counts.length; i++) {
                seen += counts[i];
                if (seen > rank) {
                    return offset + i;
                }
            }
            throw new IllegalStateException("rank " + rank + " beyond " + total);
        }
    }
}
