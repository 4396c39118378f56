package io.gramkit.cli;

import io.gramkit.Gram;
import io.gramkit.GramRun;
import io.gramkit.GramScenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
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

    @Option(names = "--paths", paramLabel = "N", description = "Number of paths (overrides the file).")
    Integer paths;

    @Option(names = "--seed", paramLabel = "SEED", description = "Random seed (overrides the file).")
    Long seed;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    Integer threads;

    @Override
    public Integer call() throws IOException {
        if (paths != null && paths <= 0 || threads != null && threads <= 0) {
            throw new UsageError("--paths and --threads must be positive");
        }
        if (Files.exists(html) && !force) {
            throw new UsageError("'" + html + "' exists; pass --force to replace it");
        }
        GramScenario scenario = Gram.load(file);
        if (paths != null) {
            scenario = scenario.withPaths(paths);
        }
        if (seed != null) {
            scenario = scenario.withSeed(seed);
        }
        if (threads != null) {
            scenario = scenario.withThreads(threads);
        }
        GramRun run = scenario.withProgress(ProgressBar.forTerminal(spec.commandLine().getErr(), "running")).run();
        Path written = run.writeHtmlReport(html);
        spec.commandLine().getOut().print(run.summaryText());
        spec.commandLine().getOut().println("\nwrote " + written);
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
