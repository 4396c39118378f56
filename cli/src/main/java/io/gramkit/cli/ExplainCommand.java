package io.gramkit.cli;

import io.gramkit.dsl.ScenarioLoader;
import io.gramkit.dsl.explain.ScenarioWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "explain",
        mixinStandardHelpOptions = true,
        description = {
            "Prints the scenario as the kit resolved it: imports applied, every default written out, "
                    + "units converted to USD/g, grams, USD and days.",
            "The output is itself a scenario file that loads to the same scenario."
        })
final class ExplainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The scenario file (.gram).")
    Path file;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(ScenarioWriter.write(ScenarioLoader.loadGrid(file, warning -> {})));
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
