package io.gramkit.dsl.ast;

import io.gramkit.diagnostic.SourceSpan;

/** {@code shock "<name>" <effect>}: a scheduled event in the gold market. */
public record ShockStatement(SourceSpan span, Text name, ShockEffect effect) implements GoldStatement {}
