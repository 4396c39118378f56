package io.gramkit.dsl.ast;

import io.gramkit.diagnostic.SourceSpan;

/**
 * {@code pause redemptions for 3 days after gold falls 10% over 5 days}: the levels of the rule
 * library's circuit breaker, in {@code policy circuit breaker}.
 */
public record BreakerPause(SourceSpan span, Quantity pause, Quantity fall, Quantity window)
        implements PolicyStatement {}
