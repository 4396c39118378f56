package io.gramkit.analysis;

import io.gramkit.interpreter.PathOutcomes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The debt block's rows of metrics.csv: the shares of paths with a liquidation and with bad debt
 * beyond the surplus buffer, and the 95% and 99% quantiles across paths of bad debt (value at risk
 * of insolvent debt) and of liquidation volume (liquidations at risk), read from paths.csv's debt
 * columns.
 */
public final class DebtMetrics {
    /** The metric names, in the order metrics.csv lists them. */
    public static final List<String> NAMES = List.of(
            "share_paths_with_liquidation",
            "share_paths_with_bad_debt",
            "share_paths_with_bad_debt_above_surplus",
            "bad_debt_q95",
            "bad_debt_q99",
            "liquidation_volume_q95",
            "liquidation_volume_q99",
            "mean_bad_debt",
            "mean_liquidation_volume");

    private DebtMetrics() {}

    public static List<MetricRow> of(PathOutcomes outcomes) {
        int n = outcomes.size();
        double[] bad = outcomes.column("bad_debt");
        double[] uncovered = outcomes.column("uncovered_bad_debt");
        double[] volume = outcomes.column("liquidation_volume");
        double[] liquidated = outcomes.column("vaults_liquidated");
        List<MetricRow> rows = new ArrayList<>();
        rows.add(new MetricRow(
                "share_paths_with_liquidation",
                Estimate.of(
                        new Share(Arrays.stream(liquidated).filter(v -> v > 0).count(), n)),
                "share of paths on which at least one vault was liquidated",
                "fraction of paths"));
        rows.add(new MetricRow(
                "share_paths_with_bad_debt",
                Estimate.of(new Share(Arrays.stream(bad).filter(v -> v > 0).count(), n)),
                "share of paths on which auctions or a shutdown left any debt uncovered by collateral",
                "fraction of paths"));
        rows.add(new MetricRow(
                "share_paths_with_bad_debt_above_surplus",
                Estimate.of(
                        new Share(Arrays.stream(uncovered).filter(v -> v > 0).count(), n)),
                "share of paths with bad debt the surplus buffer could not absorb",
                "fraction of paths"));
        quantiles(rows, "bad_debt", bad, "bad debt over the horizon (value at risk of insolvent debt)");
        quantiles(
                rows,
                "liquidation_volume",
                volume,
                "collateral liquidated over the horizon, at the oracle's price (liquidations at risk)");
        rows.add(new MetricRow("mean_bad_debt", Estimate.mean(bad), "mean across paths of the bad debt", "USD"));
        rows.add(new MetricRow(
                "mean_liquidation_volume",
                Estimate.mean(volume),
                "mean across paths of the collateral liquidated, at the oracle's price",
                "USD"));
        return rows;
    }

    private static void quantiles(List<MetricRow> rows, String name, double[] values, String what) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        for (double p : new double[] {0.95, 0.99}) {
            rows.add(new MetricRow(
                    name + "_q" + Metrics.percent(p),
                    Quantiles.estimate(sorted, p),
                    Metrics.percent(p) + "% quantile across paths of the " + what,
                    "USD"));
        }
    }
}
