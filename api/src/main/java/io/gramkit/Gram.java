package io.gramkit;

import io.gramkit.analysis.Metric;
import io.gramkit.diagnostic.Diagnostic;
import io.gramkit.diagnostic.SourceFile;
import io.gramkit.dsl.ScenarioLoader;
import io.gramkit.model.Scenario;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The kit's front door, for notebooks, scripts and the command line:
 * <pre>
 * GramRun run = Gram.load(Path.of("scenario-library/reference-v1.gram")).withPaths(10_000).run();
 * System.out.println(run.summaryText());
 * </pre>
 * Every step returns a new immutable value; bad input throws
 * {@link io.gramkit.diagnostic.InputException} carrying every problem found.
 */
public final class Gram {
    private Gram() {}

    /**
     * Reads, parses and checks a scenario file. Its warnings (what {@code gram check} prints) stay
     * with the scenario and its runs: {@link GramScenario#warnings()}, {@link GramRun#warnings()}.
     */
    public static GramScenario load(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Diagnostic> warnings = new ArrayList<>();
        Scenario scenario = ScenarioLoader.load(file, warnings::add);
        return GramScenario.of(scenario, GramScenario.Source.file(absolute), warnings);
    }

    /**
     * Reads a scenario file with its sweeps: one scenario per grid point (one point when the file
     * has no sweeps).
     */
    public static GramGrid loadGrid(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Diagnostic> warnings = new ArrayList<>();
        return GramGrid.of(ScenarioLoader.loadGrid(file, warnings::add), GramScenario.Source.file(absolute), warnings);
    }

    /**
     * Parses scenario text written in a notebook cell; relative paths in it (rule folders) are
     * resolved against {@code baseDirectory}.
     */
    public static GramScenario parse(String name, String text, Path baseDirectory) {
        SourceFile source = new SourceFile(name, text);
        List<Diagnostic> warnings = new ArrayList<>();
        return GramScenario.of(
                ScenarioLoader.load(source, baseDirectory.toAbsolutePath().normalize(), warnings::add),
                GramScenario.Source.text(name, text),
                warnings);
    }

    /** {@link #loadGrid(Path)} for scenario text written in a notebook cell. */
    public static GramGrid parseGrid(String name, String text, Path baseDirectory) {
        List<Diagnostic> warnings = new ArrayList<>();
        return GramGrid.of(
                ScenarioLoader.loadGrid(
                        new SourceFile(name, text),
                        baseDirectory.toAbsolutePath().normalize(),
                        warnings::add),
                GramScenario.Source.text(name, text),
                warnings);
    }

    /**
     * Runs {@code b} against {@code a} on common random numbers (A's seed and paths) and pairs
     * their headline metrics path by path.
     */
    public static GramComparison compare(GramScenario a, GramScenario b) {
        return GramComparison.of(a, b);
    }

    /**
     * {@link #compare(GramScenario, GramScenario)} pairing {@code metrics} too (any metric of
     * {@link GramMetrics}) besides the headline metrics and both scenarios' report conditions.
     */
    public static GramComparison compare(GramScenario a, GramScenario b, List<? extends Metric> metrics) {
        return GramComparison.of(a, b, metrics);
    }
}
