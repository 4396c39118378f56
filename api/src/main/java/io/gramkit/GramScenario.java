package io.gramkit;

import io.gramkit.analysis.DailyBands;
import io.gramkit.analysis.InputFile;
import io.gramkit.diagnostic.Diagnostic;
import io.gramkit.diagnostic.InputException;
import io.gramkit.diagnostic.SourceSpan;
import io.gramkit.interpreter.ModelException;
import io.gramkit.interpreter.ResponseRules;
import io.gramkit.interpreter.RunResult;
import io.gramkit.interpreter.Simulator;
import io.gramkit.interpreter.gold.GbmGold;
import io.gramkit.interpreter.gold.GivenGold;
import io.gramkit.interpreter.gold.GoldPrices;
import io.gramkit.interpreter.gold.GoldPricesCsv;
import io.gramkit.interpreter.gold.GoldSource;
import io.gramkit.model.RuleSource;
import io.gramkit.model.Scenario;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A checked scenario with run settings, ready to run. Immutable: each {@code with...} returns a
 * new value, so a notebook can keep a base scenario and try variations of it.
 */
public final class GramScenario {
    private final Scenario scenario;
    private final Source source;
    private final OptionalInt pathsOverride;
    private final int threads;
    private final Optional<Path> goldPaths;

    /** Where the scenario's text came from, for the manifest. */
    public record Source(String name, Optional<Path> file, String text) {
        static Source file(Path file) {
            return new Source(file.toString(), Optional.of(file), "");
        }

        static Source text(String name, String text) {
            return new Source(name, Optional.empty(), text);
        }

        InputFile input() {
            return file.map(InputFile::of).orElseGet(() -> InputFile.ofText(name, text));
        }
    }

    private GramScenario(Scenario scenario, Source source, OptionalInt pathsOverride, int threads,
            Optional<Path> goldPaths) {
        this.scenario = scenario;
        this.source = source;
        this.pathsOverride = pathsOverride;
        this.threads = threads;
        this.goldPaths = goldPaths;
    }

    static GramScenario of(Scenario scenario, Source source) {
        return new GramScenario(scenario, source, OptionalInt.empty(), Runtime.getRuntime().availableProcessors(),
                Optional.empty());
    }

    /** The resolved model, every setting explicit. */
    public Scenario scenario() {
        return scenario;
    }

    public GramScenario withPaths(int paths) {
        if (paths <= 0) {
            throw new IllegalArgumentException("paths must be positive, got " + paths);
        }
        return new GramScenario(scenario.withPaths(paths), source, OptionalInt.of(paths), threads, goldPaths);
    }

    public GramScenario withSeed(long seed) {
        return new GramScenario(scenario.withSeed(seed), source, pathsOverride, threads, goldPaths);
    }

    /** Worker threads; results do not depend on it. Defaults to the number of cores. */
    public GramScenario withThreads(int count) {
        if (count <= 0) {
            throw new IllegalArgumentException("threads must be positive, got " + count);
        }
        return new GramScenario(scenario, source, pathsOverride, count, goldPaths);
    }

    /** Runs with these rule files or folders instead of the ones the scenario names. */
    public GramScenario withRules(List<Path> rules) {
        List<RuleSource> sources = rules.stream()
                .map(path -> new RuleSource(scenario.span(), path.toAbsolutePath().normalize())).toList();
        return new GramScenario(scenario.withRules(sources), source, pathsOverride, threads, goldPaths);
    }

    /**
     * Replaces the gold model and its shocks with given prices: a CSV {@code path,day,price}
     * (USD per gram, days 0 .. horizon). The file fixes the number of paths.
     */
    public GramScenario withGoldPaths(Path file) {
        return new GramScenario(scenario, source, pathsOverride, threads, Optional.of(file));
    }

    public int threads() {
        return threads;
    }

    /**
     * Runs every path to the horizon.
     *
     * @throws InputException when the rules, a price file or the model's state are bad input
     */
    public GramRun run() {
        Scenario toRun = scenario;
        GoldSource gold = new GbmGold(scenario);
        Optional<InputFile> goldInput = Optional.empty();
        if (goldPaths.isPresent()) {
            GoldPrices prices = GoldPricesCsv.read(goldPaths.get(), scenario.horizonDays());
            if (pathsOverride.isPresent() && pathsOverride.getAsInt() != prices.pathCount()) {
                throw new InputException(Diagnostic.error("D112", SourceSpan.of(new io.gramkit.diagnostic.SourceFile(
                        goldPaths.get().toString(), "")), "the file holds " + prices.pathCount()
                                + " paths but " + pathsOverride.getAsInt() + " were asked for; leave out --paths"));
            }
            toRun = scenario.withPaths(prices.pathCount());
            gold = new GivenGold(prices);
            goldInput = Optional.of(InputFile.of(goldPaths.get()));
        }
        ResponseRules rules = RuleSets.forScenario(toRun);
        DailyBands bands = new DailyBands();
        RunResult result;
        try {
            result = new Simulator(toRun, rules, gold).run(threads, bands);
        } catch (ModelException e) {
            // Point at what the user can change: the reserves for cash, the rule files otherwise.
            SourceSpan where = e.code().equals(ModelException.NEGATIVE_CASH) || toRun.rules().isEmpty()
                    ? toRun.token().span() : toRun.rules().get(0).span();
            throw new InputException(Diagnostic.error(e.code(), where, e.getMessage()));
        }
        return new GramRun(result, bands, source.input(), goldInput);
    }
}
