package io.gramkit.cli;

import io.gramkit.Gram;
import io.gramkit.GramGrid;
import io.gramkit.GramGridRun;
import io.gramkit.GramRun;
import io.gramkit.GramScenario;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Runs a scenario as a Monte Carlo simulation and prints its summary.")
final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The scenario file (.gram).")
    Path file;

    @Mixin
    RunSettings runSettings;

    @Option(names = "--rules", paramLabel = "PATH", split = ",",
            description = "Rule files or folders to use instead of those the scenario names.")
    List<Path> rules;

    @Option(names = "--gold-paths", paramLabel = "CSV",
            description = "Given gold prices (path,day,price in USD/g, days 0..horizon) replacing the gold model and shocks.")
    Path goldPaths;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Write paths.csv, path-metrics.csv, summary.csv, metrics.csv, daily.csv, daily-shares.csv, columns.csv and manifest.json into DIR.")
    Path out;

    @Option(names = "--force", description = "Replace DIR if it exists.")
    boolean force;

    @Override
    public Integer call() throws IOException {
        runSettings.validate();
        RunSettings.refuseExistingFolder(out, force);
        GramGrid grid = Gram.loadGrid(file);
        if (grid.grid().isSweep()) {
            return runGrid(grid);
        }
        GramScenario scenario = runSettings.applyTo(grid.points().get(0));
        if (rules != null) {
            scenario = scenario.withRules(rules);
        }
        if (goldPaths != null) {
            scenario = scenario.withGoldPaths(goldPaths);
        }
        GramRun run = scenario.withProgress(ProgressBar.forTerminal(spec.commandLine().getErr(), "running")).run();
        spec.commandLine().getOut().print(run.summaryText());
        if (out != null) {
            Path written = run.writeTo(out, force);
            spec.commandLine().getOut().println("\nwrote " + String.join(", ", GramRun.FILES) + " to " + written);
        }
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }

    /** A scenario with sweeps: every grid point on the same random numbers, one table for the grid. */
    private Integer runGrid(GramGrid grid) throws IOException {
        grid = runSettings.applyTo(grid);
        if (rules != null) {
            grid = grid.withRules(rules);
        }
        if (goldPaths != null) {
            grid = grid.withGoldPaths(goldPaths);
        }
        GramGridRun run = grid.withProgress(ProgressBar.forTerminal(spec.commandLine().getErr(), "running")).run();
        spec.commandLine().getOut().print(run.summaryText());
        if (out != null) {
            Path written = run.writeTo(out, force);
            spec.commandLine().getOut().println("\nwrote grid.csv and each point's files under points/ to " + written);
        }
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
