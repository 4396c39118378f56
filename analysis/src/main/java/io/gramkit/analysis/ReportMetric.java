package io.gramkit.analysis;

import io.gramkit.model.policy.ReportRequest;
import java.util.Optional;

/**
 * A condition measured on every day of every path, as a scenario's {@code report} block measures
 * it: {@code probability[<condition>]}, the share of paths on which it holds on at least one day,
 * or {@code mean_days[<condition>]}, the mean number of days on which it holds. A run measures it
 * when its scenario's report block or the metrics asked of the run name it.
 */
public record ReportMetric(boolean probability, ReportRequest.Measured condition) implements Metric {
    public static final String PROBABILITY = "probability";
    public static final String MEAN_DAYS = "mean_days";

    @Override
    public String name() {
        return (probability ? PROBABILITY : MEAN_DAYS) + "[" + condition.text() + "]";
    }

    @Override
    public String meaning() {
        return probability
                ? "share of paths on which '" + condition.text() + "' holds on at least one day"
                : "mean number of days (1 to horizon) on which '" + condition.text() + "' holds, per path";
    }

    @Override
    public String unit() {
        return probability ? "fraction of paths" : "days";
    }

    @Override
    public boolean isShare() {
        return probability;
    }

    @Override
    public double[] values(PathResults results) {
        return results.reported(name())
                .orElseThrow(() -> new IllegalStateException("the run did not measure " + name()
                        + "; ask for it before running (GramScenario.withMetrics)"));
    }

    @Override
    public Optional<ReportRequest.Measured> measured() {
        return Optional.of(condition);
    }

    /** The key under which runs keep a report metric's per-path values: its name without spaces. */
    public static String key(String name) {
        return name.replaceAll("\\s+", "");
    }
}
