package io.gramkit.cli;

import io.gramkit.Gram;
import io.gramkit.GramComparison;
import io.gramkit.GramScenario;
import io.gramkit.analysis.ComparisonText;
import io.gramkit.analysis.OutputFolder;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs two scenarios on common random numbers (same seed, same paths) and reports each headline "
                + "metric for A, B and B - A, with the standard error of the difference from the paired per-path "
                + "differences."})
final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A", description = "The baseline scenario file (.gram).")
    Path fileA;

    @Parameters(index = "1", paramLabel = "B", description = "The alternative scenario file (.gram).")
    Path fileB;

    @Option(names = "--paths", paramLabel = "N", description = "Number of paths for both (default: A's).")
    Integer paths;

    @Option(names = "--seed", paramLabel = "SEED", description = "Random seed for both (default: A's).")
    Long seed;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR", description = "Write compare.csv and columns.csv into DIR.")
    Path out;

    @Option(names = "--force", description = "Replace DIR if it exists.")
    boolean force;

    @Override
    public Integer call() throws IOException {
        if (paths != null && paths <= 0 || threads != null && threads <= 0) {
            throw new UsageError("--paths and --threads must be positive");
        }
        if (out != null) {
            try {
                new OutputFolder(out, force).checkWritable();
            } catch (FileAlreadyExistsException e) {
                throw new UsageError("output folder '" + out + "' exists; pass --force to replace it");
            }
        }
        GramScenario a = configure(Gram.load(fileA));
        GramScenario b = configure(Gram.load(fileB));
        if (a.scenario().horizonDays() != b.scenario().horizonDays()) {
            throw new UsageError("A runs " + a.scenario().horizonDays() + " days and B " + b.scenario().horizonDays()
                    + "; compare scenarios with the same horizon");
        }
        a = a.withProgress(ProgressBar.forTerminal(spec.commandLine().getErr(), "A"));
        b = b.withProgress(ProgressBar.forTerminal(spec.commandLine().getErr(), "B"));
        GramComparison comparison = Gram.compare(a, b);
        spec.commandLine().getOut().print(ComparisonText.render(comparison.comparison(), a.scenario().horizonDays()));
        if (out != null) {
            Path written = comparison.writeTo(out, force);
            spec.commandLine().getOut().println("\nwrote compare.csv, columns.csv to " + written);
        }
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }

    private GramScenario configure(GramScenario scenario) {
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
}
