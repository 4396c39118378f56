package io.gramkit.cli;

import io.gramkit.Gram;
import io.gramkit.GramGrid;
import io.gramkit.GramGridRun;
import io.gramkit.GramRun;
import io.gramkit.GramScenario;
import io.gramkit.RunEngine;
import io.gramkit.analysis.Metric;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Stack;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IParameterConsumer;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = "Runs a scenario as a Monte Carlo simulation and prints its summary.")
final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    RulesCacheOption rulesCache;

    @Parameters(paramLabel = "FILE", description = "The scenario file (.gram).")
    Path file;

    @Mixin
    RunSettings runSettings;

    @Mixin
    MetricOptions metricOptions;

    @Option(
            names = "--rules",
            paramLabel = "PATH",
            split = ",",
            description = "Rule files or folders to use instead of those the scenario names.")
    List<Path> rules;

    @Option(
            names = "--gold-paths",
            paramLabel = "CSV",
            description =
                    "Given gold prices (path,day,price in USD/g, days 0..horizon) replacing the gold model and shocks.")
    Path goldPaths;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description =
                    "Write paths.csv, path-metrics.csv, summary.csv, metrics.csv, daily.csv, daily-shares.csv, columns.csv and manifest.json into DIR.")
    Path out;

    @Option(names = "--force", description = "Replace DIR if it exists.")
    boolean force;

    @Mixin
    EngineOptions engineOptions;

    /** The engine asked for; the audit trail and given gold paths need the local one. */
    private RunEngine runEngine() {
        engineOptions.validate();
        if (!engineOptions.local() && (audit != null || auditPaths != null || goldPaths != null)) {
            throw new UsageError((goldPaths != null ? "--gold-paths" : "--audit") + " needs the local engine");
        }
        return engineOptions.engine();
    }

    @Option(
            names = "--audit",
            arity = "0..1",
            paramLabel = "N",
            parameterConsumer = OptionalCount.class,
            description =
                    "Also write audit.csv (every rule firing on the first N paths, default 10: the facts it matched"
                            + " and what it changed) and rule-changes.csv (changes per rule and lever, all paths) into DIR.")
    Integer audit;

    @Option(
            names = "--audit-paths",
            paramLabel = "P",
            split = ",",
            description = "Audit these paths (numbered from 0, comma-separated) instead of the first N.")
    List<Integer> auditPaths;

    /**
     * {@code --audit} takes its count only when one follows ({@code --audit 5}, {@code --audit=5}),
     * so {@code gram run --audit FILE} audits 10 paths of FILE instead of reading FILE as a count.
     */
    static final class OptionalCount implements IParameterConsumer {
        static final int DEFAULT = 10;

        @Override
        public void consumeParameters(Stack<String> args, ArgSpec argSpec, CommandSpec commandSpec) {
            if (!args.isEmpty() && args.peek().matches("-?[0-9]+")) {
                try {
                    argSpec.setValue(Integer.valueOf(args.pop()));
                } catch (NumberFormatException e) {
                    throw new picocli.CommandLine.ParameterException(
                            commandSpec.commandLine(), "--audit takes a number of paths up to " + Integer.MAX_VALUE);
                }
            } else {
                argSpec.setValue(DEFAULT);
            }
        }
    }

    /** The audit writes files: it needs --out, and one way of choosing its paths. */
    private void validateAudit() {
        if (audit != null && auditPaths != null) {
            throw new UsageError("--audit and --audit-paths both choose the audited paths; give one");
        }
        if (audit != null && audit <= 0) {
            throw new UsageError("--audit needs at least one path, got " + audit);
        }
        if (auditPaths != null && auditPaths.stream().anyMatch(path -> path < 0)) {
            throw new UsageError("--audit-paths takes path numbers from 0, got " + auditPaths);
        }
        if ((audit != null || auditPaths != null) && out == null) {
            throw new UsageError((audit != null ? "--audit" : "--audit-paths")
                    + " writes audit.csv and rule-changes.csv:" + " give --out DIR");
        }
    }

    @Override
    public Integer call() throws Exception {
        return rulesCache.around(this::runCommand);
    }

    private Integer runCommand() throws IOException {
        runSettings.validate();
        validateAudit();
        RunSettings.refuseExistingFolder(out, force);
        List<Metric> metrics = metricOptions.parse();
        RunEngine runEngine = runEngine();
        GramGrid grid = Gram.loadGrid(file).withEngine(runEngine);
        Warnings.print(spec, grid.warnings());
        if (grid.grid().isSweep()) {
            return runGrid(grid.withMetrics(metrics));
        }
        GramScenario scenario = runSettings.applyTo(grid.points().get(0)).withMetrics(metrics);
        if (rules != null) {
            scenario = scenario.withRules(rules);
        }
        if (goldPaths != null) {
            scenario = scenario.withGoldPaths(goldPaths);
        }
        if (audit != null) {
            scenario = scenario.withAudit(audit);
        } else if (auditPaths != null) {
            scenario = scenario.withAuditPaths(
                    auditPaths.stream().mapToInt(Integer::intValue).toArray());
        }
        GramRun run;
        try {
            run = scenario.withProgress(
                            ProgressBar.forTerminal(spec.commandLine().getErr(), "running"))
                    .run();
        } catch (GramScenario.AuditPathOutOfRange e) {
            throw new UsageError("--audit-paths: " + e.getMessage());
        }
        spec.commandLine().getOut().print(run.summaryText());
        if (out != null) {
            Path written = run.writeTo(out, force);
            spec.commandLine().getOut().println("\nwrote " + String.join(", ", run.files()) + " to " + written);
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
        GramGridRun run = grid.withProgress(
                        ProgressBar.forTerminal(spec.commandLine().getErr(), "running"))
                .run();
        spec.commandLine().getOut().print(run.summaryText());
        if (out != null) {
            Path written = run.writeTo(out, force);
            spec.commandLine().getOut().println("\nwrote grid.csv and each point's files under points/ to " + written);
        }
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
