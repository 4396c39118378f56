package io.gramkit.dsl.ast;

import io.gramkit.diagnostic.SourceSpan;

/** {@code model student-t drift <percent> vol <percent> df <n>}. */
public record StudentTModel(SourceSpan span, Quantity drift, Quantity volatility, Quantity degreesOfFreedom)
        implements GoldModelNode {}
