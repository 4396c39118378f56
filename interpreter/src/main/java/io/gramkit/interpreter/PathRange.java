package io.gramkit.interpreter;

import io.gramkit.interpreter.gold.GoldSource;
import io.gramkit.model.Scenario;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The paths {@code from .. to-1} of a run, run on their own: their outcomes, rule change counts,
 * first model error and every day's values. Engines that spread one run over processes or machines
 * (the Spark engine, docs/scale-out.md) run ranges anywhere and {@link #fold} them in path order:
 * each path's numbers depend only on its own stream, and the fold shows the observer the same
 * snapshots, day by day, as {@link Simulator#run} would, so every result is identical to one run.
 * A range is plain data (serializable): a retried range gives the same bytes.
 *
 * <p>Memory: a range keeps its paths' values for every day (paths times days times about ten
 * numbers), which the fold needs to show whole days to the observer.
 */
public final class PathRange implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int from;
    private final int to;
    private final PathOutcomes outcomes;
    private final long[] changes;
    /** The day and path of the range's first model error; -1 when there was none. */
    private final int errorDay;

    private final int errorPath;
    /** By day (0 .. the last day run), by {@link DaySnapshot} column, the range's values. */
    private final double[][][] days;

    private PathRange(
            int from, int to, PathOutcomes outcomes, long[] changes, int errorDay, int errorPath, double[][][] days) {
        this.from = from;
        this.to = to;
        this.outcomes = outcomes;
        this.changes = changes;
        this.errorDay = errorDay;
        this.errorPath = errorPath;
        this.days = days;
    }

    /**
     * Runs paths {@code from .. to-1} of {@code scenario} to the horizon, or to the day of their
     * first model error, with one rule session per block of paths, as a worker of {@link Simulator}.
     */
    public static PathRange run(Scenario scenario, ResponseRules rules, GoldSource gold, int from, int to) {
        if (from < 0 || to > scenario.paths() || from >= to) {
            throw new IllegalArgumentException(
                    "paths " + from + ".." + (to - 1) + " are not a range of the run's " + scenario.paths());
        }
        Worker worker = new Worker(scenario, rules, from, gold.paths(scenario.paths(), from, to));
        DaySnapshot snapshot = new DaySnapshot(
                to - from,
                StepParameters.of(scenario).feedLag(),
                scenario.debt().isPresent(),
                from);
        List<double[][]> days = new ArrayList<>(scenario.horizonDays() + 1);
        try {
            worker.initialise(snapshot);
            days.add(columns(snapshot));
            for (int day = 1; day <= scenario.horizonDays(); day++) {
                worker.step(day, snapshot);
                if (worker.error() != null) {
                    return new PathRange(
                            from,
                            to,
                            null,
                            worker.changes(),
                            day,
                            worker.error().path(),
                            new double[0][][]);
                }
                days.add(columns(snapshot));
            }
            PathOutcomes outcomes = new PathOutcomes(to - from, PathOutcomes.extensionColumns(scenario), from);
            worker.recordOutcomes(outcomes);
            return new PathRange(from, to, outcomes, worker.changes(), -1, -1, days.toArray(double[][][]::new));
        } finally {
            worker.close();
        }
    }

    public int from() {
        return from;
    }

    public int to() {
        return to;
    }

    private static double[][] columns(DaySnapshot s) {
        List<double[]> columns = new ArrayList<>(List.of(
                s.gold.clone(),
                s.discount.clone(),
                s.coverage.clone(),
                s.supply.clone(),
                s.fee.clone(),
                s.cash.clone(),
                s.reserves.clone(),
                s.queue.clone(),
                s.feeCharged.clone()));
        if (s.collateralRatio != null) {
            columns.add(s.collateralRatio.clone());
            columns.add(s.badDebt.clone());
        }
        return columns.toArray(double[][]::new);
    }

    private static void copy(double[][] columns, DaySnapshot into, int at) {
        double[][] targets = {
            into.gold,
            into.discount,
            into.coverage,
            into.supply,
            into.fee,
            into.cash,
            into.reserves,
            into.queue,
            into.feeCharged,
            into.collateralRatio,
            into.badDebt
        };
        for (int c = 0; c < columns.length; c++) {
            System.arraycopy(columns[c], 0, targets[c], at, columns[c].length);
        }
    }

    /**
     * One run from its ranges: shows {@code observer} every day of all paths, in day order, and
     * returns what {@link Simulator#run} returns for the same scenario, rules and gold.
     *
     * @param ranges  ranges covering paths 0 .. paths-1, in path order
     * @param threads what the result records as its threads
     * @throws ModelException the error {@link Simulator#run} would throw: the earliest day's, the
     *                        lowest path's that day (run again here for its full diagnostic)
     */
    public static RunResult fold(
            Scenario scenario,
            ResponseRules rules,
            GoldSource gold,
            List<PathRange> ranges,
            DayObserver observer,
            int threads,
            Duration elapsed) {
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
            if (range.errorDay >= 0
                    && (failed == null
                            || range.errorDay < failed.errorDay
                            || (range.errorDay == failed.errorDay && range.errorPath < failed.errorPath))) {
                failed = range;
            }
        }
        if (failed != null) {
            // The run fails as a whole; what observers saw of the days before is never used.
            throw firstError(scenario, rules, gold, failed.errorPath, failed.errorDay);
        }
        DaySnapshot snapshot = new DaySnapshot(
                scenario.paths(),
                StepParameters.of(scenario).feedLag(),
                scenario.debt().isPresent());
        for (int day = 0; day <= scenario.horizonDays(); day++) {
            for (PathRange range : ranges) {
                copy(range.days[day], snapshot, range.from);
            }
            observer.onDay(day, snapshot);
        }
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
            DaySnapshot snapshot = new DaySnapshot(
                    1, StepParameters.of(scenario).feedLag(), scenario.debt().isPresent(), path);
            worker.initialise(snapshot);
            for (int d = 1; d <= day; d++) {
                worker.step(d, snapshot);
                if (worker.error() != null) {
                    return worker.error();
                }
            }
            throw new IllegalStateException("path " + path + " ran without error to day " + day + " on its own");
        } finally {
            worker.close();
        }
    }
}
