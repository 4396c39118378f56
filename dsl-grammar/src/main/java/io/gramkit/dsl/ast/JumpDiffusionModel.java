package io.gramkit.dsl.ast;

import io.gramkit.diagnostic.SourceSpan;

/** {@code model jump-diffusion drift <percent> vol <percent> jumps <n> per year mean <percent> dispersion <percent>}. */
public record JumpDiffusionModel(
        SourceSpan span,
        Quantity drift,
        Quantity volatility,
        Quantity jumpsPerYear,
        Quantity jumpMean,
        Quantity jumpDispersion)
        implements GoldModelNode {}
