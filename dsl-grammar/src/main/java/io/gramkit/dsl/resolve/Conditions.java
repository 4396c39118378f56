package io.gramkit.dsl.resolve;

import io.gramkit.diagnostic.Diagnostics;
import io.gramkit.diagnostic.SourceSpan;
import io.gramkit.dsl.ast.ConditionNode;
import io.gramkit.dsl.ast.ExpressionNode;
import io.gramkit.dsl.ast.Quantity;
import io.gramkit.dsl.diagnostic.GramCode;
import io.gramkit.dsl.diagnostic.Quote;
import io.gramkit.model.policy.Condition;
import io.gramkit.model.policy.Expression;
import io.gramkit.model.policy.Observable;
import java.util.Optional;

/**
 * Checks conditions and converts them to the model: every comparison and sum between quantities of
 * one kind (a percentage with a percentage, a price with a price), numbers in model units, exactly
 * converted. A number without a unit compared with a percentage is reported as a missing unit.
 */
final class Conditions {
    private final Quantities quantities;
    private final Diagnostics diagnostics;

    Conditions(Quantities quantities, Diagnostics diagnostics) {
        this.quantities = quantities;
        this.diagnostics = diagnostics;
    }

    /** A typed expression: its value in the model and the kind of quantity it is. */
    private record Typed(Expression expression, Dimension dimension) {}

    Optional<Condition> resolve(ConditionNode node) {
        if (node instanceof ConditionNode.Comparison comparison) {
            return comparison(comparison);
        } else if (node instanceof ConditionNode.Both both) {
            Optional<Condition> left = resolve(both.left());
            Optional<Condition> right = resolve(both.right());
            return left.isPresent() && right.isPresent()
                    ? Optional.of(new Condition.All(left.get(), right.get()))
                    : Optional.empty();
        }
        ConditionNode.Either either = (ConditionNode.Either) node;
        Optional<Condition> left = resolve(either.left());
        Optional<Condition> right = resolve(either.right());
        return left.isPresent() && right.isPresent()
                ? Optional.of(new Condition.Any(left.get(), right.get()))
                : Optional.empty();
    }

    private Optional<Condition> comparison(ConditionNode.Comparison node) {
        Optional<Typed> left = typed(node.left(), Optional.ofNullable(kindOf(node.right())));
        // A side that failed has been reported; it gives the other side no kind to demand.
        Optional<Typed> right = typed(node.right(), left.map(Typed::dimension));
        if (left.isEmpty() || right.isEmpty()) {
            return Optional.empty();
        }
        if (!compatible(left.get().dimension(), right.get().dimension())) {
            mismatch(
                    node.span(), "compares", left.get().dimension(), right.get().dimension());
            return Optional.empty();
        }
        return Optional.of(new Condition.Comparison(
                left.get().expression(),
                Condition.Comparator.of(node.operator()),
                right.get().expression()));
    }

    /**
     * The expression checked; {@code context} is the kind of the other side of the comparison or
     * sum, which a number without a unit must have (so {@code coverage < 1} asks for a unit).
     */
    private Optional<Typed> typed(ExpressionNode node, Optional<Dimension> context) {
        if (node instanceof ExpressionNode.Literal literal) {
            return literal(literal.quantity(), context);
        } else if (node instanceof ExpressionNode.Observed observed) {
            return observed(observed);
        }
        return arithmetic((ExpressionNode.Arithmetic) node, context);
    }

    private Optional<Typed> literal(Quantity quantity, Optional<Dimension> context) {
        Dimension dimension = quantity.unit().map(u -> Dimension.of(u.unit())).orElse(Dimension.PLAIN);
        if (quantity.unit().isEmpty() && context.isPresent() && context.get() != Dimension.PLAIN) {
            dimension = context.get();
        }
        Dimension kind = dimension;
        String what = "a " + (kind == Dimension.PLAIN ? "number" : kind.noun()) + " in a condition";
        return quantities
                .measure(quantity, what, kind)
                .flatMap(exact -> quantities.toDouble(exact, quantity, what, kind, Range.ANY))
                .map(value -> new Typed(new Expression.Constant(value), kind));
    }

    private Optional<Typed> observed(ExpressionNode.Observed node) {
        Observable observable = node.name();
        if (observable != Observable.GOLD_MOVE) {
            return Optional.of(
                    new Typed(new Expression.Observation(observable, 0, node.seen()), dimensionOf(observable)));
        }
        return quantities
                .days(node.window().orElseThrow(), "the window of 'gold move over'")
                .map(days -> new Typed(new Expression.Observation(observable, days, node.seen()), Dimension.FRACTION));
    }

    private Optional<Typed> arithmetic(ExpressionNode.Arithmetic node, Optional<Dimension> context) {
        boolean additive = node.operator().equals("+") || node.operator().equals("-");
        Optional<Dimension> leftContext =
                additive ? Optional.ofNullable(kindOf(node.right())).or(() -> context) : Optional.empty();
        Optional<Typed> left = typed(node.left(), leftContext);
        Optional<Typed> right = typed(node.right(), additive ? left.map(Typed::dimension) : Optional.empty());
        if (left.isEmpty() || right.isEmpty()) {
            return Optional.empty();
        }
        Dimension a = left.get().dimension();
        Dimension b = right.get().dimension();
        Optional<Dimension> result = switch (node.operator()) {
            case "+", "-" -> compatible(a, b) ? Optional.of(a == Dimension.PLAIN ? b : a) : Optional.empty();
            case "*" ->
                dimensionless(a)
                        ? Optional.of(b == Dimension.PLAIN ? a : b)
                        : dimensionless(b) ? Optional.of(a) : Optional.empty();
            default -> dimensionless(b) ? Optional.of(a) : a == b ? Optional.of(Dimension.FRACTION) : Optional.empty();
        };
        if (result.isEmpty()) {
            mismatch(
                    node.span(),
                    switch (node.operator()) {
                        case "+" -> "adds";
                        case "-" -> "subtracts";
                        case "*" -> "multiplies";
                        default -> "divides";
                    },
                    a,
                    b);
            return Optional.empty();
        }
        Expression.Operator operator = switch (node.operator()) {
            case "+" -> Expression.Operator.PLUS;
            case "-" -> Expression.Operator.MINUS;
            case "*" -> Expression.Operator.TIMES;
            default -> Expression.Operator.DIVIDED_BY;
        };
        return Optional.of(new Typed(
                new Expression.Arithmetic(
                        operator, left.get().expression(), right.get().expression()),
                result.get()));
    }

    /** The kind an expression has on its own, or null where only context can tell (a bare number). */
    private static Dimension kindOf(ExpressionNode node) {
        if (node instanceof ExpressionNode.Literal literal) {
            return literal.quantity().unit().map(u -> Dimension.of(u.unit())).orElse(null);
        } else if (node instanceof ExpressionNode.Observed observed) {
            return dimensionOf(observed.name());
        }
        ExpressionNode.Arithmetic arithmetic = (ExpressionNode.Arithmetic) node;
        Dimension left = kindOf(arithmetic.left());
        return left != null && left != Dimension.PLAIN ? left : kindOf(arithmetic.right());
    }

    /** The kind of quantity a word is, from its definition's unit. */
    static Dimension dimensionOf(Observable observable) {
        return switch (observable.measure()) {
            case PRICE -> Dimension.PRICE;
            case FRACTION -> Dimension.FRACTION;
            default -> Dimension.PLAIN;
        };
    }

    private static boolean dimensionless(Dimension dimension) {
        return dimension == Dimension.PLAIN || dimension == Dimension.FRACTION;
    }

    private static boolean compatible(Dimension a, Dimension b) {
        return a == b;
    }

    private void mismatch(SourceSpan span, String verb, Dimension a, Dimension b) {
        diagnostics.report(GramCode.MISMATCHED_KINDS.at(
                span,
                Quote.of(Quantities.written(span)) + " " + verb + " "
                        + article(a.noun()) + " and " + article(b.noun()) + "; "
                        + (verb.equals("compares")
                                ? "both sides must be of one kind"
                                : "that gives no quantity a condition can use")));
    }

    private static String article(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }
}
