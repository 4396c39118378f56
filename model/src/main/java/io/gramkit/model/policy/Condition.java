package io.gramkit.model.policy;

import java.util.Objects;

/** A condition over a path's end-of-day state. Comparisons involving NaN are false, as in Java and DRL. */
public sealed interface Condition permits Condition.Comparison, Condition.All, Condition.Any, Condition.Not {

    boolean holds(Observations state);

    /** The longest {@code gold move over} window the condition reads, in days; 0 if none. */
    int goldMoveWindow();

    /** {@code left op right}. */
    record Comparison(Expression left, Comparator comparator, Expression right) implements Condition {
        public Comparison {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(comparator, "comparator");
            Objects.requireNonNull(right, "right");
        }

        @Override
        public boolean holds(Observations state) {
            return comparator.test(left.evaluate(state), right.evaluate(state));
        }

        @Override
        public int goldMoveWindow() {
            return Math.max(left.goldMoveWindow(), right.goldMoveWindow());
        }
    }

    /** Both hold. */
    record All(Condition left, Condition right) implements Condition {
        public All {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }

        @Override
        public boolean holds(Observations state) {
            return left.holds(state) && right.holds(state);
        }

        @Override
        public int goldMoveWindow() {
            return Math.max(left.goldMoveWindow(), right.goldMoveWindow());
        }
    }

    /** Either holds. */
    record Any(Condition left, Condition right) implements Condition {
        public Any {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }

        @Override
        public boolean holds(Observations state) {
            return left.holds(state) || right.holds(state);
        }

        @Override
        public int goldMoveWindow() {
            return Math.max(left.goldMoveWindow(), right.goldMoveWindow());
        }
    }

    /** The condition does not hold (how {@code halt when ...} resumes). */
    record Not(Condition condition) implements Condition {
        public Not {
            Objects.requireNonNull(condition, "condition");
        }

        @Override
        public boolean holds(Observations state) {
            return !condition.holds(state);
        }

        @Override
        public int goldMoveWindow() {
            return condition.goldMoveWindow();
        }
    }

    /** The comparisons the language has, with the symbols it and DRL both use. */
    enum Comparator {
        BELOW("<"),
        AT_MOST("<="),
        ABOVE(">"),
        AT_LEAST(">=");

        private final String symbol;

        Comparator(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        public static Comparator of(String symbol) {
            for (Comparator comparator : values()) {
                if (comparator.symbol.equals(symbol)) {
                    return comparator;
                }
            }
            throw new IllegalArgumentException("no comparison " + symbol);
        }

        public boolean test(double left, double right) {
            return switch (this) {
                case BELOW -> left < right;
                case AT_MOST -> left <= right;
                case ABOVE -> left > right;
                case AT_LEAST -> left >= right;
            };
        }
    }
}
