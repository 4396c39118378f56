package io.gramkit.interpreter.debt;

import java.util.ArrayList;
import java.util.List;

/**
 * The debt block's accounting identities (docs/model.md, "The debt block"), checked on one
 * path's book at the end of a day. Sums run over different orders than the step's, so each holds
 * to a relative 1e-9 of the amounts involved.
 */
public final class DebtIdentities {
    private DebtIdentities() {}

    /** The identities that do not hold, in words; empty when all hold. */
    public static List<String> broken(DebtBook b) {
        List<String> broken = new ArrayList<>();
        double debt0 = b.system.initialDebt();
        double collateral0 = 0;
        for (int g = 0; g < b.vaults.length; g++) {
            var group = b.system.vaults().get(g);
            collateral0 += group.count() * ((group.collateralRatio() * group.debtPerVault()) / openingPrice(b));
        }
        check(
                broken,
                "debt",
                b.totalDebt,
                debt0 + b.accruedTotal + b.borrowedTotal - b.repaidTotal - b.liquidatedDebtTotal - b.settledDebt,
                debt0 + b.accruedTotal + b.borrowedTotal);
        check(
                broken,
                "collateral",
                b.totalCollateral,
                collateral0
                        + b.collateralAddedTotal
                        + b.collateralPostedTotal
                        - b.collateralSeizedTotal
                        - b.collateralClosedTotal
                        - b.collateralSettledTotal
                        - b.collateralReleasedAtShutdown,
                collateral0 + b.collateralAddedTotal + b.collateralPostedTotal);
        check(
                broken,
                "auctions",
                b.collateralSeizedTotal,
                b.collateralSoldTotal + b.collateralGivenAwayTotal + b.collateralReturnedTotal,
                b.collateralSeizedTotal);
        check(
                broken,
                "surplus",
                b.surplus,
                b.system.surplusBuffer() + b.accruedTotal + b.penaltyIncomeTotal - b.absorbedTotal,
                b.system.surplusBuffer() + b.accruedTotal + b.penaltyIncomeTotal);
        check(broken, "bad debt", b.badDebtTotal, b.absorbedTotal + b.uncoveredBadDebt, b.badDebtTotal);
        check(
                broken,
                "recoveries",
                b.proceedsTotal + b.settledValue + b.badDebtTotal,
                b.liquidatedDebtTotal + b.settledDebt + b.penaltyIncomeTotal,
                b.liquidatedDebtTotal + b.settledDebt + b.penaltyIncomeTotal);
        if (b.surplus < 0 || b.uncoveredBadDebt < 0 || b.totalDebt < 0 || b.totalCollateral < 0) {
            broken.add("a balance below zero: surplus " + b.surplus + ", uncovered " + b.uncoveredBadDebt + ", debt "
                    + b.totalDebt + ", collateral " + b.totalCollateral);
        }
        if (b.penaltyIncomeTotal > b.system.liquidationPenalty() * b.liquidatedDebtTotal * (1 + 1e-12)) {
            broken.add("penalty income " + b.penaltyIncomeTotal + " above the penalty on the debt liquidated");
        }
        return broken;
    }

    private static double openingPrice(DebtBook b) {
        return b.openingPrice;
    }

    private static void check(List<String> broken, String name, double actual, double expected, double scale) {
        if (Math.abs(actual - expected) > 1e-9 * Math.max(1.0, Math.abs(scale))) {
            broken.add(name + ": " + actual + " != " + expected);
        }
    }
}
