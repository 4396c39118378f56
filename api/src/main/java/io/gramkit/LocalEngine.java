package io.gramkit;

import io.gramkit.analysis.DailyBands;
import io.gramkit.analysis.RunObservers;
import io.gramkit.interpreter.DayObserver;
import io.gramkit.interpreter.PathRange;
import io.gramkit.interpreter.ResponseRules;
import io.gramkit.interpreter.RunResult;
import io.gramkit.interpreter.Simulator;
import io.gramkit.interpreter.WorkerThreads;
import io.gramkit.interpreter.gold.GoldSource;
import io.gramkit.model.Scenario;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The paths on this machine's worker threads. Up to {@link DailyBands#EXACT_PATH_LIMIT} paths a
 * run steps every path through each day together ({@link Simulator}): the daily quantiles are exact
 * and need whole days. Above it they come from sketches that merge exactly, so the run goes range
 * by range instead, as the Spark engine does on a cluster: each thread runs a range of {@link
 * #RANGE_PATHS} paths to the horizon with its own observers and starts the next as soon as it is
 * done; the ranges are joined in path order as they arrive. Only the ranges in flight
 * hold rule sessions, so memory stays that of about {@code threads x RANGE_PATHS} paths plus a few
 * numbers a path, where whole days would hold every path's session (about 3 KB a path). The
 * results are byte for byte those of whole days.
 */
final class LocalEngine implements RunEngine {
    /** Paths a range: a few seconds of work, a few MB of sketches. */
    static final int RANGE_PATHS = 25_000;

    private final int exactPathLimit;
    /** Paths a range above the exact limit; 0: whole days whatever the paths. */
    private final int rangePaths;

    private LocalEngine(int exactPathLimit, int rangePaths) {
        this.exactPathLimit = exactPathLimit;
        this.rangePaths = rangePaths;
    }

    /** Whole days up to {@code exactPathLimit} paths, ranges of {@code rangePaths} above. */
    static LocalEngine ranged(int exactPathLimit, int rangePaths) {
        if (rangePaths < 1) {
            throw new IllegalArgumentException("a range needs at least one path, got " + rangePaths);
        }
        return new LocalEngine(exactPathLimit, rangePaths);
    }

    /** Whole days whatever the paths, the quantiles exact up to {@code exactPathLimit} (for tests). */
    static LocalEngine wholeDays(int exactPathLimit) {
        return new LocalEngine(exactPathLimit, 0);
    }

    @Override
    public int exactPathLimit() {
        return exactPathLimit;
    }

    @Override
    public RunResult run(
            GramScenario point,
            Scenario toRun,
            ResponseRules rules,
            GoldSource gold,
            RunObservers observers,
            RunProgress progress) {
        if (rangePaths == 0 || toRun.paths() <= exactPathLimit) {
            int horizon = toRun.horizonDays();
            DayObserver observer = (day, snapshot) -> {
                observers.onDay(day, snapshot);
                progress.onDay(day, horizon);
            };
            return new Simulator(toRun, rules, gold).run(point.threads(), observer);
        }
        return ranged(point.threads(), toRun, rules, gold, observers, progress);
    }

    private RunResult ranged(
            int threads,
            Scenario toRun,
            ResponseRules rules,
            GoldSource gold,
            RunObservers observers,
            RunProgress progress) {
        long started = System.nanoTime();
        int paths = toRun.paths();
        int horizon = toRun.horizonDays();
        int count = (paths + rangePaths - 1) / rangePaths;
        int parallel = Math.max(1, Math.min(threads, count));
        ExecutorService pool = Executors.newFixedThreadPool(parallel, WorkerThreads.daemons("gram-range"));
        CompletionService<Range> finished = new ExecutorCompletionService<>(pool);
        // Every range submitted, to wait for on the way out; those running are the ones not yet taken.
        List<Future<Range>> submitted = new ArrayList<>(count);
        int running = 0;
        // Ranges done before the ones ahead of them, by index; at most `parallel` wait, so memory
        // stays bounded by the ranges running and waiting.
        Map<Integer, Range> waiting = new HashMap<>();
        List<PathRange> ranges = new ArrayList<>(count);
        RunObservers.Joiner joiner = observers.joiner();
        boolean failed = false;
        try {
            progress.onDay(0, horizon);
            int next = 0;
            while (ranges.size() < count) {
                while (next < count && running < parallel && waiting.size() < parallel) {
                    submitted.add(submit(finished, next++, count, toRun, rules, gold, observers));
                    running++;
                }
                Future<Range> done = take(finished);
                running--;
                Range range = await(done);
                waiting.put(range.index(), range);
                for (Range head; (head = waiting.remove(ranges.size())) != null; ) {
                    ranges.add(head.range());
                    // A failed range stopped at its error's day: what it saw does not join.
                    failed |= head.range().failed();
                    if (!failed) {
                        joiner.add(head.observations());
                    }
                    progress.onPaths(head.range().to(), paths, horizon);
                }
            }
        } finally {
            // A range may still run when another failed or the run was interrupted: let it
            // finish before its sessions close (rule sessions refuse to close when interrupted).
            WorkerThreads.finishQuietly(submitted);
            pool.shutdown();
        }
        // Every range ran, since a later range may fail on an earlier day: the first error goes first.
        PathRange.check(toRun, rules, gold, ranges);
        joiner.finish(day -> {});
        return PathRange.fold(toRun, rules, gold, ranges, threads, Duration.ofNanos(System.nanoTime() - started));
    }

    private Future<Range> submit(
            CompletionService<Range> pool,
            int index,
            int count,
            Scenario toRun,
            ResponseRules rules,
            GoldSource gold,
            RunObservers observers) {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("the run was interrupted");
        }
        int paths = toRun.paths();
        int from = (int) ((long) paths * index / count);
        int to = (int) ((long) paths * (index + 1) / count);
        return pool.submit(() -> {
            RunObservers.Watch watch = observers.watch(from, to);
            PathRange range = PathRange.run(toRun, rules, gold, from, to, watch);
            return new Range(index, range, watch.observations());
        });
    }

    private static Future<Range> take(CompletionService<Range> finished) {
        try {
            return finished.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("the run was interrupted");
        }
    }

    private static Range await(Future<Range> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("the run was interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private record Range(int index, PathRange range, RunObservers.RangeObservations observations) {}
}
