package io.gramkit.analysis;

import io.gramkit.interpreter.PathOutcomes;
import java.util.Arrays;

/**
 * A quantile across paths of a debt column of paths.csv (value at risk of insolvent debt,
 * liquidations at risk). Quantiles do not pair path by path, so a comparison reports A, B and B - A
 * without an interval of the difference.
 */
public record DebtQuantile(String column, double probability, String what) {

    /** {@code bad_debt_q95}. */
    public String name() {
        return column + "_q" + Metrics.percent(probability);
    }

    public String meaning() {
        return Metrics.percent(probability) + "% quantile across paths of the " + what;
    }

    /** The quantile with its distribution-free 95% interval ({@link Quantiles#estimate}). */
    public Estimate estimate(PathOutcomes outcomes) {
        double[] sorted = outcomes.column(column);
        Arrays.sort(sorted);
        return Quantiles.estimate(sorted, probability);
    }

    /** This quantile under two runs of the same paths. */
    public Change change(PathOutcomes a, PathOutcomes b) {
        return new Change(name(), estimate(a), estimate(b));
    }

    /** A quantile of run A and of run B; {@link #difference()} is B - A. */
    public record Change(String name, Estimate a, Estimate b) {
        public double difference() {
            return b.value() - a.value();
        }
    }
}
