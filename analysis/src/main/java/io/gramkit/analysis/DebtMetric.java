package io.gramkit.analysis;

import io.gramkit.interpreter.PathOutcomes;

/**
 * A debt metric that is the mean across paths of one number per path read from a debt column of
 * paths.csv: the share of paths whose value is above zero, or the mean of the value. Each is
 * defined once, in {@link DebtMetrics}, for metrics.csv and for paired comparisons alike.
 */
public record DebtMetric(String name, String column, boolean isShare, String meaning, String unit) implements Metric {

    /** One value per path: 1 or 0 for a share, the column's value for a mean. */
    public double[] values(PathOutcomes outcomes) {
        double[] values = outcomes.column(column);
        if (isShare) {
            for (int p = 0; p < values.length; p++) {
                values[p] = values[p] > 0 ? 1 : 0;
            }
        }
        return values;
    }

    @Override
    public double[] values(PathResults results) {
        return values(results.outcomes());
    }
}
