package io.gramkit.model.policy;

import io.gramkit.diagnostic.SourceSpan;
import java.util.List;
import java.util.Objects;

/**
 * The scenario's {@code report} block: extra quantile levels for the daily bands, and conditions
 * whose probability (on any day of a path) and day counts the run reports.
 *
 * @param quantiles   levels in (0, 1), ascending, without repeats; empty means the kit's defaults
 */
public record ReportRequest(
        SourceSpan span, List<Double> quantiles, List<Measured> probabilities, List<Measured> dayCounts) {

    public ReportRequest {
        Objects.requireNonNull(span, "span");
        quantiles = List.copyOf(quantiles);
        probabilities = List.copyOf(probabilities);
        dayCounts = List.copyOf(dayCounts);
        for (int i = 0; i < quantiles.size(); i++) {
            double q = quantiles.get(i);
            if (!(q > 0 && q < 1) || (i > 0 && !(q > quantiles.get(i - 1)))) {
                throw new IllegalArgumentException("quantiles must ascend within (0, 1): " + quantiles);
            }
        }
    }

    /** No report block. */
    public static ReportRequest none(SourceSpan span) {
        return new ReportRequest(span, List.of(), List.of(), List.of());
    }

    /** A condition the report measures, with its text as written ({@code coverage < 100%}). */
    public record Measured(SourceSpan span, String text, Condition condition) {
        public Measured {
            Objects.requireNonNull(span, "span");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(condition, "condition");
        }
    }
}
