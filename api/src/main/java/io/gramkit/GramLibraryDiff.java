package io.gramkit;

import io.gramkit.analysis.InputFile;
import io.gramkit.analysis.LibraryDiff;
import io.gramkit.diagnostic.InputException;
import io.gramkit.rules.RuleSetFingerprint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A change review over the scenario library: every scenario run twice, with rule set A and then
 * rule set B in place of the scenario's own {@code rules} statements (its policy lines and levels
 * stay), on common random numbers ({@link GramRules#diff}). A scenario that cannot take the rule
 * sets (it names no rules, or it does not load or run with them) is skipped with the reason.
 * <pre>
 * LibraryDiff review = GramLibraryDiff.of(List.of(current), List.of(proposed))
 *         .run(GramLibraryDiff.library(Path.of("scenario-library"), List.of()));
 * </pre>
 */
public final class GramLibraryDiff {
    /** Paths per run unless given: enough for a 1-point change in a share to show. */
    public static final int DEFAULT_PATHS = 2_000;

    private final List<Path> rulesA;
    private final List<Path> rulesB;
    private final int paths;
    private final OptionalLong seed;
    private final OptionalInt threads;
    private final Function<String, RunProgress> progress;
    private final RunEngine engine;

    private GramLibraryDiff(
            List<Path> rulesA,
            List<Path> rulesB,
            int paths,
            OptionalLong seed,
            OptionalInt threads,
            Function<String, RunProgress> progress,
            RunEngine engine) {
        this.rulesA = List.copyOf(rulesA);
        this.rulesB = List.copyOf(rulesB);
        this.paths = paths;
        this.seed = seed;
        this.threads = threads;
        this.progress = progress;
        this.engine = engine;
    }

    public static GramLibraryDiff of(List<Path> rulesA, List<Path> rulesB) {
        return new GramLibraryDiff(
                rulesA,
                rulesB,
                DEFAULT_PATHS,
                OptionalLong.empty(),
                OptionalInt.empty(),
                name -> RunProgress.NONE,
                RunEngine.LOCAL);
    }

    public GramLibraryDiff withPaths(int count) {
        if (count <= 0) {
            throw new IllegalArgumentException("paths must be positive, got " + count);
        }
        return new GramLibraryDiff(rulesA, rulesB, count, seed, threads, progress, engine);
    }

    /** One seed for every scenario instead of each scenario's own. */
    public GramLibraryDiff withSeed(long value) {
        return new GramLibraryDiff(rulesA, rulesB, paths, OptionalLong.of(value), threads, progress, engine);
    }

    public GramLibraryDiff withThreads(int count) {
        if (count <= 0) {
            throw new IllegalArgumentException("threads must be positive, got " + count);
        }
        return new GramLibraryDiff(rulesA, rulesB, paths, seed, OptionalInt.of(count), progress, engine);
    }

    /** Progress of each scenario's two runs, by scenario name. */
    public GramLibraryDiff withProgress(Function<String, RunProgress> forScenario) {
        return new GramLibraryDiff(rulesA, rulesB, paths, seed, threads, forScenario, engine);
    }

    /**
     * Every run on {@code runEngine} (Apache Spark, say: each run's paths spread over the cluster,
     * the table the same byte for byte).
     */
    public GramLibraryDiff withEngine(RunEngine runEngine) {
        return new GramLibraryDiff(rulesA, rulesB, paths, seed, threads, progress, runEngine);
    }

    /**
     * The scenario files of a library folder: every {@code .gram} file in it, sorted by name, or
     * those named (with or without {@code .gram}), in the order named.
     *
     * @throws IllegalArgumentException when a named scenario is not in the folder
     */
    public static List<Path> library(Path folder, List<String> names) {
        if (!names.isEmpty()) {
            List<Path> named = new ArrayList<>();
            for (String name : names) {
                Path file = folder.resolve(name.endsWith(".gram") ? name : name + ".gram");
                if (!Files.isRegularFile(file)) {
                    throw new IllegalArgumentException("no scenario '" + name + "' in " + folder
                            + "; the library holds: "
                            + String.join(
                                    ", ",
                                    library(folder, List.of()).stream()
                                            .map(GramLibraryDiff::name)
                                            .toList()));
                }
                named.add(file);
            }
            return named;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".gram"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the scenario library " + folder, e);
        }
    }

    /**
     * Checks that both rule sets load (bad input otherwise, before anything runs), then runs every
     * scenario under A and B.
     *
     * @throws InputException when rule set A or B does not load or fails its review
     */
    public LibraryDiff run(List<Path> scenarioFiles) {
        GramRules.check(rulesA);
        GramRules.check(rulesB);
        List<LibraryDiff.ScenarioDiff> ran = new ArrayList<>();
        List<LibraryDiff.Skipped> skipped = new ArrayList<>();
        int usedThreads = 0;
        for (Path file : scenarioFiles) {
            String name = name(file);
            try {
                GramScenario scenario = Gram.load(file);
                if (scenario.scenario().rules().isEmpty()) {
                    skipped.add(new LibraryDiff.Skipped(
                            name,
                            file.toString(),
                            "names no rules: it runs the kit's packaged reference rules, so there is no rules"
                                    + " statement for A and B to replace"));
                    continue;
                }
                scenario = configured(scenario).withProgress(progress.apply(name));
                usedThreads = scenario.threads();
                GramRules.Diff diff = GramRules.diff(scenario, rulesA, rulesB);
                ran.add(new LibraryDiff.ScenarioDiff(
                        name,
                        InputFile.of(file),
                        scenario.scenario().horizonDays(),
                        diff.comparison(),
                        diff.debtQuantiles()));
            } catch (InputException e) {
                skipped.add(new LibraryDiff.Skipped(name, file.toString(), reason(e)));
            }
        }
        return new LibraryDiff(
                ruleSet(rulesA),
                ruleSet(rulesB),
                paths,
                seed,
                threads.orElse(
                        usedThreads > 0 ? usedThreads : Runtime.getRuntime().availableProcessors()),
                ran,
                skipped);
    }

    private GramScenario configured(GramScenario scenario) {
        scenario = scenario.withPaths(paths).withEngine(engine);
        if (seed.isPresent()) {
            scenario = scenario.withSeed(seed.getAsLong());
        }
        return threads.isPresent() ? scenario.withThreads(threads.getAsInt()) : scenario;
    }

    /** The first problem, located, and how many more there were. */
    private static String reason(InputException e) {
        if (e.diagnostics().isEmpty()) {
            return e.getMessage();
        }
        int more = e.diagnostics().size() - 1;
        return e.diagnostics().get(0) + (more > 0 ? " (and " + more + " more)" : "");
    }

    static LibraryDiff.RuleSet ruleSet(List<Path> sources) {
        List<LibraryDiff.Source> fingerprinted = new ArrayList<>();
        for (Path source : sources) {
            List<InputFile> files = new ArrayList<>();
            for (String relative : RuleSetFingerprint.files(source)) {
                files.add(InputFile.of(Files.isDirectory(source) ? source.resolve(relative) : source));
            }
            fingerprinted.add(
                    new LibraryDiff.Source(source.toString(), "sha256:" + RuleSetFingerprint.of(source), files));
        }
        return new LibraryDiff.RuleSet(fingerprinted);
    }

    private static String name(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".gram") ? name.substring(0, name.length() - ".gram".length()) : name;
    }
}
