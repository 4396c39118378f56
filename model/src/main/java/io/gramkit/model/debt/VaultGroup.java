package io.gramkit.model.debt;

import io.gramkit.diagnostic.SourceSpan;

/**
 * Vaults that open alike: {@code count} vaults, each owing {@code debtPerVault} dollars against
 * collateral worth {@code collateralRatio} times that debt at the oracle's day-0 price. A group
 * is the model's unit: its vaults accrue, act and are liquidated together. A population drawn from
 * a distribution of ratios and sizes is a list of groups; a CSV file of vaults is one group per row.
 *
 * @param count           vaults in the group, at least 1
 * @param collateralRatio collateral value over debt on day 0 (1.5 = 150%), above the liquidation ratio
 * @param debtPerVault    dollars owed by each vault on day 0, positive
 */
public record VaultGroup(SourceSpan span, long count, double collateralRatio, double debtPerVault) {
    public VaultGroup {
        DebtCheck.present("span", span);
        if (count < 1) {
            throw new IllegalArgumentException("a vault group needs at least one vault, got " + count);
        }
        DebtCheck.positive("collateral ratio", collateralRatio);
        DebtCheck.positive("debt per vault", debtPerVault);
    }

    /** The group's debt on day 0, dollars. */
    public double debt() {
        return count * debtPerVault;
    }
}
