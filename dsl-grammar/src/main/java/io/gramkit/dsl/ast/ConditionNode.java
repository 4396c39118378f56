package io.gramkit.dsl.ast;

import io.gramkit.diagnostic.SourceSpan;

/** A condition over a path's end-of-day state, as written. */
public sealed interface ConditionNode extends Node
        permits ConditionNode.Comparison, ConditionNode.Both, ConditionNode.Either {

    /** {@code discount > 1%}. */
    record Comparison(SourceSpan span, ExpressionNode left, String operator, ExpressionNode right)
            implements ConditionNode {}

    /** {@code <left> and <right>}. */
    record Both(SourceSpan span, ConditionNode left, ConditionNode right) implements ConditionNode {}

    /** {@code <left> or <right>}. */
    record Either(SourceSpan span, ConditionNode left, ConditionNode right) implements ConditionNode {}
}
