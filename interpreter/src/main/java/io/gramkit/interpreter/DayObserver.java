package io.gramkit.interpreter;

/**
 * Receives every day's end-of-day values of all paths, day 0 included, in day order, on the
 * thread that called {@link Simulator#run}. The snapshot's arrays are reused for the next day:
 * copy what you keep.
 */
@FunctionalInterface
public interface DayObserver {

    DayObserver NONE = (day, snapshot) -> {};

    void onDay(int day, DaySnapshot snapshot);
}
