package io.gramkit;

/** Told after each simulated day, on the thread that runs the simulation; keep it quick. */
@FunctionalInterface
public interface RunProgress {

    RunProgress NONE = (day, horizonDays) -> {};

    /** Day {@code day} (0 = the initial state) of {@code horizonDays} is done for every path. */
    void onDay(int day, int horizonDays);
}
