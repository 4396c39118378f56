package io.gramkit.model.policy;

import java.util.Objects;

/** A number a condition compares: a constant, an observed value or arithmetic on them, in model units. */
public sealed interface Expression permits Expression.Constant, Expression.Observation, Expression.Arithmetic {

    /** The value on a state. */
    double evaluate(Observations state);

    /** The longest {@code gold move over} window the expression reads, in days; 0 if none. */
    int goldMoveWindow();

    /** A number written in the scenario, converted to model units. */
    record Constant(double value) implements Expression {
        public Constant {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("a constant must be finite, not " + value);
            }
        }

        @Override
        public double evaluate(Observations state) {
            return value;
        }

        @Override
        public int goldMoveWindow() {
            return 0;
        }
    }

    /**
     * Something the state shows.
     *
     * @param windowDays the look-back of {@link Observable#GOLD_MOVE}, at least one day; 0 for the others
     * @param seen       the value through the lagged gold feed rather than the true one (policy
     *                   conditions always read it so; a report condition when it says {@code seen})
     */
    record Observation(Observable observable, int windowDays, boolean seen) implements Expression {
        public Observation {
            Objects.requireNonNull(observable, "observable");
            if ((observable == Observable.GOLD_MOVE) != (windowDays > 0) || windowDays < 0) {
                throw new IllegalArgumentException("window " + windowDays + " days does not fit " + observable);
            }
        }

        /** The true value of a word without a window. */
        public static Observation of(Observable observable) {
            return new Observation(observable, 0, false);
        }

        /** The same observation as seen through the lagged gold feed. */
        public Observation asSeen() {
            return new Observation(observable, windowDays, true);
        }

        @Override
        public double evaluate(Observations state) {
            return state.value(observable, windowDays, seen);
        }

        @Override
        public int goldMoveWindow() {
            return windowDays;
        }
    }

    /** {@code left op right}. */
    record Arithmetic(Operator operator, Expression left, Expression right) implements Expression {
        public Arithmetic {
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }

        @Override
        public double evaluate(Observations state) {
            return operator.apply(left.evaluate(state), right.evaluate(state));
        }

        @Override
        public int goldMoveWindow() {
            return Math.max(left.goldMoveWindow(), right.goldMoveWindow());
        }
    }

    /** The four arithmetic operators, with the symbols the language and DRL both use. */
    enum Operator {
        PLUS("+"),
        MINUS("-"),
        TIMES("*"),
        DIVIDED_BY("/");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        public double apply(double left, double right) {
            return switch (this) {
                case PLUS -> left + right;
                case MINUS -> left - right;
                case TIMES -> left * right;
                case DIVIDED_BY -> left / right;
            };
        }
    }
}
