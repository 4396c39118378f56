package io.gramkit.cli;

import io.gramkit.Gram;
import io.gramkit.GramComparison;
import io.gramkit.GramScenario;
import io.gramkit.analysis.Metric;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "compare",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Runs two scenarios on common random numbers (same seed, same paths) and reports each headline "
                    + "metric, each report condition of either file and each --metric for A, B and B - A, with the standard error of the difference from the paired per-path "
                    + "differences."
        })
final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A", description = "The baseline scenario file (.gram).")
    Path fileA;

    @Parameters(index = "1", paramLabel = "B", description = "The alternative scenario file (.gram).")
    Path fileB;

    @Mixin
    RunSettings runSettings;

    @Mixin
    MetricOptions metricOptions;

    @Option(names = "--out", paramLabel = "DIR", description = "Write compare.csv and columns.csv into DIR.")
    Path out;

    @Option(names = "--force", description = "Replace DIR if it exists.")
    boolean force;

    @Override
    public Integer call() throws IOException {
        runSettings.validate();
        RunSettings.refuseExistingFolder(out, force);
        List<Metric> metrics = metricOptions.parse();
        GramScenario a = runSettings.applyTo(Gram.load(fileA));
        GramScenario b = runSettings.applyTo(Gram.load(fileB));
        Warnings.print(spec, a.warnings());
        Warnings.print(spec, b.warnings());
        if (a.scenario().horizonDays() != b.scenario().horizonDays()) {
            throw new UsageError("A runs " + a.scenario().horizonDays() + " days and B "
                    + b.scenario().horizonDays() + "; compare scenarios with the same horizon");
        }
        a = a.withProgress(ProgressBar.forTerminal(spec.commandLine().getErr(), "A"));
        b = b.withProgress(ProgressBar.forTerminal(spec.commandLine().getErr(), "B"));
        GramComparison comparison = Gram.compare(a, b, metrics);
        spec.commandLine().getOut().print(comparison.text());
        if (out != null) {
            Path written = comparison.writeTo(out, force);
            spec.commandLine().getOut().println("\nwrote compare.csv, columns.csv to " + written);
        }
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
