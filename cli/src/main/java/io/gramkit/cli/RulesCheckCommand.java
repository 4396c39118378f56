package io.gramkit.cli;

import io.gramkit.GramRules;
import io.gramkit.diagnostic.DiagnosticPrinter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Loads and compiles rule files and folders as one rule set, as a run with them would, and "
                    + "prints every problem as file:line:col: error: (or warning:) with the source line; exits 2 if there is an error."
        })
final class RulesCheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "1..*", description = "Rule folders or rule files.")
    List<Path> sources;

    @Override
    public Integer call() {
        GramRules.Checked checked = GramRules.check(sources);
        spec.commandLine().getErr().print(DiagnosticPrinter.render(checked.warnings()));
        spec.commandLine().getErr().flush();
        String what = sources.size() == 1 ? sources.get(0).toString() : sources.size() + " sources";
        spec.commandLine()
                .getOut()
                .printf(
                        Locale.ROOT,
                        "%s: %d %s in %d %s: ok%n",
                        what,
                        checked.rules(),
                        checked.rules() == 1 ? "rule" : "rules",
                        checked.files(),
                        checked.files() == 1 ? "file" : "files");
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
