package io.gramkit.dsl.ast;

import io.gramkit.diagnostic.SourceSpan;

/** {@code cash band 3% to 8% of liabilities}: the band of the cash buffer in {@code policy rebalancing}. */
public record CashBand(SourceSpan span, Quantity lower, Quantity upper) implements PolicyStatement {}
