package io.gramkit.model.debt;

import io.gramkit.diagnostic.SourceSpan;

/**
 * New debt: each day, while new debt is allowed, holders draw {@code dailyShare} of yesterday's
 * total debt, up to the debt ceiling, posting collateral at {@code openingRatio} at the oracle's
 * price. New debt is spread over the live groups in proportion to their debt.
 *
 * @param dailyShare   new debt per day as a share of yesterday's debt, in [0, 1]
 * @param openingRatio collateral ratio of the new debt, above the liquidation ratio
 */
public record Borrowing(SourceSpan span, double dailyShare, double openingRatio) {
    public Borrowing {
        DebtCheck.present("span", span);
        DebtCheck.fraction("borrowing share", dailyShare);
        DebtCheck.positive("opening ratio", openingRatio);
    }
}
