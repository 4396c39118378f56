package io.gramkit.model.policy;

/** A state conditions can be evaluated on: a path's end of day, or a test's constructed values. */
@FunctionalInterface
public interface Observations {

    /** The observed value in model units; {@code windowDays} is 0 except for {@link Observable#GOLD_MOVE}. */
    double value(Observable observable, int windowDays);
}
