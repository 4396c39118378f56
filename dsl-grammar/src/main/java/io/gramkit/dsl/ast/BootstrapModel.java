package io.gramkit.dsl.ast;

import io.gramkit.diagnostic.SourceSpan;
import java.util.Optional;

/** {@code model bootstrap "<file>" [from <date> to <date>] mean block <duration>}. */
public record BootstrapModel(
        SourceSpan span, Text file, Optional<DateLiteral> from, Optional<DateLiteral> to, Quantity meanBlock)
        implements GoldModelNode {}
