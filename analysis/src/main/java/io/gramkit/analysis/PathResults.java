package io.gramkit.analysis;

import io.gramkit.interpreter.PathOutcomes;
import java.util.Map;
import java.util.Optional;

/**
 * Everything known per path after a run: the model's outcomes (paths.csv), the peg metrics
 * (path-metrics.csv) and the per-path values of the report conditions the run measured, keyed by
 * {@link ReportMetric#key(String) their metric's name without spaces}.
 */
public record PathResults(PathOutcomes outcomes, PathMetrics metrics, Map<String, double[]> reported) {

    public PathResults {
        if (outcomes.size() != metrics.size()) {
            throw new IllegalArgumentException(outcomes.size() + " outcomes but " + metrics.size() + " metric rows");
        }
        reported = Map.copyOf(reported);
    }

    /** Results without report conditions. */
    public PathResults(PathOutcomes outcomes, PathMetrics metrics) {
        this(outcomes, metrics, Map.of());
    }

    public int size() {
        return outcomes.size();
    }

    /** The per-path values of a report metric ({@code probability[...]}, {@code mean_days[...]}), if measured. */
    public Optional<double[]> reported(String metricName) {
        return Optional.ofNullable(reported.get(ReportMetric.key(metricName)));
    }
}
