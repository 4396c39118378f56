package io.gramkit.interpreter;

import io.gramkit.interpreter.gold.GoldPath;
import io.gramkit.interpreter.gold.GoldSource;
import io.gramkit.model.Scenario;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs a scenario as a Monte Carlo simulation: the paths are split over worker threads, which step
 * them through a chunk of a few days at a time (each block of paths through all the chunk's days,
 * with its own rule session), and the observer then sees each day of the chunk across all paths,
 * in day order. Each path's numbers depend only on its own gold stream, so results are identical
 * for any number of threads, blocks or days a chunk. Memory grows with the number of paths (times
 * the chunk's few days), never with paths times the horizon.
 */
public final class Simulator {
    private final Scenario scenario;
    private final ResponseRules rules;
    private final GoldSource goldSource;
    /** Days a chunk, 0 for {@link #chunkDays}'s choice; paths a session block. */
    private final int chunkDays;

    private final int sessionPaths;

    public Simulator(Scenario scenario, ResponseRules rules, GoldSource goldSource) {
        this(scenario, rules, goldSource, 0, Worker.SESSION_PATHS);
    }

    private Simulator(Scenario scenario, ResponseRules rules, GoldSource goldSource, int chunkDays, int sessionPaths) {
        this.scenario = scenario;
        this.rules = rules;
        this.goldSource = goldSource;
        this.chunkDays = chunkDays;
        this.sessionPaths = sessionPaths;
        goldSource.fixedPathCount().ifPresent(count -> {
            if (count != scenario.paths()) {
                throw new IllegalArgumentException(
                        "the gold source fixes " + count + " paths but the scenario asks for " + scenario.paths());
            }
        });
    }

    /**
     * This simulator with {@code chunkDays} days a chunk and {@code sessionPaths} paths a session
     * block, which change how the work is cut, never the results: for tests of the boundaries.
     */
    Simulator withLayout(int chunkDays, int sessionPaths) {
        return new Simulator(scenario, rules, goldSource, chunkDays, sessionPaths);
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
        int horizon = scenario.horizonDays();
        List<Worker> workers = workers(Math.max(1, Math.min(threads, paths)));
        StepParameters parameters = StepParameters.of(scenario);
        boolean debt = scenario.debt().isPresent();
        int chunk = chunkDays > 0 ? Math.max(1, Math.min(chunkDays, horizon)) : chunkDays(paths, debt, horizon);
        ExecutorService pool = workers.size() == 1
                ? null
                : Executors.newFixedThreadPool(workers.size(), WorkerThreads.daemons("gram-worker"));
        // With a pool, the observer reads one chunk of days while the workers write the next into
        // the other: the analysis leaves the critical path. Days still reach it in order, on this thread.
        DaySnapshot[][] chunks = new DaySnapshot[pool == null ? 1 : 2][chunk];
        for (DaySnapshot[] days : chunks) {
            Arrays.setAll(days, d -> new DaySnapshot(paths, parameters.feedLag(), debt));
        }
        List<Future<Void>> running = List.of();
        try {
            runAll(pool, workers, worker -> worker.initialise(chunks[0][0]));
            observer.onDay(0, chunks[0][0]);
            int count = (horizon + chunk - 1) / chunk;
            if (pool == null) {
                for (int c = 0; c < count; c++) {
                    int first = 1 + c * chunk;
                    int days = Math.min(chunk, horizon - first + 1);
                    runAll(null, workers, worker -> worker.step(first, days, chunks[0]));
                    observe(first, days, chunks[0], firstStop(workers), observer);
                }
            } else {
                running = submitAll(pool, workers, worker -> worker.step(1, Math.min(chunk, horizon), chunks[0]));
                for (int c = 0; c < count; c++) {
                    awaitAll(running);
                    running = List.of();
                    int first = 1 + c * chunk;
                    int next = first + chunk;
                    // Read before the next chunk starts: the workers write their errors.
                    Worker.Stop stop = firstStop(workers);
                    if (next <= horizon && stop == null) {
                        int days = Math.min(chunk, horizon - next + 1);
                        DaySnapshot[] into = chunks[(c + 1) % 2];
                        running = submitAll(pool, workers, worker -> worker.step(next, days, into));
                    }
                    observe(first, Math.min(chunk, horizon - first + 1), chunks[c % 2], stop, observer);
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
            WorkerThreads.finishQuietly(running);
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

    /**
     * Days to step each block of paths through before the next (see {@link Worker#step}): up to
     * {@link #CHUNK_DAYS} while the snapshots of two chunks (one written while the other is
     * observed) stay within {@link #CHUNK_BYTES}, and at least {@link #MIN_CHUNK_DAYS} (576 bytes a
     * path without a debt block, so 576 MB at a million paths).
     */
    static int chunkDays(int paths, boolean debt, int horizon) {
        long twoDays = 2L * paths * DaySnapshot.bytesPerPath(debt);
        long days = Math.max(MIN_CHUNK_DAYS, Math.min(CHUNK_DAYS, CHUNK_BYTES / twoDays));
        return (int) Math.max(1, Math.min(days, horizon));
    }

    /** At most this many days a chunk: measured at 100,000 paths, 4 and 8 days ran alike, 32 slower. */
    static final int CHUNK_DAYS = Integer.getInteger("gram.chunkDays", 8);
    /** At least this many days a chunk. */
    static final int MIN_CHUNK_DAYS = Math.min(CHUNK_DAYS, 4);
    /** The snapshots of two chunks stay within this many bytes when more than the minimum days. */
    static final long CHUNK_BYTES = Long.getLong("gram.chunkBytes", 128L << 20);

    /** Shows the observer days {@code first ..} of a chunk up to the day of {@code stop}, then throws its error. */
    private static void observe(int first, int days, DaySnapshot[] chunk, Worker.Stop stop, DayObserver observer) {
        int end = stop == null ? first + days : Math.min(first + days, stop.day());
        for (int day = first; day < end; day++) {
            observer.onDay(day, chunk[day - first]);
        }
        if (stop != null) {
            throw stop.error();
        }
    }

    private List<Worker> workers(int count) {
        GoldPath[] gold = goldSource.paths(scenario.paths());
        List<Worker> workers = new ArrayList<>(count);
        int paths = gold.length;
        for (int w = 0; w < count; w++) {
            int from = (int) ((long) paths * w / count);
            int to = (int) ((long) paths * (w + 1) / count);
            workers.add(new Worker(scenario, rules, from, Arrays.copyOfRange(gold, from, to), sessionPaths));
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
                WorkerThreads.finishQuietly(futures);
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

    /**
     * The run's first error: the earliest day's, on that day a negative cash before a rule
     * failure, then the lowest path, so the report depends neither on thread scheduling nor on
     * how the paths are split; null when there is none.
     */
    private static Worker.Stop firstStop(List<Worker> workers) {
        Worker.Stop first = null;
        for (Worker worker : workers) {
            Worker.Stop stop = worker.stop();
            if (stop != null && (first == null || stop.before(first))) {
                first = stop;
            }
        }
        return first;
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
}
