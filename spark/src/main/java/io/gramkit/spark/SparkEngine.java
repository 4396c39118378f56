package io.gramkit.spark;

import io.gramkit.GramScenario;
import io.gramkit.RunEngine;
import io.gramkit.RunProgress;
import io.gramkit.analysis.DailyBands;
import io.gramkit.analysis.RunObservers;
import io.gramkit.interpreter.PathRange;
import io.gramkit.interpreter.ResponseRules;
import io.gramkit.interpreter.RunResult;
import io.gramkit.interpreter.gold.GoldSource;
import io.gramkit.interpreter.gold.StochasticGold;
import io.gramkit.model.Scenario;
import io.gramkit.rules.DroolsRules;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.spark.SparkConf;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;

/**
 * Runs a scenario's paths on Apache Spark: the paths are cut by index into partitions, each task
 * runs its range with the paths' own random streams ({@link PathRange}) and returns its outcomes and
 * what its own observers saw, merged exactly by the driver in path order ({@link RunObservers#join}),
 * so every output is byte-identical to the local engine's whatever the partitions and executors. A task is a pure function of the scenario, rules,
 * seed and range: Spark may retry it, or run it twice, without changing anything (no accumulators).
 *
 * <pre>
 * GramRun run = Gram.load(file).withEngine(SparkEngine.on("spark://host:7077").withPartitions(64)).run();
 * </pre>
 */
public final class SparkEngine implements RunEngine {
    /** Partitions per core of the cluster when none are given: a few, so a slow task is not the tail. */
    static final int PARTITIONS_PER_CORE = 3;

    private static JavaSparkContext context;
    private static String contextKey;

    private final String master;
    private final int partitions;
    private final Map<String, String> settings;
    /** Tests: the partition whose first attempt fails (-1: none), to show a retried task changes nothing. */
    private final int failFirstAttemptOf;

    private SparkEngine(String master, int partitions, Map<String, String> settings, int failFirstAttemptOf) {
        this.master = master;
        this.partitions = partitions;
        this.settings = Map.copyOf(settings);
        this.failFirstAttemptOf = failFirstAttemptOf;
    }

    /** The engine on {@code master}: {@code local[N]}, {@code local[*]} or {@code spark://host:port}. */
    public static SparkEngine on(String master) {
        return new SparkEngine(master, 0, Map.of(), -1);
    }

    /** The same engine cutting runs into {@code count} partitions (0: a few per core). */
    public SparkEngine withPartitions(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("partitions must not be negative, got " + count);
        }
        return new SparkEngine(master, count, settings, failFirstAttemptOf);
    }

    /** The same engine with Spark settings (such as {@code spark.jars} or {@code spark.executor.memory}). */
    public SparkEngine withSettings(Map<String, String> more) {
        Map<String, String> all = new java.util.TreeMap<>(settings);
        all.putAll(more);
        return new SparkEngine(master, partitions, all, failFirstAttemptOf);
    }

    SparkEngine failingFirstAttemptOf(int partition) {
        return new SparkEngine(master, partitions, settings, partition);
    }

    public String master() {
        return master;
    }

    /** The Spark settings this engine adds to its context's. */
    public Map<String, String> settings() {
        return settings;
    }

    /** The ranges' observers on the executors use the default limit (RangeJob), so the driver's do. */
    @Override
    public int exactPathLimit() {
        return DailyBands.EXACT_PATH_LIMIT;
    }

    @Override
    public RunResult run(
            GramScenario point,
            Scenario toRun,
            ResponseRules rules,
            GoldSource gold,
            RunObservers observers,
            RunProgress progress) {
        if (!(rules instanceof DroolsRules drools)) {
            throw new UnsupportedOperationException("an audit trail (--audit) needs the local engine");
        }
        if (!(gold instanceof StochasticGold)) {
            throw new UnsupportedOperationException("given gold paths (--gold-paths) need the local engine");
        }
        long started = System.nanoTime();
        RangeJob job = RangeJob.of(point, toRun, drools, observers.report().request());
        JavaSparkContext spark = context(master, settings);
        int paths = toRun.paths();
        int count = Math.min(paths, partitions > 0 ? partitions : PARTITIONS_PER_CORE * spark.defaultParallelism());
        Broadcast<RangeJob> shared = spark.broadcast(job);
        int failing = failFirstAttemptOf;
        List<RangeJob.RangeResult> results = spark.parallelize(
                        IntStream.range(0, count).boxed().toList(), count)
                .map(i -> {
                    if (i == failing && TaskContext.get().attemptNumber() == 0) {
                        throw new IllegalStateException("partition " + i + " fails its first attempt (a test)");
                    }
                    return shared.value().run((int) ((long) paths * i / count), (int) ((long) paths * (i + 1) / count));
                })
                .collect();
        shared.destroy();
        List<PathRange> ranges =
                results.stream().map(RangeJob.RangeResult::range).toList();
        // A failed run's observations are incomplete: its first error goes first.
        PathRange.check(toRun, rules, gold, ranges);
        int horizon = toRun.horizonDays();
        observers.join(
                results.stream().map(RangeJob.RangeResult::observations).toList(), day -> progress.onDay(day, horizon));
        return PathRange.fold(toRun, rules, gold, ranges, count, Duration.ofNanos(System.nanoTime() - started));
    }

    /** One Spark context per JVM (Spark allows no more): reused while the master and settings stay. */
    static synchronized JavaSparkContext context(String master, Map<String, String> settings) {
        String key = master + " " + new java.util.TreeMap<>(settings);
        if (context != null && key.equals(contextKey) && !context.sc().isStopped()) {
            return context;
        }
        stop();
        SparkConf conf = new SparkConf()
                .setMaster(master)
                .setAppName("gram")
                .set("spark.ui.enabled", "false")
                // Results come back whole to be joined in path order; the driver's heap bounds them.
                .set("spark.driver.maxResultSize", "0")
                .set("spark.task.maxFailures", "4");
        settings.forEach(conf::set);
        context = new JavaSparkContext(conf);
        contextKey = key;
        return context;
    }

    /** Stops this JVM's Spark context, if one runs (the next run starts a new one). */
    public static synchronized void stop() {
        if (context != null) {
            context.stop();
            context = null;
            contextKey = null;
        }
    }
}
