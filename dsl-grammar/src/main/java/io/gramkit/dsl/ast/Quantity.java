package io.gramkit.dsl.ast;

import io.gramkit.diagnostic.SourceSpan;
import java.util.Optional;

/**
 * A number and the unit written after it, if any. Whether the unit is missing, expected or
 * wrong is for the resolver to say: {@code spot 75} parses.
 */
public record Quantity(SourceSpan span, NumberLiteral number, Optional<UnitLiteral> unit) implements Node {}
