package io.gramkit.model.debt;

import io.gramkit.diagnostic.SourceSpan;

/**
 * Vault holders who defend their vaults: each day a group whose ratio (at the oracle's price) is
 * above the liquidation ratio and at or below {@code alertRatio} closes {@code dailyShare} of its
 * gap to {@code targetRatio}, by adding collateral or by repaying debt. A group moves as a whole,
 * so "a share h of the vaults restore the target" is modelled as every vault closing h of its gap:
 * the same change in the group's collateral and debt that day, with its vaults kept alike.
 *
 * @param alertRatio  ratio at or below which holders act (above the liquidation ratio)
 * @param targetRatio ratio they restore, above the alert ratio
 * @param dailyShare  share of the gap closed per day, in [0, 1]
 * @param kind        how they restore it
 */
public record HolderAction(SourceSpan span, double alertRatio, double targetRatio, double dailyShare, Kind kind) {
    /** How holders restore their ratio. */
    public enum Kind {
        /** Add collateral tokens from outside the system. */
        ADD_COLLATERAL,
        /** Repay debt with dollars bought outside the system; the repaid dollars are burned. */
        REPAY
    }

    public HolderAction {
        DebtCheck.present("span", span);
        DebtCheck.positive("alert ratio", alertRatio);
        DebtCheck.positive("target ratio", targetRatio);
        if (!(targetRatio > alertRatio)) {
            throw new IllegalArgumentException(
                    "the target ratio " + targetRatio + " must be above the alert ratio " + alertRatio);
        }
        DebtCheck.fraction("holder action share", dailyShare);
        DebtCheck.present("holder action", kind);
    }
}
