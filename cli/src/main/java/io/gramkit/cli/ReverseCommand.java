package io.gramkit.cli;

import io.gramkit.Gram;
import io.gramkit.GramMetrics;
import io.gramkit.GramReverse;
import io.gramkit.GramScenario;
import io.gramkit.analysis.Condition;
import io.gramkit.analysis.Crossing;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "reverse",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Reverse stress test: finds the smallest size of a shock at which a condition on a metric "
                    + "holds. Scans a grid of sizes on common random numbers (the response need not be monotone), refines "
                    + "every change of the condition by bisection, and reports each with its uncertainty.",
            "Example: gram reverse reference-v1.gram --shock \"Two-day drop\" --until \"share_max_discount_above_10pct >= 50%%\""
        })
final class ReverseCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The scenario file (.gram).")
    java.nio.file.Path file;

    @Option(
            names = "--shock",
            required = true,
            paramLabel = "NAME",
            description = "The shock to resize (a drop or a rise).")
    String shock;

    @Option(
            names = "--until",
            required = true,
            paramLabel = "CONDITION",
            description = "'<metric> <op> <value>': op one of >= > <= <; a share takes a percentage, e.g."
                    + " \"share[max discount > 5%%] >= 50%%\" (docs/analysis.md#metrics).")
    String until;

    @Option(
            names = "--from",
            paramLabel = "SIZE",
            defaultValue = "0%",
            description = "Smallest size scanned (default: ${DEFAULT-VALUE}).")
    String from;

    @Option(
            names = "--to",
            paramLabel = "SIZE",
            defaultValue = "50%",
            description = "Largest size scanned (default: ${DEFAULT-VALUE}).")
    String to;

    @Option(
            names = "--steps",
            paramLabel = "N",
            defaultValue = "20",
            description = "Grid intervals (default: ${DEFAULT-VALUE}).")
    int steps;

    @Option(
            names = "--bisections",
            paramLabel = "N",
            defaultValue = "6",
            description = "Halvings of each crossing's bracket (default: ${DEFAULT-VALUE}).")
    int bisections;

    @Mixin
    RunSettings runSettings;

    @Override
    public Integer call() {
        runSettings.validate();
        if (steps < 1 || bisections < 0) {
            throw new UsageError("--steps must be positive and --bisections not negative");
        }
        Condition condition = GramMetrics.condition("--until", until);
        double low;
        double high;
        try {
            low = size("--from", from);
            high = size("--to", to);
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
        GramScenario scenario = runSettings.applyTo(Gram.load(file));
        Warnings.print(spec, scenario.warnings());
        GramReverse.Result result;
        try {
            result = GramReverse.search(scenario, shock, condition, low, high, steps, bisections);
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
        spec.commandLine().getOut().print(render(scenario, result));
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }

    private static double size(String option, String text) {
        String number = text.endsWith("%") ? text.substring(0, text.length() - 1) : text;
        try {
            return new java.math.BigDecimal(number)
                    .movePointLeft(text.endsWith("%") ? 2 : 0)
                    .doubleValue();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " expects a size such as 20% or 0.2, got '" + text + "'");
        }
    }

    static String render(GramScenario scenario, GramReverse.Result r) {
        StringBuilder out = new StringBuilder();
        boolean share = r.condition().metric().isFraction();
        out.append(scenario.scenario().name())
                .append(": reverse stress test of shock '")
                .append(r.shock())
                .append("'\n");
        out.append(String.format(
                Locale.ROOT,
                "  until %s %s %s;  %,d paths per run, seed %d, %d runs on common random numbers%n%n",
                r.condition().metric().name(),
                r.condition().op(),
                r.condition().written(),
                scenario.scenario().paths(),
                scenario.scenario().seed(),
                r.runs()));
        out.append(String.format(
                Locale.ROOT, "  %8s %12s %11s  %-22s %s%n", "size", "metric", "std error", "95% interval", "holds"));
        for (GramReverse.Point p : r.grid()) {
            out.append(String.format(
                    Locale.ROOT,
                    "  %7.2f%% %12s %11s  %-22s %s%n",
                    100 * p.size(),
                    value(p.metric().value(), share),
                    p.metric().standardError() == 0 && share
                            ? "-"
                            : value(p.metric().standardError(), share),
                    "[" + value(p.metric().low(), share) + ", "
                            + value(p.metric().high(), share) + "]",
                    p.holds() ? "yes" : "no"));
        }
        out.append('\n');
        if (r.crossings().isEmpty()) {
            out.append("  the condition does not change between the sizes scanned\n");
        }
        int i = 1;
        for (Crossing c : r.crossings()) {
            out.append(String.format(
                    Locale.ROOT,
                    "  crossing %d: the condition %s between %.3f%% and %.3f%%; holds at %.3f%% "
                            + "(metric %s, 95%% interval [%s, %s]), uncertainty +-%.3f%%%n",
                    i++,
                    c.starts() ? "starts to hold" : "stops holding",
                    100 * c.below(),
                    100 * c.above(),
                    100 * c.size(),
                    value(c.metricAtSize(), share),
                    value(c.lowAtSize(), share),
                    value(c.highAtSize(), share),
                    100 * c.uncertainty()));
        }
        if (r.breakingSize().isEmpty()) {
            out.append("\n  no size scanned meets the condition\n");
        } else if (r.breaking().isEmpty()) {
            out.append(String.format(
                    Locale.ROOT,
                    "%n  the condition already holds at the smallest size scanned, %.3f%%%n",
                    100 * r.breakingSize().get()));
        } else {
            Crossing c = r.breaking().get();
            out.append(String.format(
                    Locale.ROOT,
                    "%n  smallest breaking size: %.3f%% +- %.3f%%%s%n",
                    100 * c.size(),
                    100 * c.uncertainty(),
                    r.crossings().size() > 1 ? " (the response is not monotone: see every crossing above)" : ""));
        }
        out.append(
                "  uncertainty: bisection bracket + half the metric's 95% interval / slope of the metric between grid"
                        + " points\n  (Wilson intervals for shares: honest where no path, or every path, hits and the"
                        + " std error is 0)\n");
        return out.toString();
    }

    private static String value(double v, boolean share) {
        if (Double.isNaN(v)) {
            return "-";
        }
        return share ? String.format(Locale.ROOT, "%.2f%%", 100 * v) : String.format(Locale.ROOT, "%.4g", v);
    }
}
