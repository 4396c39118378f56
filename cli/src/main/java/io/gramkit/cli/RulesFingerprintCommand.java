package io.gramkit.cli;

import io.gramkit.rules.RuleSetFingerprint;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "fingerprint",
        mixinStandardHelpOptions = true,
        description = {
            "Prints the fingerprint of a rule folder or file: SHA-256 over the sorted pairs of relative path and"
                    + " content, line endings normalised to LF (what a sign-off names)."
        })
final class RulesFingerprintCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "A rule folder or rule file.")
    Path source;

    @Override
    public Integer call() {
        if (!java.nio.file.Files.exists(source)) {
            spec.commandLine().getErr().println("error: no rule file or folder at '" + source + "'");
            return ExitCode.BAD_INPUT;
        }
        spec.commandLine().getOut().println("sha256:" + RuleSetFingerprint.of(source) + "  " + source);
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
