package io.gramkit.dsl.ast;

import io.gramkit.diagnostic.SourceSpan;

/** A string literal with its escapes ({@code \"}, {@code \\}) already undone. */
public record Text(SourceSpan span, String value) implements Node {}
