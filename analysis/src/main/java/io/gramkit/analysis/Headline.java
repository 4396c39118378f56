package io.gramkit.analysis;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * A headline metric that is the mean across paths of one number per path: a share of paths (the
 * mean of a 0/1 indicator) or a mean. Because each has a per-path value, two runs on common random
 * numbers can be compared path by path ({@code gram compare}) and a condition on it can be searched
 * for ({@code gram reverse}).
 */
public record Headline(
        String name, String meaning, String unit, boolean isShare, BiFunction<PathResults, Integer, Double> perPath)
        implements Metric {

    public static final List<Headline> ALL = List.of(
            share(
                    "share_max_discount_above_0.5pct",
                    "share of paths whose largest discount exceeded 0.5%",
                    (r, p) -> r.outcomes().maxDiscount(p) > 0.005),
            share(
                    "share_max_discount_above_1pct",
                    "share of paths whose largest discount exceeded 1%",
                    (r, p) -> r.outcomes().maxDiscount(p) > 0.01),
            share(
                    "share_max_discount_above_3pct",
                    "share of paths whose largest discount exceeded 3%",
                    (r, p) -> r.outcomes().maxDiscount(p) > 0.03),
            share(
                    "share_max_discount_above_10pct",
                    "share of paths whose largest discount exceeded 10%",
                    (r, p) -> r.outcomes().maxDiscount(p) > 0.10),
            share(
                    "share_unrecovered",
                    "share of paths that left the 0.5% band and were not back under it at the horizon",
                    (r, p) -> r.metrics().depegged(p) && r.metrics().recoveryDay(p) == PathMetrics.NONE),
            share(
                    "share_minting_halted",
                    "share of paths that halted minting at least once",
                    (r, p) -> r.outcomes().daysMintingHalted(p) > 0),
            share(
                    "share_min_coverage_below_100pct",
                    "share of paths whose coverage fell below 100% on some day",
                    (r, p) -> r.metrics().minCoverage(p) < 1.0),
            share(
                    "share_coverage_below_100pct_at_horizon",
                    "share of paths with coverage below 100% at the horizon",
                    (r, p) -> r.outcomes().coverage(p) < 1.0),
            mean(
                    "mean_max_deviation_bp",
                    "mean across paths of the largest peg deviation",
                    "bp",
                    (r, p) -> r.metrics().maxDeviationBp(p)),
            mean(
                    "mean_deviation_bp",
                    "mean across paths of the path's mean daily peg deviation",
                    "bp",
                    (r, p) -> r.metrics().meanDeviationBp(p)),
            mean("mean_days_beyond_0.5pct", "mean number of days with a discount above 0.5%", "days", (r, p) ->
                    (double) r.metrics().daysBeyond(0, p)),
            mean("mean_days_beyond_1pct", "mean number of days with a discount above 1%", "days", (r, p) ->
                    (double) r.metrics().daysBeyond(1, p)),
            mean("mean_days_beyond_3pct", "mean number of days with a discount above 3%", "days", (r, p) ->
                    (double) r.metrics().daysBeyond(2, p)),
            mean(
                    "mean_share_days_within_1pct",
                    "mean across paths of the share of days with a discount of at most 1%",
                    "fraction",
                    (r, p) -> r.metrics().shareOfDaysWithin1Percent(p)),
            mean(
                    "mean_min_coverage",
                    "mean across paths of the lowest coverage",
                    "ratio",
                    (r, p) -> r.metrics().minCoverage(p)),
            mean(
                    "mean_coverage_at_horizon",
                    "mean coverage at the horizon",
                    "ratio",
                    (r, p) -> r.outcomes().coverage(p)),
            mean("mean_days_minting_halted", "mean number of days with minting halted", "days", (r, p) ->
                    (double) r.outcomes().daysMintingHalted(p)),
            mean("mean_days_fee_raised", "mean number of days with the raised redemption fee", "days", (r, p) ->
                    (double) r.outcomes().daysFeeRaised(p)));

    public static Optional<Headline> named(String name) {
        return ALL.stream().filter(h -> h.name.equals(name)).findFirst();
    }

    public static List<String> names() {
        return ALL.stream().map(Headline::name).toList();
    }

    /** One value per path: 1 or 0 for a share. */
    @Override
    public double[] values(PathResults results) {
        double[] values = new double[results.size()];
        for (int p = 0; p < values.length; p++) {
            values[p] = perPath.apply(results, p);
        }
        return values;
    }

    private static Headline share(String name, String meaning, BiFunction<PathResults, Integer, Boolean> test) {
        return new Headline(name, meaning, "fraction of paths", true, (r, p) -> test.apply(r, p) ? 1.0 : 0.0);
    }

    private static Headline mean(String name, String meaning, String unit, BiFunction<PathResults, Integer, Double> f) {
        return new Headline(name, meaning, unit, false, f);
    }
}
