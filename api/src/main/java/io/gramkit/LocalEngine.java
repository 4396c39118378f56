package io.gramkit;

import io.gramkit.analysis.DailyBands;
import io.gramkit.analysis.RunObservers;
import io.gramkit.interpreter.DayObserver;
import io.gramkit.interpreter.PathRange;
import io.gramkit.interpreter.ResponseRules;
import io.gramkit.interpreter.RunResult;
import io.gramkit.interpreter.Simulator;
import io.gramkit.interpreter.gold.GoldSource;
import io.gramkit.model.Scenario;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The paths on this machine's worker threads. Up to {@link DailyBands#EXACT_PATH_LIMIT} paths a
 * run steps every path through each day together ({@link Simulator}): the daily quantiles are exact
 * and need whole days. Above it they come from sketches that merge exactly, so the run goes range
 * by range instead, as the Spark engine
 * does on a cluster: each thread runs a range of {@link #RANGE_PATHS} paths to the horizon with its
 * own observers, and the ranges are joined in path order as they finish. Only the ranges in flight
 * hold rule sessions, so memory stays that of about {@code threads x RANGE_PATHS} paths plus a few
 * numbers a path, where whole days would hold every path's session (about 3 KB a path). The
 * results are byte for byte those of whole days.
 */
final class LocalEngine implements RunEngine {
    /** Paths a range: a few seconds of work, a few hundred KB of sketches. */
    static final int RANGE_PATHS = 25_000;

    private final int rangedAbove;
    private final int rangePaths;

    LocalEngine(int rangedAbove, int rangePaths) {
        this.rangedAbove = rangedAbove;
        this.rangePaths = rangePaths;
    }

    @Override
    public RunResult run(
            GramScenario point,
            Scenario toRun,
            ResponseRules rules,
            GoldSource gold,
            RunObservers observers,
            RunProgress progress) {
        if (toRun.paths() <= rangedAbove) {
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
        ExecutorService pool = Executors.newFixedThreadPool(parallel, daemonThreads());
        // At most one range a thread in flight: memory is bounded by the ranges running.
        Deque<Future<Range>> running = new ArrayDeque<>();
        List<PathRange> ranges = new ArrayList<>(count);
        RunObservers.Joiner joiner = observers.joiner();
        progress.onDay(0, horizon);
        try {
            int next = 0;
            while (next < parallel) {
                running.add(submit(pool, next++, count, toRun, rules, gold, observers));
            }
            while (!running.isEmpty()) {
                Range done = await(running.peek());
                running.poll();
                if (next < count) {
                    running.add(submit(pool, next++, count, toRun, rules, gold, observers));
                }
                ranges.add(done.range());
                joiner.add(done.observations());
                progress.onPaths(done.range().to(), paths, horizon);
            }
        } finally {
            // A range may still run when another failed or the run was interrupted: let it
            // finish before its sessions close (rule sessions refuse to close when interrupted).
            finishQuietly(running);
            pool.shutdown();
        }
        // A failed run's observations are incomplete: its first error goes first.
        PathRange.check(toRun, rules, gold, ranges);
        joiner.finish(day -> {});
        return PathRange.fold(toRun, rules, gold, ranges, threads, Duration.ofNanos(System.nanoTime() - started));
    }

    private Future<Range> submit(
            ExecutorService pool,
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
            return new Range(range, watch.observations());
        });
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

    /** Waits for ranges that may still run, ignoring their outcome and any interrupt meanwhile. */
    private static void finishQuietly(Deque<Future<Range>> running) {
        boolean interrupted = Thread.interrupted();
        for (Future<Range> future : running) {
            while (true) {
                try {
                    future.get();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException | CancellationException e) {
                    break;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private record Range(PathRange range, RunObservers.RangeObservations observations) {}

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger next = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "gram-range-" + next.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
