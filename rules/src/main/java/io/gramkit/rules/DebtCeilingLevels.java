package io.gramkit.rules;

import io.gramkit.model.debt.DebtLevels;

/** Levels of library/debt-ceiling.drl, as a fact. Immutable. */
public final class DebtCeilingLevels {
    private final double surplusFloor;
    private final double loweredCeiling;

    public DebtCeilingLevels(double surplusFloor, double loweredCeiling) {
        this.surplusFloor = surplusFloor;
        this.loweredCeiling = loweredCeiling;
    }

    public static DebtCeilingLevels of(DebtLevels.DebtCeiling levels) {
        return new DebtCeilingLevels(levels.surplusFloor(), levels.loweredCeiling());
    }

    /** The surplus buffer, as a share of the debt, below which the ceiling is lowered. */
    public double getSurplusFloor() {
        return surplusFloor;
    }

    /** The lowered debt ceiling, dollars. */
    public double getLoweredCeiling() {
        return loweredCeiling;
    }

    @Override
    public String toString() {
        return "DebtCeilingLevels[surplusFloor=" + surplusFloor + ", loweredCeiling=" + loweredCeiling + "]";
    }
}
