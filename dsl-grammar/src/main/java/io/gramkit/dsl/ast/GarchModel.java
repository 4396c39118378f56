package io.gramkit.dsl.ast;

import io.gramkit.diagnostic.SourceSpan;
import java.util.Optional;

/** {@code model garch drift <percent> vol <percent> alpha <n> beta <n> [df <n>]}. */
public record GarchModel(
        SourceSpan span,
        Quantity drift,
        Quantity volatility,
        Quantity alpha,
        Quantity beta,
        Optional<Quantity> degreesOfFreedom)
        implements GoldModelNode {}
