package io.gramkit.analysis;

import io.gramkit.interpreter.PathOutcomes;

/** Everything known per path after a run: the model's outcomes (paths.csv) and the peg metrics (path-metrics.csv). */
public record PathResults(PathOutcomes outcomes, PathMetrics metrics) {

    public PathResults {
        if (outcomes.size() != metrics.size()) {
            throw new IllegalArgumentException(outcomes.size() + " outcomes but " + metrics.size() + " metric rows");
        }
    }

    public int size() {
        return outcomes.size();
    }
}
