package io.gramkit.model;

import io.gramkit.diagnostic.SourceSpan;

/** Minting levels: minting halts while coverage is below {@code minimumCoverage} (coverage_min). */
public record MintingPolicy(SourceSpan span, double minimumCoverage) {

    public MintingPolicy {
        Check.present("span", span);
        Check.nonNegative("minimum coverage", minimumCoverage);
    }
}
