package io.gramkit.cli;

import io.gramkit.GramGrid;
import io.gramkit.GramScenario;
import io.gramkit.analysis.OutputFolder;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The options every command that runs a scenario shares: path count, seed and threads, which
 * override the scenario file (for every run a command makes).
 */
final class RunSettings {
    @Option(names = "--paths", paramLabel = "N", description = "Number of paths (overrides the file).")
    Integer paths;

    @Option(names = "--seed", paramLabel = "SEED", description = "Random seed (overrides the file).")
    Long seed;

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "Worker threads; results are identical for any number (default: all cores).")
    Integer threads;

    /** Refuses non-positive counts before anything is loaded or run. */
    void validate() {
        if (paths != null && paths <= 0) {
            throw new UsageError("--paths must be positive, got " + paths);
        }
        if (threads != null && threads <= 0) {
            throw new UsageError("--threads must be positive, got " + threads);
        }
    }

    /** The scenario with the options that were given applied. */
    GramScenario applyTo(GramScenario scenario) {
        if (paths != null) {
            scenario = scenario.withPaths(paths);
        }
        if (seed != null) {
            scenario = scenario.withSeed(seed);
        }
        if (threads != null) {
            scenario = scenario.withThreads(threads);
        }
        return scenario;
    }

    GramGrid applyTo(GramGrid grid) {
        if (paths != null) {
            grid = grid.withPaths(paths);
        }
        if (seed != null) {
            grid = grid.withSeed(seed);
        }
        if (threads != null) {
            grid = grid.withThreads(threads);
        }
        return grid;
    }

    /** Fails early, before a long run, when an output folder exists and may not be replaced. */
    static void refuseExistingFolder(Path out, boolean force) {
        if (out == null) {
            return;
        }
        try {
            new OutputFolder(out, force).checkWritable();
        } catch (FileAlreadyExistsException e) {
            throw new UsageError("output folder '" + out + "' exists; pass --force to replace it");
        }
    }
}
