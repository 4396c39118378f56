package io.gramkit.dsl.ast;

import io.gramkit.diagnostic.SourceSpan;

/** A unit as written after a number. */
public record UnitLiteral(SourceSpan span, Unit unit) implements Node {}
