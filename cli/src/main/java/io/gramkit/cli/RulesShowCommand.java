package io.gramkit.cli;

import io.gramkit.dsl.ScenarioLoader;
import io.gramkit.model.RuleSource;
import io.gramkit.model.Scenario;
import io.gramkit.rules.PolicyDrl;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "show",
        mixinStandardHelpOptions = true,
        description = {
            "Prints the DRL that a scenario's `when ... then ...` policy lines compile to, for review; or, given a"
                    + " rule folder or rule file (.drl, .dslr, .drl.csv), the DRL it expands to, each .dslr sentence"
                    + " and each table row quoted above the DRL it became.",
            "The rules run together with the rule files the scenario names (listed in the header); saved to a"
                    + " .drl file and named with those files instead of the policy lines, they give the same run."
        })
final class RulesShowCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The scenario file (.gram), or a rule folder or rule file.")
    Path file;

    @Override
    public Integer call() {
        if (!file.getFileName().toString().endsWith(".gram")) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(io.gramkit.GramRules.expandedDrl(java.util.List.of(file)));
            out.flush();
            return ExitCode.OK;
        }
        Scenario scenario = ScenarioLoader.load(file);
        PrintWriter out = spec.commandLine().getOut();
        Optional<String> drl = PolicyDrl.of(scenario);
        if (drl.isEmpty()) {
            out.println("// " + file + " has no `when ... then ...` policy lines; it runs with " + ruleFiles(scenario)
                    + " only.");
        } else {
            out.println("// Runs together with " + ruleFiles(scenario) + ".");
            out.print(drl.get());
        }
        out.flush();
        return ExitCode.OK;
    }

    private static String ruleFiles(Scenario scenario) {
        if (scenario.rules().isEmpty()) {
            return "the kit's packaged reference rules";
        }
        return "the rules in "
                + String.join(
                        ", ",
                        scenario.rules().stream()
                                .map(RuleSource::path)
                                .map(Path::toString)
                                .map(p -> "'" + p + "'")
                                .toList());
    }
}
