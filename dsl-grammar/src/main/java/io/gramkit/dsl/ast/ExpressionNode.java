package io.gramkit.dsl.ast;

import io.gramkit.diagnostic.SourceSpan;
import io.gramkit.model.policy.Observable;
import java.util.Optional;

/** A value in a condition, as written: a quantity, something the state shows, or arithmetic. */
public sealed interface ExpressionNode extends Node
        permits ExpressionNode.Literal, ExpressionNode.Observed, ExpressionNode.Arithmetic {

    /** {@code 1%}, {@code 60 USD/g}. */
    record Literal(SourceSpan span, Quantity quantity) implements ExpressionNode {}

    /**
     * {@code discount}, {@code gold move over 5 days} (the window only there); {@code seen} when
     * written {@code seen coverage}.
     */
    record Observed(SourceSpan span, Observable name, Optional<Quantity> window, boolean seen)
            implements ExpressionNode {}

    /** {@code <left> + <right>}, with operator one of {@code + - * /}. */
    record Arithmetic(SourceSpan span, String operator, ExpressionNode left, ExpressionNode right)
            implements ExpressionNode {}
}
