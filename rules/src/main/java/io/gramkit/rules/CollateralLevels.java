package io.gramkit.rules;

import io.gramkit.model.Extensions;

/** The library's collateral levels (rules/library/collateral-*.drl), as a fact. Immutable. */
public final class CollateralLevels {
    private final double coverageFloor;
    private final double emergencyLimit;
    private final double topUpUsd;

    public CollateralLevels(double coverageFloor, double emergencyLimit, double topUpUsd) {
        this.coverageFloor = coverageFloor;
        this.emergencyLimit = emergencyLimit;
        this.topUpUsd = topUpUsd;
    }

    public static CollateralLevels of(Extensions.CollateralLevels levels) {
        return new CollateralLevels(levels.coverageFloor(), levels.emergencyLimit(), levels.topUpUsd());
    }

    /** Coverage below which redemptions are gated and the treasury tops up cash. */
    public double getCoverageFloor() {
        return coverageFloor;
    }

    /** The gated daily redemption limit, a share of supply. */
    public double getEmergencyLimit() {
        return emergencyLimit;
    }

    /** USD taken from the treasury on each day coverage is below the floor. */
    public double getTopUpUsd() {
        return topUpUsd;
    }

    @Override
    public String toString() {
        return "CollateralLevels[coverageFloor=" + coverageFloor + ", emergencyLimit=" + emergencyLimit + ", topUpUsd="
                + topUpUsd + "]";
    }
}
