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
            SourceSpan span, Direction direction, Quantity size, Optional<Quantity> duration, NumberLiteral firstDay)
            implements ShockEffect {}

    /** {@code volatility x<m> from day <n> for <duration>}; the multiplier's text is without the {@code x}. */
    record Volatility(SourceSpan span, NumberLiteral multiplier, NumberLiteral firstDay, Quantity duration)
            implements ShockEffect {}

    /** {@code closed from day <n> for <duration> [then drop|rise <percent>]}. */
    record Closure(
            SourceSpan span,
            NumberLiteral firstDay,
            Quantity duration,
            Optional<Direction> gapDirection,
            Optional<Quantity> gap)
            implements ShockEffect {}

    /** {@code replay "<file>" from <date> to <date> at day <n>}. */
    record Replay(SourceSpan span, Text file, DateLiteral from, DateLiteral to, NumberLiteral firstDay)
            implements ShockEffect {}
}
