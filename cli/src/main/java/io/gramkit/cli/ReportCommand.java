package io.gramkit.cli;

import io.gramkit.Gram;
import io.gramkit.GramRun;
import io.gramkit.GramScenario;
import io.gramkit.analysis.Metric;
import java.io.IOException;
import java.nio.file.Files;
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
        name = "report",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = "Runs a scenario and writes one self-contained HTML report (charts embedded as PNG; nothing is "
                + "fetched when it is viewed).")
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The scenario file (.gram).")
    Path file;

    @Option(names = "--html", required = true, paramLabel = "OUT", description = "The HTML file to write.")
    Path html;

    @Option(names = "--force", description = "Replace OUT if it exists.")
    boolean force;

    @Mixin
    RunSettings runSettings;

    @Mixin
    MetricOptions metricOptions;

    @Override
    public Integer call() throws IOException {
        runSettings.validate();
        if (Files.exists(html) && !force) {
            throw new UsageError("'" + html + "' exists; pass --force to replace it");
        }
        List<Metric> metrics = metricOptions.parse();
        GramScenario scenario = runSettings.applyTo(Gram.load(file)).withMetrics(metrics);
        Warnings.print(spec, scenario.warnings());
        GramRun run = scenario.withProgress(
                        ProgressBar.forTerminal(spec.commandLine().getErr(), "running"))
                .run();
        Path written = run.writeHtmlReport(html);
        spec.commandLine().getOut().print(run.summaryText());
        spec.commandLine().getOut().println("\nwrote " + written);
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
