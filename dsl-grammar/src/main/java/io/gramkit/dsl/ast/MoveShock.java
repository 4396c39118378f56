package io.gramkit.dsl.ast;

import io.gramkit.diagnostic.SourceSpan;
import java.util.Optional;

/**
 * {@code shock "<name>" drop|rise <percent> [over <duration>] at day <n>}: a total move spread
 * over a number of days (one day when {@code over} is left out).
 */
public record MoveShock(
        SourceSpan span,
        Text name,
        Direction direction,
        Quantity size,
        Optional<Quantity> duration,
        NumberLiteral firstDay) implements ShockNode {
}
