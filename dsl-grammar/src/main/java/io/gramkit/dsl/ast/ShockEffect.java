package io.gramkit.dsl.ast;

import io.gramkit.diagnostic.SourceSpan;
import java.util.Optional;

/** What a shock does, after its name. */
public sealed interface ShockEffect extends Node {

    /**
     * {@code drop|rise <percent> [over <duration>] at day <n>}: a total move spread over a number
     * of days (one day when {@code over} is left out).
     */
    record Move(
            SourceSpan span,
            Direction direction,
            Quantity size,
            Optional<Quantity> duration,
            NumberLiteral firstDay) implements ShockEffect {
    }
}
