package io.gramkit.dsl.ast;

import io.gramkit.diagnostic.SourceSpan;

/** A calendar date as written: {@code 2008-03-17}, {@code 2008-03} or {@code 2008}. */
public record DateLiteral(SourceSpan span, String text) implements Node {}
