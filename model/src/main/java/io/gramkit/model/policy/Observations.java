package io.gramkit.model.policy;

/** A state conditions can be evaluated on: a path's end of day, or a test's constructed values. */
@FunctionalInterface
public interface Observations {

    /**
     * The observed value in model units; {@code windowDays} is 0 except for {@link Observable#GOLD_MOVE};
     * {@code seen} asks for the value through the lagged gold feed rather than the true one.
     */
    double value(Observable observable, int windowDays, boolean seen);

    /** A path's numbers under a gold feed that lags {@code feedLag} days, each word as {@link Observable} defines it. */
    static Observations of(PathNumbers path, int feedLag) {
        return (observable, windowDays, seen) -> observable.value(path, seen ? feedLag : 0, windowDays);
    }
}
