package io.gramkit.rules;

import io.gramkit.model.debt.DebtLevels;

/** Levels of library/stability-fee.drl, as a fact. Immutable. */
public final class StabilityFeeLevels {
    private final double stressRatio;
    private final double calmRatio;
    private final double raisedFee;

    public StabilityFeeLevels(double stressRatio, double calmRatio, double raisedFee) {
        this.stressRatio = stressRatio;
        this.calmRatio = calmRatio;
        this.raisedFee = raisedFee;
    }

    public static StabilityFeeLevels of(DebtLevels.StabilityFee levels) {
        return new StabilityFeeLevels(levels.stressRatio(), levels.calmRatio(), levels.raisedFee());
    }

    /** The system collateral ratio below which the fee is raised. */
    public double getStressRatio() {
        return stressRatio;
    }

    /** The ratio at or above which the block's fee is restored (at least the stress ratio). */
    public double getCalmRatio() {
        return calmRatio;
    }

    /** The raised annual stability fee. */
    public double getRaisedFee() {
        return raisedFee;
    }

    @Override
    public String toString() {
        return "StabilityFeeLevels[stressRatio=" + stressRatio + ", calmRatio=" + calmRatio + ", raisedFee=" + raisedFee
                + "]";
    }
}
