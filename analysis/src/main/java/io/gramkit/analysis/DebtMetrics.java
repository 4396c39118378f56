package io.gramkit.analysis;

import io.gramkit.interpreter.PathOutcomes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The debt block's metrics, defined once for metrics.csv and for comparisons ({@code gram rules
 * diff}): the shares of paths with a liquidation and with bad debt beyond the surplus buffer, the
 * 95% and 99% quantiles across paths of bad debt (value at risk of insolvent debt) and of
 * liquidation volume (liquidations at risk), and their means, read from paths.csv's debt columns.
 */
public final class DebtMetrics {
    private static final String SHARE = "fraction of paths";

    /** The shares of paths, which pair path by path. */
    public static final List<DebtMetric> SHARES = List.of(
            new DebtMetric(
                    "share_paths_with_liquidation",
                    "vaults_liquidated",
                    true,
                    "share of paths on which at least one vault was liquidated",
                    SHARE),
            new DebtMetric(
                    "share_paths_with_bad_debt",
                    "bad_debt",
                    true,
                    "share of paths on which auctions or a shutdown left any debt uncovered by collateral",
                    SHARE),
            new DebtMetric(
                    "share_paths_with_bad_debt_above_surplus",
                    "uncovered_bad_debt",
                    true,
                    "share of paths with bad debt the surplus buffer could not absorb",
                    SHARE));

    /** The quantiles across paths, which do not pair. */
    public static final List<DebtQuantile> QUANTILES = List.of(
            new DebtQuantile("bad_debt", 0.95, "bad debt over the horizon (value at risk of insolvent debt)"),
            new DebtQuantile("bad_debt", 0.99, "bad debt over the horizon (value at risk of insolvent debt)"),
            new DebtQuantile(
                    "liquidation_volume",
                    0.95,
                    "collateral liquidated over the horizon, at the oracle's price (liquidations at risk)"),
            new DebtQuantile(
                    "liquidation_volume",
                    0.99,
                    "collateral liquidated over the horizon, at the oracle's price (liquidations at risk)"));

    /** The means across paths, which pair path by path. */
    public static final List<DebtMetric> MEANS = List.of(
            new DebtMetric("mean_bad_debt", "bad_debt", false, "mean across paths of the bad debt", "USD"),
            new DebtMetric(
                    "mean_liquidation_volume",
                    "liquidation_volume",
                    false,
                    "mean across paths of the collateral liquidated, at the oracle's price",
                    "USD"));

    /** The metric names, in the order metrics.csv lists them. */
    public static final List<String> NAMES = Stream.of(
                    SHARES.stream().map(DebtMetric::name),
                    QUANTILES.stream().map(DebtQuantile::name),
                    MEANS.stream().map(DebtMetric::name))
            .flatMap(s -> s)
            .toList();

    private DebtMetrics() {}

    /** The metrics a comparison pairs path by path: the shares, then the means. */
    public static List<DebtMetric> paired() {
        List<DebtMetric> paired = new ArrayList<>(SHARES);
        paired.addAll(MEANS);
        return List.copyOf(paired);
    }

    /** The debt rows of metrics.csv. */
    public static List<MetricRow> of(PathOutcomes outcomes) {
        List<MetricRow> rows = new ArrayList<>();
        for (DebtMetric share : SHARES) {
            rows.add(row(share, Estimate.share(share.values(outcomes))));
        }
        for (DebtQuantile quantile : QUANTILES) {
            rows.add(new MetricRow(quantile.name(), quantile.estimate(outcomes), quantile.meaning(), "USD"));
        }
        for (DebtMetric mean : MEANS) {
            rows.add(row(mean, Estimate.mean(mean.values(outcomes))));
        }
        return rows;
    }

    /** Every quantile under run A and run B of the same paths. */
    public static List<DebtQuantile.Change> quantileChanges(PathOutcomes a, PathOutcomes b) {
        return QUANTILES.stream().map(q -> q.change(a, b)).toList();
    }

    private static MetricRow row(DebtMetric metric, Estimate estimate) {
        return new MetricRow(metric.name(), estimate, metric.meaning(), metric.unit());
    }
}
