package io.gramkit.rules;

import io.gramkit.model.debt.DebtLevels;

/** Levels of library/new-debt.drl, as a fact. Immutable. */
public final class NewDebtLevels {
    private final double pauseRatio;
    private final double resumeRatio;

    public NewDebtLevels(double pauseRatio, double resumeRatio) {
        this.pauseRatio = pauseRatio;
        this.resumeRatio = resumeRatio;
    }

    public static NewDebtLevels of(DebtLevels.NewDebt levels) {
        return new NewDebtLevels(levels.pauseRatio(), levels.resumeRatio());
    }

    /** The system collateral ratio below which new debt pauses. */
    public double getPauseRatio() {
        return pauseRatio;
    }

    /** The ratio at or above which new debt resumes (at least the pause ratio). */
    public double getResumeRatio() {
        return resumeRatio;
    }

    @Override
    public String toString() {
        return "NewDebtLevels[pauseRatio=" + pauseRatio + ", resumeRatio=" + resumeRatio + "]";
    }
}
