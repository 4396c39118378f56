package io.gramkit.cli;

import io.gramkit.Gram;
import io.gramkit.diagnostic.Diagnostic;
import io.gramkit.diagnostic.DiagnosticPrinter;
import io.gramkit.diagnostic.InputException;
import io.gramkit.dsl.ScenarioLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description =
                "Checks scenario files, and compiles the rule files they name, and prints every error and warning; exits 2 if any file has an error.")
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    RulesCacheOption rulesCache;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Scenario files (.gram).")
    List<Path> files;

    /**
     * Compiles the rule files the scenario names, as a run would, and returns their problems and
     * warnings (levels no rule reads, deprecated fields).
     */
    private static List<Diagnostic> ruleProblems(Path file) {
        try {
            return Gram.load(file).compileRules();
        } catch (InputException e) {
            return e.diagnostics();
        }
    }

    @Override
    public Integer call() throws Exception {
        return rulesCache.around(this::checkFiles);
    }

    private Integer checkFiles() {
        List<Diagnostic> all = new ArrayList<>();
        for (Path file : files) {
            List<Diagnostic> found = ScenarioLoader.check(file);
            all.addAll(found);
            if (found.stream().noneMatch(Diagnostic::isError)) {
                all.addAll(ruleProblems(file));
            }
        }
        spec.commandLine().getErr().print(DiagnosticPrinter.render(all));
        spec.commandLine().getErr().flush();
        boolean errors = all.stream().anyMatch(Diagnostic::isError);
        if (!errors) {
            // A line of its own after the diagnostics: "late.gram: 1 warning", never "ok" beside a warning.
            long warnings = all.size();
            String what = warnings == 0 ? "ok" : warnings + (warnings == 1 ? " warning" : " warnings");
            spec.commandLine()
                    .getOut()
                    .println(files.size() == 1 ? files.get(0) + ": " + what : files.size() + " files: " + what);
        }
        return errors ? ExitCode.BAD_INPUT : ExitCode.OK;
    }
}
