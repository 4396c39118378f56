package io.gramkit;

import io.gramkit.diagnostic.SourceFile;
import io.gramkit.dsl.ScenarioLoader;
import java.nio.file.Path;

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

    /** Reads, parses and checks a scenario file. */
    public static GramScenario load(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return GramScenario.of(ScenarioLoader.load(file), GramScenario.Source.file(absolute));
    }

    /**
     * Reads a scenario file with its sweeps: one scenario per grid point (one point when the file
     * has no sweeps).
     */
    public static GramGrid loadGrid(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return GramGrid.of(ScenarioLoader.loadGrid(file, warning -> {}), GramScenario.Source.file(absolute));
    }

    /**
     * Parses scenario text written in a notebook cell; relative paths in it (rule folders) are
     * resolved against {@code baseDirectory}.
     */
    public static GramScenario parse(String name, String text, Path baseDirectory) {
        SourceFile source = new SourceFile(name, text);
        return GramScenario.of(
                ScenarioLoader.load(source, baseDirectory.toAbsolutePath().normalize()),
                GramScenario.Source.text(name, text));
    }

    /** {@link #loadGrid(Path)} for scenario text written in a notebook cell. */
    public static GramGrid parseGrid(String name, String text, Path baseDirectory) {
        return GramGrid.of(
                ScenarioLoader.loadGrid(
                        new SourceFile(name, text),
                        baseDirectory.toAbsolutePath().normalize(),
                        warning -> {}),
                GramScenario.Source.text(name, text));
    }

    /**
     * Runs {@code b} against {@code a} on common random numbers (A's seed and paths) and pairs
     * their headline metrics path by path.
     */
    public static GramComparison compare(GramScenario a, GramScenario b) {
        return GramComparison.of(a, b);
    }
}
