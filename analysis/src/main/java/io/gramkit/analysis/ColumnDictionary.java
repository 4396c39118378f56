package io.gramkit.analysis;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * columns.csv, written beside the output files: {@code file,name,kind,meaning,unit} for every
 * column of every CSV file, and for the long files (summary.csv, metrics.csv) every metric a row
 * can name ({@code kind} is {@code column} or {@code row}).
 */
public final class ColumnDictionary {
    /** One described column or row. */
    public record Entry(String file, String name, String kind, String meaning, String unit) {}

    private ColumnDictionary() {}

    public static List<Entry> entries(List<MetricRow> metricRows) {
        return entries(metricRows, DailyBands.PROBABILITIES);
    }

    /** The dictionary for a run whose daily bands have {@code bandLevels} (a report may add levels). */
    public static List<Entry> entries(List<MetricRow> metricRows, double[] bandLevels) {
        return entries(metricRows, bandLevels, List.of());
    }

    /** The dictionary with one summary.csv row per rule the run's summary counts changes for. */
    public static List<Entry> entries(List<MetricRow> metricRows, double[] bandLevels, List<String> rules) {
        List<Entry> out = new ArrayList<>();
        paths(out);
        pathMetrics(out);
        summary(out, rules);
        daily(out, bandLevels);
        DailyShares.describe(out);
        column(out, "metrics.csv", "metric", "name of the estimate (rows below)", "");
        column(out, "metrics.csv", "value", "the estimate", "per row");
        column(
                out,
                "metrics.csv",
                "standard_error",
                "Monte Carlo standard error of a share or mean; empty for quantiles",
                "per row");
        column(
                out,
                "metrics.csv",
                "ci95_low",
                "95% interval, low end: Wilson for shares, value - 1.96 se for means, order statistics for quantiles",
                "per row");
        column(out, "metrics.csv", "ci95_high", "95% interval, high end", "per row");
        column(
                out,
                "metrics.csv",
                "count",
                "paths the estimate is over (conditional metrics count only their paths)",
                "paths");
        for (MetricRow row : metricRows) {
            out.add(new Entry("metrics.csv", row.name(), "row", row.meaning(), row.unit()));
        }
        column(out, "columns.csv", "file", "the output file described", "");
        column(out, "columns.csv", "name", "column name, or metric name for kind row", "");
        column(out, "columns.csv", "kind", "column, or row for a metric of a long file", "");
        column(out, "columns.csv", "meaning", "what the value is", "");
        column(out, "columns.csv", "unit", "its unit", "");
        return out;
    }

    public static void write(List<Entry> entries, Writer out) throws IOException {
        Csv.row(out, "file", "name", "kind", "meaning", "unit");
        for (Entry e : entries) {
            Csv.row(out, e.file(), e.name(), e.kind(), e.meaning(), e.unit());
        }
    }

    private static void paths(List<Entry> out) {
        String f = "paths.csv";
        column(out, f, "path", "path number, from 0", "");
        column(out, f, "gold_price", "gold price at the horizon", "USD per gram");
        column(out, f, "supply", "token supply at the horizon", "tokens");
        column(out, f, "reserves", "gold reserves at the horizon", "grams");
        column(out, f, "cash", "cash reserves at the horizon", "USD");
        column(out, f, "market_price", "market price of one token at the horizon", "USD");
        column(out, f, "discount", "discount below one gram's gold value at the horizon", "fraction");
        column(out, f, "fee", "redemption fee the rules set for the day after the horizon", "fraction");
        column(out, f, "mint_enabled", "whether minting is allowed the day after the horizon", "1 or 0");
        column(out, f, "coverage", "reserve value over token liabilities at the horizon", "ratio");
        column(out, f, "redeemed_total", "tokens redeemed over days 1..T", "tokens");
        column(out, f, "unmet_total", "redemptions presented but not served over days 1..T", "tokens");
        column(out, f, "minted_total", "tokens minted over days 1..T", "tokens");
        column(out, f, "max_discount", "largest end-of-day discount over days 0..T", "fraction");
        column(out, f, "days_fee_raised", "days 1..T ending with the fee above the base fee", "days");
        column(out, f, "days_minting_halted", "days 1..T ending with minting halted", "days");
        // The extensions' columns (docs/model.md, "Extensions"), written only when switched on.
        column(
                out,
                f,
                "queue",
                "grams owed to served redeemers, not yet paid, at the horizon (settlement delay)",
                "grams");
        column(
                out,
                f,
                "queue_wait_days",
                "days the oldest unpaid redemption has waited at the horizon (settlement delay)",
                "days");
        column(out, f, "premium", "premium above one gram's gold value at the horizon (mint limit)", "fraction");
        column(out, f, "max_premium", "largest end-of-day premium over days 1..T (mint limit)", "fraction");
        column(out, f, "unmet_mint_total", "mint demand above the mint limit over days 1..T (mint limit)", "tokens");
        column(out, f, "gold_sold_total", "gold sold for cash by rebalancing over days 1..T", "grams");
        column(out, f, "gold_bought_total", "gold bought with cash by rebalancing over days 1..T", "grams");
        column(out, f, "custody_paid_total", "custody fees paid from cash over days 1..T", "USD");
        column(out, f, "custody_arrears", "custody fees owed and unpaid at the horizon", "USD");
        column(out, f, "fee_revenue", "redemption fees collected over days 1..T, each at its day's gold price", "USD");
        column(out, f, "shortfall_total", "gold found missing by the reserve shortfall", "grams");
        column(out, f, "treasury", "what is left in the outside treasury at the horizon", "USD");
        column(out, f, "topped_up_total", "cash moved from the treasury into the reserves over days 1..T", "USD");
        column(out, f, "bought_back_total", "tokens bought back from cash over days 1..T", "tokens");
        column(
                out,
                f,
                "redemption_limit",
                "daily redemption limit the rules set for the day after the horizon",
                "share of supply");
        column(
                out,
                f,
                "redemption_gate",
                "emergency redemption gate for the day after the horizon (1 = none)",
                "share of supply");
        column(out, f, "redemptions_open", "whether redemptions are open the day after the horizon", "1 or 0");
        // The market model's columns (docs/model.md, "Market model"), written only when it is on.
        column(out, f, "arb_capital", "arbitrage desks' capital at the horizon, free and owed to them", "USD");
        column(out, f, "arb_inventory", "tokens the arbitrage desks hold at the horizon", "tokens");
        column(out, f, "arb_bought_total", "tokens the desks bought on the venues over days 1..T", "tokens");
        column(out, f, "arb_redeemed_total", "tokens the desks had redeemed over days 1..T", "tokens");
        column(out, f, "arb_spent_total", "what the desks spent on the venues over days 1..T", "USD");
        column(out, f, "arb_received_total", "what redemptions paid the desks over days 1..T", "USD");
        column(out, f, "panic", "the holders' panic at the horizon", "share of holdings a day");
        column(out, f, "payout_gold_sold_total", "gold sold to pay redeemers over days 1..T", "grams");
        column(out, f, "fire_sale_loss_total", "the fire-sale haircut part of that gold", "grams");
        column(
                out,
                f,
                "<venue>_low",
                "the venue's low on day T (its worst price of the day's flow)",
                "grams per token");
        column(out, f, "<venue>_min_low", "the venue's lowest daily low over days 1..T", "grams per token");
        column(out, f, "<pool>_tokens", "a pool's token reserve at the horizon", "tokens");
        column(out, f, "<pool>_gold", "a pool's gold-value reserve at the horizon", "grams");
    }

    private static void pathMetrics(List<Entry> out) {
        String f = "path-metrics.csv";
        column(out, f, "path", "path number, from 0", "");
        column(out, f, "max_deviation_bp", "largest peg deviation (discount) over days 0..T", "bp");
        column(out, f, "mean_deviation_bp", "mean daily peg deviation over days 1..T", "bp");
        column(out, f, "day_of_max_discount", "first day the largest discount was reached (0: never off peg)", "day");
        column(out, f, "days_beyond_0.5pct", "days 1..T with a discount above 0.5%", "days");
        column(out, f, "days_beyond_1pct", "days 1..T with a discount above 1%", "days");
        column(out, f, "days_beyond_3pct", "days 1..T with a discount above 3%", "days");
        column(out, f, "share_days_within_1pct", "share of days 1..T with a discount of at most 1%", "fraction");
        column(out, f, "min_coverage", "lowest coverage over days 0..T", "ratio");
        column(out, f, "day_of_min_coverage", "first day the lowest coverage was reached", "day");
        column(
                out,
                f,
                "recovery_day",
                "first day after the largest discount with the discount back under 0.5%; empty if the path never reached 0.5% or had not recovered by the horizon",
                "day");
        column(out, f, "days_to_recover", "recovery_day - day_of_max_discount; empty as recovery_day", "days");
        column(
                out,
                f,
                "half_life_days",
                "days from the largest discount to the first day at most half of it; empty if never reached 0.5% or not halved by the horizon",
                "days");
    }

    private static void summary(List<Entry> out, List<String> rules) {
        String f = "summary.csv";
        column(out, f, "metric", "name of the headline number (rows below)", "");
        column(out, f, "value", "the number", "per row");
        column(out, f, "standard_error", "Monte Carlo standard error of a share; empty otherwise", "per row");
        row(out, f, "scenario", "scenario name", "");
        row(out, f, "paths", "number of paths", "paths");
        row(out, f, "horizon_days", "days simulated", "days");
        row(out, f, "seed", "random seed", "");
        row(out, f, "generator", "random generator and gold model", "");
        for (String quantity : List.of("discount", "coverage", "supply", "gold")) {
            for (double p : Summary.PROBABILITIES) {
                row(
                        out,
                        f,
                        quantity + "_q" + Metrics.percent(p),
                        Metrics.percent(p) + "% quantile across paths of " + quantity + " at the horizon",
                        unit(quantity));
            }
        }
        row(
                out,
                f,
                "share_max_discount_above_1pct",
                "share of paths whose largest discount exceeded 1%",
                "fraction of paths");
        row(
                out,
                f,
                "share_max_discount_above_10pct",
                "share of paths whose largest discount exceeded 10%",
                "fraction of paths");
        row(out, f, "share_minting_halted", "share of paths that halted minting at least once", "fraction of paths");
        for (String rule : rules) {
            row(out, f, "rule_changes: " + rule, "path-days on which rule '" + rule + "' changed a lever", "path-days");
        }
    }

    private static void daily(List<Entry> out, double[] bandLevels) {
        String f = "daily.csv";
        column(out, f, "day", "day, 0 = initial state", "day");
        for (String quantity : DailyBands.QUANTITIES) {
            for (double p : bandLevels) {
                column(
                        out,
                        f,
                        quantity + "_q" + Metrics.percent(p),
                        Metrics.percent(p) + "% quantile across paths (type 7) of end-of-day " + quantity,
                        unit(quantity));
            }
        }
    }

    private static String unit(String quantity) {
        return switch (quantity) {
            case "gold" -> "USD per gram";
            case "supply" -> "tokens";
            case "coverage" -> "ratio";
            default -> "fraction";
        };
    }

    private static void column(List<Entry> out, String file, String name, String meaning, String unit) {
        out.add(new Entry(file, name, "column", meaning, unit));
    }

    private static void row(List<Entry> out, String file, String name, String meaning, String unit) {
        out.add(new Entry(file, name, "row", meaning, unit));
    }
}
