package io.gramkit.dsl.ast;

import io.gramkit.diagnostic.SourceSpan;

/** {@code track fee revenue}: keep the running total of the redemption fees collected. */
public record TrackFeeRevenue(SourceSpan span) implements TokenStatement {}
