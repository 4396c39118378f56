package io.gramkit.analysis;

import java.io.Serializable;
import java.util.Arrays;

/**
 * A sum of doubles kept exactly as non-overlapping partials (Shewchuk, "Adaptive precision
 * floating-point arithmetic", 1997; the algorithm of Python's {@code math.fsum}) and rounded once
 * at the end. The result is the correctly rounded sum, so it does not depend on the order of the
 * values or on how they were split: the sums of a run's ranges merged equal the sum of its whole
 * day, bit for bit, which a running {@code +=} cannot promise.
 */
final class ExactSum implements Serializable {
    private static final long serialVersionUID = 1L;

    private double[] partials = new double[4];
    private int size;
    /**
     * Infinities and NaN, summed plainly: the exact part is meaningless once one is present. Unlike
     * {@code math.fsum}, a finite sum that overflows is not reported (it becomes an infinite
     * partial); the kit's sums are of dollars, far below that.
     */
    private double special;

    void add(double x) {
        if (!Double.isFinite(x)) {
            special += x;
            return;
        }
        int kept = 0;
        for (int i = 0; i < size; i++) {
            double y = partials[i];
            if (Math.abs(x) < Math.abs(y)) {
                double t = x;
                x = y;
                y = t;
            }
            double hi = x + y;
            double lo = y - (hi - x);
            if (lo != 0) {
                partials[kept++] = lo;
            }
            x = hi;
        }
        if (x != 0) {
            if (kept == partials.length) {
                partials = Arrays.copyOf(partials, 2 * kept);
            }
            partials[kept++] = x;
        }
        size = kept;
    }

    /** Adds what {@code other} summed: exact, so the merged sum is that of all the values. */
    void merge(ExactSum other) {
        for (int i = 0; i < other.size; i++) {
            add(other.partials[i]);
        }
        special += other.special;
    }

    /** The sum of every value added, correctly rounded (half-way cases to even). */
    double sum() {
        if (special != 0 || Double.isNaN(special)) {
            return special;
        }
        int n = size;
        if (n == 0) {
            return 0.0;
        }
        double hi = partials[--n];
        double lo = 0;
        while (n > 0) {
            double x = hi;
            double y = partials[--n];
            hi = x + y;
            lo = y - (hi - x);
            if (lo != 0) {
                break;
            }
        }
        // The partials below may break a tie the rounding of hi + lo settled the wrong way.
        if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
            double y = lo * 2;
            double x = hi + y;
            if (y == x - hi) {
                hi = x;
            }
        }
        return hi;
    }
}
