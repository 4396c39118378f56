package io.gramkit.rules;

import io.gramkit.model.Extensions;

/** The library's circuit-breaker levels (rules/library/circuit-breaker.drl), as a fact. Immutable. */
public final class CircuitBreakerLevels {
    private final double fall;
    private final int moveDays;
    private final int pauseDays;

    public CircuitBreakerLevels(double fall, int moveDays, int pauseDays) {
        this.fall = fall;
        this.moveDays = moveDays;
        this.pauseDays = pauseDays;
    }

    public static CircuitBreakerLevels of(Extensions.CircuitBreakerLevels levels) {
        return new CircuitBreakerLevels(levels.fall(), levels.moveDays(), levels.pauseDays());
    }

    /** The gold move that trips the breaker, negative: -0.1 trips on a fall of 10% or more. */
    public double getTrippingMove() {
        return -fall;
    }

    /** The window of the move, days. */
    public int getMoveDays() {
        return moveDays;
    }

    /** Days the pause lasts. */
    public int getPauseDays() {
        return pauseDays;
    }

    @Override
    public String toString() {
        return "CircuitBreakerLevels[fall=" + fall + ", moveDays=" + moveDays + ", pauseDays=" + pauseDays + "]";
    }
}
