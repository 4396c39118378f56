package io.gramkit.interpreter;

import io.gramkit.interpreter.gold.GoldPath;
import io.gramkit.interpreter.gold.GoldSource;
import io.gramkit.model.Scenario;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs a scenario as a Monte Carlo simulation: all paths advance together, day by day; each day
 * the paths are split over worker threads (one rule session each) and then shown to the observer.
 * Each path's numbers depend only on its own gold stream, so results are identical for any number
 * of threads. Memory grows with the number of paths, never with paths times days.
 */
public final class Simulator {
    private final Scenario scenario;
    private final ResponseRules rules;
    private final GoldSource goldSource;

    public Simulator(Scenario scenario, ResponseRules rules, GoldSource goldSource) {
        this.scenario = scenario;
        this.rules = rules;
        this.goldSource = goldSource;
        goldSource.fixedPathCount().ifPresent(count -> {
            if (count != scenario.paths()) {
                throw new IllegalArgumentException(
                        "the gold source fixes " + count + " paths but the scenario asks for " + scenario.paths());
            }
        });
    }

    /**
     * Runs every path to the horizon.
     *
     * @param threads  worker threads (1 runs on the calling thread)
     * @param observer sees each day's values across all paths
     * @throws ModelException        when a path reaches a state the model forbids
     * @throws CancellationException when the calling thread is interrupted
     */
    public RunResult run(int threads, DayObserver observer) {
        long started = System.nanoTime();
        int paths = scenario.paths();
        List<Worker> workers = workers(Math.max(1, Math.min(threads, paths)));
        StepParameters parameters = StepParameters.of(scenario);
        boolean debt = scenario.debt().isPresent();
        DaySnapshot snapshot = new DaySnapshot(paths, parameters.feedLag(), debt);
        ExecutorService pool =
                workers.size() == 1 ? null : Executors.newFixedThreadPool(workers.size(), daemonThreads());
        // With a pool, the observer reads one day while the workers write the next into the other
        // snapshot: the analysis leaves the critical path. Days still reach it in order, on this thread.
        DaySnapshot[] snapshots = {
            snapshot, pool == null ? snapshot : new DaySnapshot(paths, parameters.feedLag(), debt)
        };
        List<Future<Void>> running = List.of();
        try {
            runAll(pool, workers, worker -> worker.initialise(snapshot));
            observer.onDay(0, snapshot);
            if (pool == null) {
                for (int day = 1; day <= scenario.horizonDays(); day++) {
                    int today = day;
                    runAll(null, workers, worker -> worker.step(today, snapshot));
                    throwFirstError(workers);
                    observer.onDay(day, snapshot);
                }
            } else {
                running = submitAll(pool, workers, worker -> worker.step(1, snapshots[1]));
                for (int day = 1; day <= scenario.horizonDays(); day++) {
                    awaitAll(running);
                    running = List.of();
                    throwFirstError(workers);
                    if (day < scenario.horizonDays()) {
                        int tomorrow = day + 1;
                        running = submitAll(pool, workers, worker -> worker.step(tomorrow, snapshots[tomorrow % 2]));
                    }
                    observer.onDay(day, snapshots[day % 2]);
                }
            }
            PathOutcomes outcomes = new PathOutcomes(paths, PathOutcomes.extensionColumns(scenario));
            workers.forEach(worker -> worker.recordOutcomes(outcomes));
            return new RunResult(
                    scenario,
                    outcomes,
                    ruleChanges(workers),
                    rules.files(),
                    goldSource.description(),
                    workers.size(),
                    Duration.ofNanos(System.nanoTime() - started));
        } finally {
            // A step may still run when the observer failed: let it finish before its sessions close.
            finishQuietly(running);
            if (pool != null) {
                pool.shutdownNow();
            }
            // Rule sessions refuse to close on an interrupted thread; close them first, then
            // restore the interrupt so the caller still sees it.
            boolean interrupted = Thread.interrupted();
            workers.forEach(Worker::close);
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private List<Worker> workers(int count) {
        GoldPath[] gold = goldSource.paths(scenario.paths());
        List<Worker> workers = new ArrayList<>(count);
        int paths = gold.length;
        for (int w = 0; w < count; w++) {
            int from = (int) ((long) paths * w / count);
            int to = (int) ((long) paths * (w + 1) / count);
            workers.add(new Worker(scenario, rules, from, Arrays.copyOfRange(gold, from, to)));
        }
        return workers;
    }

    private static void runAll(ExecutorService pool, List<Worker> workers, Consumer<Worker> task) {
        if (pool == null) {
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("the run was interrupted");
            }
            workers.forEach(task);
            return;
        }
        awaitAll(submitAll(pool, workers, task));
    }

    private static List<Future<Void>> submitAll(ExecutorService pool, List<Worker> workers, Consumer<Worker> task) {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("the run was interrupted");
        }
        List<Future<Void>> futures = new ArrayList<>(workers.size());
        for (Worker worker : workers) {
            futures.add(pool.submit(() -> {
                task.accept(worker);
                return null;
            }));
        }
        return futures;
    }

    /** Waits for every task, then rethrows the first failure in worker order. */
    private static void awaitAll(List<Future<Void>> futures) {
        RuntimeException failure = null;
        for (Future<Void> future : futures) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                finishQuietly(futures);
                throw new CancellationException("the run was interrupted");
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException runtime
                            ? runtime
                            : new IllegalStateException(e.getCause());
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** Waits for tasks that may still run, ignoring their outcome and any interrupt meanwhile. */
    private static void finishQuietly(List<Future<Void>> futures) {
        boolean interrupted = Thread.interrupted();
        for (Future<Void> future : futures) {
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

    /**
     * The day's error: a negative cash before a rule conflict, then the lowest path, so the report
     * depends neither on thread scheduling nor on how the paths are split.
     */
    private static void throwFirstError(List<Worker> workers) {
        workers.stream()
                .map(Worker::error)
                .filter(e -> e != null)
                .min(Comparator.comparing((ModelException e) -> e.code() != ModelCode.NEGATIVE_CASH)
                        .thenComparingInt(ModelException::path))
                .ifPresent(e -> {
                    throw e;
                });
    }

    private List<RuleChanges> ruleChanges(List<Worker> workers) {
        List<String> names = rules.ruleNames();
        List<RuleChanges> counts = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            long total = 0;
            for (Worker worker : workers) {
                total += worker.changes()[i];
            }
            counts.add(new RuleChanges(names.get(i), total));
        }
        return counts;
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger next = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "gram-worker-" + next.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
