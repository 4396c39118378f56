package io.gramkit;

/** Told after each simulated day, on the thread that runs the simulation; keep it quick. */
@FunctionalInterface
public interface RunProgress {

    RunProgress NONE = (day, horizonDays) -> {};

    /** Day {@code day} (0 = the initial state) of {@code horizonDays} is done for every path. */
    void onDay(int day, int horizonDays);

    /**
     * {@code done} of the run's {@code paths} paths have reached the horizon (or their first
     * error): told instead of days by a run that goes range by range (a local run of over 100,000
     * paths, docs/analysis.md), after {@code onDay(0, horizonDays)}. By default told on as the day
     * that share of the horizon would be.
     */
    default void onPaths(int done, int paths, int horizonDays) {
        onDay((int) ((long) horizonDays * done / paths), horizonDays);
    }
}
