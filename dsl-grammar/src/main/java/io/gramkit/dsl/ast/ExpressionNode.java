package io.gramkit.dsl.ast;

import io.gramkit.diagnostic.SourceSpan;
import java.util.Optional;

/** A value in a condition, as written: a quantity, something the state shows, or arithmetic. */
public sealed interface ExpressionNode extends Node
        permits ExpressionNode.Literal, ExpressionNode.Observed, ExpressionNode.Arithmetic {

    /** {@code 1%}, {@code 60 USD/g}. */
    record Literal(SourceSpan span, Quantity quantity) implements ExpressionNode {}

    /** {@code discount}, {@code gold move over 5 days} (the window only there). */
    record Observed(SourceSpan span, ObservableName name, Optional<Quantity> window) implements ExpressionNode {}

    /** {@code <left> + <right>}, with operator one of {@code + - * /}. */
    record Arithmetic(SourceSpan span, String operator, ExpressionNode left, ExpressionNode right)
            implements ExpressionNode {}
}
