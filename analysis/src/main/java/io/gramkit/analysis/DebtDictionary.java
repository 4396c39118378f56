package io.gramkit.analysis;

import java.util.List;

/** The debt block's entries of columns.csv: its paths.csv columns and debt-daily.csv. */
public final class DebtDictionary {
    private DebtDictionary() {}

    public static void describe(List<ColumnDictionary.Entry> out) {
        String f = "paths.csv";
        column(out, f, "debt", "debt of the open vaults at the horizon", "USD");
        column(out, f, "vault_collateral", "collateral of the open vaults at the horizon", "tokens");
        column(
                out,
                f,
                "collateral_ratio",
                "open vaults' collateral at the oracle's price over their debt at the horizon (Infinity: no debt left)",
                "ratio");
        column(out, f, "min_collateral_ratio", "lowest end-of-day collateral ratio over days 0..T with debt", "ratio");
        column(out, f, "surplus", "surplus buffer at the horizon", "USD");
        column(out, f, "bad_debt", "debt that auctions and settlement left uncovered over days 1..T", "USD");
        column(
                out,
                f,
                "uncovered_bad_debt",
                "bad debt the surplus buffer could not absorb when it arose, over days 1..T",
                "USD");
        column(
                out,
                f,
                "liquidation_volume",
                "collateral seized by liquidations over days 1..T, at the oracle's price that day",
                "USD");
        column(out, f, "vaults_liquidated", "vaults liquidated over days 1..T", "vaults");
        column(out, f, "auctions", "liquidation auctions (one per vault group liquidated) over days 1..T", "auctions");
        column(out, f, "zero_bid_auctions", "auctions that raised nothing over days 1..T", "auctions");
        column(out, f, "auction_proceeds", "dollars raised by auctions over days 1..T", "USD");
        column(out, f, "stability_fees_total", "stability fees accrued over days 1..T", "USD");
        column(out, f, "borrowed_total", "new debt drawn over days 1..T", "USD");
        column(out, f, "repaid_total", "debt repaid by holders over days 1..T", "USD");
        column(out, f, "stability_fee", "annual stability fee the rules set for the day after the horizon", "fraction");
        column(out, f, "debt_ceiling", "debt ceiling the rules set for the day after the horizon", "USD");
        column(out, f, "liquidation_ratio", "liquidation ratio the rules set for the day after the horizon", "ratio");
        column(out, f, "new_debt_allowed", "whether new debt may be drawn the day after the horizon", "1 or 0");
        column(out, f, "shutdown", "whether the system is shut down (or will be the next day)", "1 or 0");
        DebtDaily.describe(out);
    }

    private static void column(
            List<ColumnDictionary.Entry> out, String file, String name, String meaning, String unit) {
        out.add(new ColumnDictionary.Entry(file, name, "column", meaning, unit));
    }
}
