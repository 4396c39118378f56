package io.gramkit.model.debt;

/**
 * The debt block's invariant checks: the last line of defence for models built in code; the
 * resolver reports the same problems as diagnostics with source positions first.
 */
final class DebtCheck {
    private DebtCheck() {}

    static <T> T present(String name, T value) {
        if (value == null) {
            throw new NullPointerException(name);
        }
        return value;
    }

    static double fraction(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1], got " + value);
        }
        return value;
    }

    static double positive(String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be positive and finite, got " + value);
        }
        return value;
    }

    static double nonNegative(String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be zero or more and finite, got " + value);
        }
        return value;
    }

    static double atLeastOne(String name, double value) {
        if (!(value >= 1) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be at least 100% and finite, got " + value);
        }
        return value;
    }
}
