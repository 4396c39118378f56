package io.gramkit;

import io.gramkit.analysis.DailyBands;
import io.gramkit.analysis.RunObservers;
import io.gramkit.interpreter.ResponseRules;
import io.gramkit.interpreter.RunResult;
import io.gramkit.interpreter.gold.GoldSource;
import io.gramkit.model.Scenario;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * Where a scenario's paths run: on this machine's cores ({@link #LOCAL}, the default) or spread over
 * a cluster (the Spark engine of the kit's {@code spark} module, docs/scale-out.md). Every engine
 * gives the same results, byte for byte, as the local engine for the same scenario and seed.
 */
public interface RunEngine {

    /**
     * The paths on this machine's worker threads ({@link GramScenario#withThreads}): every path
     * through each day together, or range by range above 100,000 paths ({@link LocalEngine}).
     */
    RunEngine LOCAL = LocalEngine.ranged(DailyBands.EXACT_PATH_LIMIT, LocalEngine.RANGE_PATHS);

    /**
     * Up to this many paths the daily quantiles are exact, above it sketched ({@link DailyBands});
     * the observers of a run on this engine are made with it. (Abstract: a default method would
     * make {@link LocalEngine}'s initialisation initialise this interface, and {@link #LOCAL}'s the
     * other way round.)
     */
    int exactPathLimit();

    /**
     * Runs {@code toRun} (the model of {@code point}, its path count fixed by given gold prices if
     * any) with {@code rules} and {@code gold}, leaving in {@code observers} what a local run's
     * days would show them (every day of every path in day order, as {@link Simulator#run} shows
     * them, or what ranges of paths showed, joined exactly) and telling {@code progress} each day.
     */
    RunResult run(
            GramScenario point,
            Scenario toRun,
            ResponseRules rules,
            GoldSource gold,
            RunObservers observers,
            RunProgress progress);

    /** Makes the engines found on the class path by {@link ServiceLoader}, by name. */
    interface Provider {
        /** The engine's name, as {@code gram run --engine NAME} takes it. */
        String name();

        /** The engine with these options (such as {@code master}, {@code partitions}). */
        RunEngine create(Map<String, String> options);
    }

    /**
     * The engine called {@code name} with {@code options}: {@code local}, or one a module on the
     * class path provides.
     *
     * @throws IllegalStateException when no module on the class path provides it
     */
    static RunEngine named(String name, Map<String, String> options) {
        if (name.equals("local")) {
            return LOCAL;
        }
        for (Provider provider : ServiceLoader.load(Provider.class, RunEngine.class.getClassLoader())) {
            if (provider.name().equals(name)) {
                return provider.create(options);
            }
        }
        throw new IllegalStateException("the " + name + " engine is not on the class path (for spark: run through"
                + " bin/gram, which builds the spark module on first use, or add the gram-spark jar)");
    }
}
