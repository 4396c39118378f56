package io.gramkit.rules;

import io.gramkit.model.MintingPolicy;

/** The minting policy as a fact the minting rules read their threshold from. Immutable. */
public final class MintingLevels {
    private final double minimumCoverage;

    public MintingLevels(double minimumCoverage) {
        this.minimumCoverage = minimumCoverage;
    }

    public static MintingLevels of(MintingPolicy policy) {
        return new MintingLevels(policy.minimumCoverage());
    }

    /** Coverage below which minting halts (coverage_min). */
    public double getMinimumCoverage() {
        return minimumCoverage;
    }

    @Override
    public String toString() {
        return "MintingLevels[minimumCoverage=" + minimumCoverage + "]";
    }
}
