package io.gramkit.rules;

import io.gramkit.model.debt.DebtSystem;

/** The debt block's own settings, as a fact: what the responses restore. Immutable. */
public final class DebtPolicy {
    private final double stabilityFee;
    private final double debtCeiling;
    private final double liquidationRatio;
    private final double liquidationPenalty;
    private final double dust;

    public DebtPolicy(
            double stabilityFee, double debtCeiling, double liquidationRatio, double liquidationPenalty, double dust) {
        this.stabilityFee = stabilityFee;
        this.debtCeiling = debtCeiling;
        this.liquidationRatio = liquidationRatio;
        this.liquidationPenalty = liquidationPenalty;
        this.dust = dust;
    }

    public static DebtPolicy of(DebtSystem system) {
        return new DebtPolicy(
                system.stabilityFee(),
                system.debtCeiling(),
                system.liquidationRatio(),
                system.liquidationPenalty(),
                system.dust());
    }

    /** The block's annual stability fee. */
    public double getStabilityFee() {
        return stabilityFee;
    }

    /** The block's debt ceiling, dollars. */
    public double getDebtCeiling() {
        return debtCeiling;
    }

    /** The block's liquidation ratio. */
    public double getLiquidationRatio() {
        return liquidationRatio;
    }

    public double getLiquidationPenalty() {
        return liquidationPenalty;
    }

    /** The least debt a vault may owe, dollars. */
    public double getDust() {
        return dust;
    }

    @Override
    public String toString() {
        return "DebtPolicy[stabilityFee=" + stabilityFee + ", debtCeiling=" + debtCeiling + ", liquidationRatio="
                + liquidationRatio + "]";
    }
}
