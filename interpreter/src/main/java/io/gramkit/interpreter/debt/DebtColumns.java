package io.gramkit.interpreter.debt;

import io.gramkit.model.debt.DebtSystem;
import java.util.List;
import java.util.Optional;

/**
 * The debt block's per-path columns of paths.csv, written after the token's columns and only
 * when the scenario has a debt block. Totals run over days 1..T; levers are as the rules left
 * them at the end of day T.
 */
public final class DebtColumns {
    /** The columns, in the order paths.csv writes them. */
    public static final List<String> COLUMNS = List.of(
            "debt",
            "vault_collateral",
            "collateral_ratio",
            "min_collateral_ratio",
            "surplus",
            "bad_debt",
            "uncovered_bad_debt",
            "liquidation_volume",
            "vaults_liquidated",
            "auctions",
            "zero_bid_auctions",
            "auction_proceeds",
            "stability_fees_total",
            "borrowed_total",
            "repaid_total",
            "stability_fee",
            "debt_ceiling",
            "liquidation_ratio",
            "new_debt_allowed",
            "shutdown");

    private DebtColumns() {}

    /** The columns of a scenario with this debt block (none without one). */
    public static List<String> of(Optional<DebtSystem> debt) {
        return debt.isPresent() ? COLUMNS : List.of();
    }

    /** The value of {@code column} for one path's book at the horizon. */
    public static double value(DebtBook b, String column) {
        return switch (column) {
            case "debt" -> b.totalDebt;
            case "vault_collateral" -> b.totalCollateral;
            case "collateral_ratio" -> b.collateralRatio;
            case "min_collateral_ratio" -> b.minCollateralRatio;
            case "surplus" -> b.surplus;
            case "bad_debt" -> b.badDebtTotal;
            case "uncovered_bad_debt" -> b.uncoveredBadDebt;
            case "liquidation_volume" -> b.liquidationVolume;
            case "vaults_liquidated" -> b.vaultsLiquidated;
            case "auctions" -> b.auctions;
            case "zero_bid_auctions" -> b.zeroBidAuctions;
            case "auction_proceeds" -> b.proceedsTotal;
            case "stability_fees_total" -> b.accruedTotal;
            case "borrowed_total" -> b.borrowedTotal;
            case "repaid_total" -> b.repaidTotal;
            case "stability_fee" -> b.stabilityFee;
            case "debt_ceiling" -> b.debtCeiling;
            case "liquidation_ratio" -> b.liquidationRatio;
            case "new_debt_allowed" -> b.newDebtAllowed ? 1 : 0;
            case "shutdown" -> b.shutdown() ? 1 : 0;
            default -> throw new IllegalArgumentException("no debt column '" + column + "'");
        };
    }
}
