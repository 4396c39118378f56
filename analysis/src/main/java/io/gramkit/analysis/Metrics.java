package io.gramkit.analysis;

import io.gramkit.model.RedemptionPolicy;
import io.gramkit.model.Scenario;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The answers analysts ask for beyond the summary (metrics.csv): every headline share and mean
 * with its standard error and 95% interval, recovery times among the paths that depegged,
 * quantiles of the worst deviation and the lowest coverage, value at risk and expected shortfall,
 * and the no-arbitrage band the redemption fees imply.
 */
public final class Metrics {
    /** Quantiles reported of the lowest coverage (the bad tail is low). */
    private static final double[] MIN_COVERAGE_PROBABILITIES = {0.01, 0.05, 0.25, 0.50};
    /** Quantiles reported of the largest deviation (the bad tail is high). */
    private static final double[] MAX_DEVIATION_PROBABILITIES = {0.50, 0.90, 0.95, 0.99};
    /** Levels of value at risk and expected shortfall. */
    private static final double[] TAIL_LEVELS = {0.95, 0.99};

    private Metrics() {}

    public static List<MetricRow> of(Scenario scenario, PathResults results) {
        List<MetricRow> rows = new ArrayList<>();
        for (Headline headline : Headline.ALL) {
            rows.add(new MetricRow(headline.name(), headline.estimate(results), headline.meaning(), headline.unit()));
        }
        recovery(results.metrics(), rows);
        double[] maxDeviation = results.metrics().column("max_deviation_bp");
        double[] minCoverage = results.metrics().column("min_coverage");
        quantiles(rows, "min_coverage", minCoverage, MIN_COVERAGE_PROBABILITIES, "lowest coverage", "ratio");
        quantiles(rows, "max_deviation_bp", maxDeviation, MAX_DEVIATION_PROBABILITIES, "largest peg deviation", "bp");
        double[] shortfall = Arrays.stream(minCoverage).map(c -> 1 - c).toArray();
        tail(rows, "max_deviation_bp", maxDeviation, "the largest peg deviation", "bp");
        tail(rows, "coverage_shortfall", shortfall, "the coverage shortfall 1 - lowest coverage", "ratio");
        RedemptionPolicy fees = scenario.redemption();
        rows.add(exact(
                "no_arbitrage_band_bp_base_fee",
                10_000 * fees.baseFee(),
                "discount up to which redeeming does not pay at the base fee",
                "bp"));
        rows.add(exact(
                "no_arbitrage_band_bp_raised_fee",
                10_000 * fees.raisedFee(),
                "discount up to which redeeming does not pay at the raised fee",
                "bp"));
        return rows;
    }

    private static void recovery(PathMetrics metrics, List<MetricRow> rows) {
        int n = metrics.size();
        long depegged = 0;
        long recovered = 0;
        for (int p = 0; p < n; p++) {
            if (metrics.depegged(p)) {
                depegged++;
                recovered += metrics.recoveryDay(p) != PathMetrics.NONE ? 1 : 0;
            }
        }
        rows.add(new MetricRow(
                "share_recovered_of_depegged",
                depegged == 0 ? undefined() : Estimate.of(new Share(recovered, depegged)),
                "among paths that left the 0.5% band, the share back under it by the horizon",
                "fraction of depegged paths"));
        rows.add(new MetricRow(
                "mean_days_to_recover",
                Estimate.mean(metrics.column("days_to_recover")),
                "among recovered paths, mean days from the largest discount back to under 0.5%",
                "days"));
        rows.add(new MetricRow(
                "mean_half_life_days",
                Estimate.mean(metrics.column("half_life_days")),
                "among depegged paths whose discount halved, mean days from the largest discount to half of it",
                "days"));
    }

    private static void quantiles(
            List<MetricRow> rows, String name, double[] values, double[] probabilities, String what, String unit) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        for (double p : probabilities) {
            rows.add(new MetricRow(
                    name + "_q" + percent(p),
                    Quantiles.estimate(sorted, p),
                    percent(p) + "% quantile across paths of the " + what,
                    unit));
        }
    }

    private static void tail(List<MetricRow> rows, String name, double[] losses, String what, String unit) {
        for (double level : TAIL_LEVELS) {
            TailRisk risk = TailRisk.of(losses, level);
            rows.add(new MetricRow(
                    "var" + percent(level) + "_" + name,
                    risk.valueAtRisk(),
                    percent(level) + "% value at risk (quantile across paths) of " + what,
                    unit));
            rows.add(new MetricRow(
                    "es" + percent(level) + "_" + name,
                    risk.expectedShortfall(),
                    percent(level) + "% expected shortfall (mean of the worst " + complementPercent(level)
                            + "% of paths) of " + what,
                    unit));
        }
    }

    private static MetricRow exact(String name, double value, String meaning, String unit) {
        return new MetricRow(name, new Estimate(value, Double.NaN, Double.NaN, Double.NaN, 0), meaning, unit);
    }

    private static Estimate undefined() {
        return new Estimate(Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);
    }

    /** {@code 05}, {@code 50}, {@code 99}; a level between whole percents as {@code 2.5} or {@code 99.9}. */
    /** {@code 1 - level} in percent as a person writes it: 1 for 0.99, not 1.0000000000000009. */
    static String complementPercent(double level) {
        return BigDecimal.ONE
                .subtract(new BigDecimal(Double.toString(level)))
                .movePointRight(2)
                .stripTrailingZeros()
                .toPlainString();
    }

    static String percent(double p) {
        BigDecimal percent =
                new BigDecimal(Double.toString(p)).movePointRight(2).stripTrailingZeros();
        return percent.scale() <= 0 ? String.format(Locale.ROOT, "%02d", percent.intValue()) : percent.toPlainString();
    }
}
