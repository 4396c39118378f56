package io.gramkit.interpreter;

import io.gramkit.interpreter.gold.GoldSource;
import io.gramkit.model.Scenario;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The paths {@code from .. to-1} of a run, run on their own: their outcomes, rule change counts and
 * first model error. Engines that spread one run over processes or machines (the Spark engine,
 * docs/scale-out.md) run ranges anywhere, each shown to an observer of its own paths, and
 * {@link #fold} them in path order: each path's numbers depend only on its own stream, so the
 * outcomes are those of one run, and observers whose range observations merge exactly (counts,
 * per-path values kept in path order) give one run's results too. A range is plain data
 * (serializable): a retried range gives the same bytes.
 */
public final class PathRange implements Serializable {
    private static final long serialVersionUID = 2L;

    private final int from;
    private final int to;
    private final PathOutcomes outcomes;
    private final long[] changes;
    /** The day and path of the range's first model error; -1 when there was none. */
    private final int errorDay;

    private final int errorPath;
    /** Whether that error is a negative cash, which comes before a rule failure the same day. */
    private final boolean errorNegativeCash;

    private PathRange(
            int from,
            int to,
            PathOutcomes outcomes,
            long[] changes,
            int errorDay,
            int errorPath,
            boolean errorNegativeCash) {
        this.from = from;
        this.to = to;
        this.outcomes = outcomes;
        this.changes = changes;
        this.errorDay = errorDay;
        this.errorPath = errorPath;
        this.errorNegativeCash = errorNegativeCash;
    }

    /**
     * Runs paths {@code from .. to-1} of {@code scenario} to the horizon, or to the day of their
     * first model error, with one rule session per block of paths, as a worker of {@link Simulator},
     * showing {@code observer} each day of the range (index 0 of its snapshot is path {@code from}).
     */
    public static PathRange run(
            Scenario scenario, ResponseRules rules, GoldSource gold, int from, int to, DayObserver observer) {
        if (from < 0 || to > scenario.paths() || from >= to) {
            throw new IllegalArgumentException(
                    "paths " + from + ".." + (to - 1) + " are not a range of the run's " + scenario.paths());
        }
        Worker worker = new Worker(scenario, rules, from, gold.paths(scenario.paths(), from, to));
        int chunk = Simulator.chunkDays(to - from, scenario.debt().isPresent(), scenario.horizonDays());
        DaySnapshot[] days = new DaySnapshot[chunk];
        Arrays.setAll(
                days,
                d -> new DaySnapshot(
                        to - from,
                        StepParameters.of(scenario).feedLag(),
                        scenario.debt().isPresent(),
                        from));
        try {
            worker.initialise(days[0]);
            observer.onDay(0, days[0]);
            for (int first = 1; first <= scenario.horizonDays(); first += chunk) {
                int count = Math.min(chunk, scenario.horizonDays() - first + 1);
                worker.step(first, count, days);
                Worker.Stop stop = worker.stop();
                int end = stop == null ? first + count : stop.day();
                for (int day = first; day < end; day++) {
                    observer.onDay(day, days[day - first]);
                }
                if (stop != null) {
                    if (stop.error() instanceof ModelException) {
                        return new PathRange(
                                from, to, null, worker.changes(), stop.day(), stop.path(), stop.negativeCash());
                    }
                    throw stop.error();
                }
            }
            PathOutcomes outcomes = new PathOutcomes(to - from, PathOutcomes.extensionColumns(scenario), from);
            worker.recordOutcomes(outcomes);
            return new PathRange(from, to, outcomes, worker.changes(), -1, -1, false);
        } finally {
            worker.close();
        }
    }

    /** The range's first model error as the simulator orders errors (the error itself is found again). */
    private Worker.Stop stop() {
        return new Worker.Stop(errorDay, errorPath, errorNegativeCash, null);
    }

    public int from() {
        return from;
    }

    public int to() {
        return to;
    }

    /** Whether the range stopped at a model error (what its observers saw ends that day). */
    public boolean failed() {
        return errorDay >= 0;
    }

    /**
     * Checks that {@code ranges} cover paths 0 .. paths-1 in path order and throws the error
     * {@link Simulator#run} would throw, if a range met one: the earliest day's, on that day a
     * negative cash before a rule clash, then the lowest path's (run again here for its full
     * diagnostic). Call it before merging what the ranges'
     * observers saw: a failed run's observations are incomplete.
     *
     * @throws ModelException the first model error of the run
     */
    public static void check(Scenario scenario, ResponseRules rules, GoldSource gold, List<PathRange> ranges) {
        int expected = 0;
        for (PathRange range : ranges) {
            if (range.from != expected) {
                throw new IllegalArgumentException("the ranges do not follow on at path " + expected);
            }
            expected = range.to;
        }
        if (expected != scenario.paths()) {
            throw new IllegalArgumentException("the ranges cover " + expected + " of " + scenario.paths() + " paths");
        }
        PathRange failed = null;
        for (PathRange range : ranges) {
            if (range.errorDay >= 0 && (failed == null || range.stop().before(failed.stop()))) {
                failed = range;
            }
        }
        if (failed != null) {
            throw firstError(scenario, rules, gold, failed.errorPath, failed.errorDay);
        }
    }

    /**
     * One run from its ranges ({@link #check}ed first): what {@link Simulator#run} returns for the
     * same scenario, rules and gold, the outcomes joined and the change counts (integers) added.
     *
     * @param ranges  ranges covering paths 0 .. paths-1, in path order
     * @param threads what the result records as its threads
     * @throws ModelException the first model error of the run, as {@link #check} throws it
     */
    public static RunResult fold(
            Scenario scenario,
            ResponseRules rules,
            GoldSource gold,
            List<PathRange> ranges,
            int threads,
            Duration elapsed) {
        check(scenario, rules, gold, ranges);
        List<PathOutcomes> outcomes = new ArrayList<>(ranges.size());
        ranges.forEach(range -> outcomes.add(range.outcomes));
        List<String> names = rules.ruleNames();
        List<RuleChanges> counts = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            long total = 0;
            for (PathRange range : ranges) {
                total += range.changes[i];
            }
            counts.add(new RuleChanges(names.get(i), total));
        }
        return new RunResult(
                scenario, PathOutcomes.concat(outcomes), counts, rules.files(), gold.description(), threads, elapsed);
    }

    /** The error of {@code path} on {@code day}, from running that path alone again (paths are independent). */
    private static ModelException firstError(
            Scenario scenario, ResponseRules rules, GoldSource gold, int path, int day) {
        Worker worker = new Worker(scenario, rules, path, gold.paths(scenario.paths(), path, path + 1));
        try {
            DaySnapshot[] snapshot = {
                new DaySnapshot(
                        1,
                        StepParameters.of(scenario).feedLag(),
                        scenario.debt().isPresent(),
                        path)
            };
            worker.initialise(snapshot[0]);
            for (int d = 1; d <= day; d++) {
                worker.step(d, 1, snapshot);
                if (worker.stop() != null) {
                    if (worker.stop().error() instanceof ModelException error) {
                        return error;
                    }
                    throw worker.stop().error();
                }
            }
            throw new IllegalStateException("path " + path + " ran without error to day " + day + " on its own");
        } finally {
            worker.close();
        }
    }
}
