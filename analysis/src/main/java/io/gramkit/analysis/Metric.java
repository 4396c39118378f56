package io.gramkit.analysis;

import io.gramkit.model.policy.ReportRequest;
import java.util.Optional;

/**
 * A run metric that is the mean across paths of one number per path, so that two runs on common
 * random numbers can be paired path by path ({@code compare}, {@code recommend}) and a condition on
 * it searched for ({@code reverse}). Written as text in one grammar (docs/analysis.md, "Metrics"):
 * a headline name ({@link Headline}), {@code share[<path quantity> <op> <threshold>]}
 * ({@link PathShare}), {@code mean[<path quantity>]} ({@link PathMean}), or a report condition,
 * {@code probability[<condition>]} and {@code mean_days[<condition>]} ({@link ReportMetric}). The
 * debt block's shares and means ({@link DebtMetric}) are not written as text: comparisons of a
 * scenario with a debt block pair them.
 */
public sealed interface Metric permits Headline, PathShare, PathMean, ReportMetric, DebtMetric {
    /** The metric as written in canonical form: also its row name in metrics.csv and compare.csv. */
    String name();

    String meaning();

    String unit();

    /** A share of paths (the mean of a 0/1 indicator): estimated with a Wilson interval. */
    boolean isShare();

    /** Whether the metric is a fraction, so that a threshold on it is written as a percentage. */
    default boolean isFraction() {
        return isShare() || unit().equals("fraction") || unit().equals("ratio");
    }

    /** One value per path: 1 or 0 for a share, NaN where the quantity is undefined. */
    double[] values(PathResults results);

    default Estimate estimate(PathResults results) {
        double[] values = values(results);
        return isShare() ? Estimate.share(values) : Estimate.mean(values);
    }

    /** The report condition the run must measure on every day for this metric, if any. */
    default Optional<ReportRequest.Measured> measured() {
        return Optional.empty();
    }

    /** The metric as a metrics.csv row. */
    default MetricRow row(PathResults results) {
        return new MetricRow(name(), estimate(results), meaning(), unit());
    }
}
