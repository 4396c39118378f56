package io.gramkit.cli;

import io.gramkit.diagnostic.Diagnostic;
import io.gramkit.diagnostic.DiagnosticPrinter;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Prints a scenario's warnings on stderr before a command runs it, exactly as {@code gram check}
 * prints them: no command that runs a scenario hides what check would say about it.
 */
final class Warnings {
    private Warnings() {}

    static void print(CommandSpec spec, List<Diagnostic> warnings) {
        if (warnings.isEmpty()) {
            return;
        }
        spec.commandLine().getErr().print(DiagnosticPrinter.render(warnings));
        spec.commandLine().getErr().flush();
    }
}
