package io.gramkit.cli;

import io.gramkit.Gram;
import io.gramkit.GramMetrics;
import io.gramkit.GramRecommend;
import io.gramkit.GramScenario;
import io.gramkit.analysis.Condition;
import io.gramkit.analysis.Estimate;
import io.gramkit.analysis.Metric;
import io.gramkit.analysis.PolicySetting;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "recommend",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Searches policy settings on common random numbers: reports the combinations that meet a "
                    + "requirement, the best of them by an objective, and how confident that choice is.",
            "Example: gram recommend reference-v1.gram --vary \"raised_fee in 1%%..3%% step 0.5%%\" "
                    + "--vary \"daily_limit in 1%%,2%%,3%%\" --require \"share_max_discount_above_10pct < 5%%\" "
                    + "--minimise mean_max_deviation_bp"
        })
final class RecommendCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The scenario file (.gram).")
    Path file;

    @Option(
            names = "--vary",
            required = true,
            paramLabel = "SETTING",
            description =
                    "'<setting> in <from>..<to> step <step>' or '<setting> in <v1>,<v2>,...'; settings: "
                            + "fee, raised_fee, wide_discount, calm_discount, daily_limit, minimum_coverage. Repeat to vary several.")
    List<String> vary;

    @Option(
            names = "--require",
            required = true,
            paramLabel = "CONDITION",
            description =
                    "'<metric> <op> <value>', e.g. \"probability[discount > 5%%] < 10%%\" (docs/analysis.md#metrics).")
    String require;

    @Option(
            names = "--minimise",
            required = true,
            paramLabel = "METRIC",
            description = "The metric to make smallest, e.g. mean_max_deviation_bp or \"mean[max discount]\".")
    String minimise;

    @Mixin
    RunSettings runSettings;

    @Override
    public Integer call() {
        runSettings.validate();
        List<PolicySetting> settings = new ArrayList<>();
        Condition requirement;
        Metric objective;
        try {
            Set<String> names = new HashSet<>();
            for (String text : vary) {
                PolicySetting setting = PolicySetting.parse(text);
                if (!names.add(setting.name())) {
                    throw new IllegalArgumentException("'" + setting.name() + "' is varied twice");
                }
                settings.add(setting);
            }
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
        requirement = GramMetrics.condition("--require", require);
        objective = GramMetrics.metric("--minimise", minimise);
        GramScenario scenario = runSettings.applyTo(Gram.load(file));
        Warnings.print(spec, scenario.warnings());
        GramRecommend.Result result = GramRecommend.search(scenario, settings, requirement, objective);
        spec.commandLine().getOut().print(render(scenario, result));
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }

    static String render(GramScenario scenario, GramRecommend.Result r) {
        StringBuilder out = new StringBuilder();
        boolean reqShare = r.requirement().metric().isFraction();
        boolean objShare = r.objective().isFraction();
        out.append(scenario.scenario().name()).append(": policy search\n");
        out.append(String.format(
                Locale.ROOT,
                "  require %s %s %s, minimise %s;  %,d paths per run, seed %d, %d runs on "
                        + "common random numbers%n%n",
                r.requirement().metric().name(),
                r.requirement().op(),
                r.requirement().written(),
                r.objective().name(),
                scenario.scenario().paths(),
                scenario.scenario().seed(),
                r.candidates().size()));
        out.append(String.format(
                Locale.ROOT, "  %-40s %24s %24s  %s%n", "settings", "requirement (95% CI)", "objective (se)", "meets"));
        for (GramRecommend.Candidate c : r.candidates()) {
            out.append(String.format(
                    Locale.ROOT,
                    "  %-40s %24s %24s  %s%n",
                    settings(c.settings()),
                    value(c.requirement().value(), reqShare) + " ["
                            + value(c.requirement().low(), reqShare) + ", "
                            + value(c.requirement().high(), reqShare) + "]",
                    value(c.objective().value(), objShare) + " ("
                            + value(c.objective().standardError(), objShare) + ")",
                    c.meetsWithConfidence()
                            ? "yes, 95% interval inside"
                            : c.meets() ? "yes, but the interval crosses" : "no"));
        }
        for (String skipped : r.skipped()) {
            out.append("  skipped ").append(skipped).append('\n');
        }
        out.append('\n');
        if (r.best().isEmpty()) {
            out.append("  no combination tried meets the requirement\n");
            return out.toString();
        }
        GramRecommend.Candidate best = r.best().get();
        out.append("  best: ")
                .append(settings(best.settings()))
                .append(String.format(
                        Locale.ROOT,
                        " with %s = %s%n",
                        r.objective().name(),
                        value(best.objective().value(), objShare)));
        out.append(
                best.meetsWithConfidence()
                        ? "  it meets the requirement with its whole 95% interval\n"
                        : "  it meets the requirement by its estimate, but the 95% interval crosses the threshold: run more paths\n");
        if (r.runnerUp().isPresent() && r.bestMinusRunnerUp().isPresent()) {
            Estimate gap = r.bestMinusRunnerUp().get();
            String confidence = gap.standardError() > 0
                    ? String.format(Locale.ROOT, "z = %.1f", gap.value() / gap.standardError())
                    : gap.value() == 0 ? "identical on every path: a tie" : "the same difference on every path";
            out.append("  runner-up: ")
                    .append(settings(r.runnerUp().get().settings()))
                    .append(String.format(
                            Locale.ROOT,
                            "; worse by %s (paired se %s, %s)%n",
                            value(gap.value(), objShare),
                            value(gap.standardError(), objShare),
                            confidence));
        }
        return out.toString();
    }

    private static String settings(Map<String, Double> settings) {
        return settings.entrySet().stream()
                .map(e -> e.getKey() + " "
                        + String.format(
                                Locale.ROOT,
                                "%s%%",
                                // 12 significant digits: a stepped grid's 0.7000000000000001% reads 0.7%
                                new java.math.BigDecimal(100 * e.getValue())
                                        .round(new java.math.MathContext(12))
                                        .stripTrailingZeros()
                                        .toPlainString()))
                .collect(Collectors.joining(", "));
    }

    private static String value(double v, boolean share) {
        if (Double.isNaN(v)) {
            return "-";
        }
        return share ? String.format(Locale.ROOT, "%.2f%%", 100 * v) : String.format(Locale.ROOT, "%.4g", v);
    }
}
