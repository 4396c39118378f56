package io.gramkit.dsl.ast;

import io.gramkit.diagnostic.SourceSpan;

/** {@code reserve shortfall 3% of gold at day 30}: the gold reserves are found short on one day. */
public record Shortfall(SourceSpan span, Quantity share, NumberLiteral day) implements TokenStatement {}
