package io.gramkit.dsl.ast;

import io.gramkit.diagnostic.SourceSpan;

/**
 * {@code model regime-switching calm drift <percent> vol <percent> stressed drift <percent> vol <percent>
 * calm to stressed <percent> per day stressed to calm <percent> per day}.
 */
public record RegimeSwitchingModel(
        SourceSpan span,
        Quantity calmDrift,
        Quantity calmVolatility,
        Quantity stressedDrift,
        Quantity stressedVolatility,
        Quantity calmToStressed,
        Quantity stressedToCalm)
        implements GoldModelNode {}
