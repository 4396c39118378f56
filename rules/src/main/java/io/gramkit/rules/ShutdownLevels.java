package io.gramkit.rules;

import io.gramkit.model.debt.DebtLevels;

/** Levels of library/emergency-shutdown.drl, as a fact. Immutable. */
public final class ShutdownLevels {
    private final double uncoveredBadDebt;

    public ShutdownLevels(double uncoveredBadDebt) {
        this.uncoveredBadDebt = uncoveredBadDebt;
    }

    public static ShutdownLevels of(DebtLevels.Shutdown levels) {
        return new ShutdownLevels(levels.uncoveredBadDebt());
    }

    /** Bad debt beyond the surplus buffer, dollars, above which the system shuts down. */
    public double getUncoveredBadDebt() {
        return uncoveredBadDebt;
    }

    @Override
    public String toString() {
        return "ShutdownLevels[uncoveredBadDebt=" + uncoveredBadDebt + "]";
    }
}
