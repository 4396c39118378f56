package io.gramkit.dsl.ast;

import io.gramkit.diagnostic.SourceSpan;

/** {@code model gbm drift <percent> vol <percent>}: annual drift and volatility. */
public record GbmModel(SourceSpan span, Quantity drift, Quantity volatility) implements GoldModelNode {}
