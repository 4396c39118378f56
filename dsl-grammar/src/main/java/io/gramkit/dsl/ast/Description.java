package io.gramkit.dsl.ast;

import io.gramkit.diagnostic.SourceSpan;

/** {@code description "..."}. */
public record Description(SourceSpan span, Text text) implements ScenarioStatement {}
