package io.gramkit.cli;

import io.gramkit.GramMetrics;
import io.gramkit.analysis.Metric;
import io.gramkit.diagnostic.Diagnostic;
import io.gramkit.diagnostic.InputException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --metric M}, repeatable: metrics of the one metric grammar (docs/analysis.md, "Metrics")
 * that a command reports besides its own, e.g. {@code --metric "share[max discount > 5%]"}.
 */
final class MetricOptions {
    @Option(
            names = "--metric",
            paramLabel = "METRIC",
            description =
                    "Also report this metric, e.g. \"share[max discount > 5%%]\" or \"probability[discount > 5%%]\""
                            + " (docs/analysis.md#metrics); repeat for several.")
    List<String> metrics;

    /** The metrics, every problem of every option reported at once. */
    List<Metric> parse() {
        List<Metric> parsed = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        for (String text : metrics == null ? List.<String>of() : metrics) {
            try {
                parsed.add(GramMetrics.metric("--metric", text));
            } catch (InputException e) {
                problems.addAll(e.diagnostics());
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return parsed;
    }
}
