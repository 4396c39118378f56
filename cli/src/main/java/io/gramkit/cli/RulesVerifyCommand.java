package io.gramkit.cli;

import io.gramkit.rules.RuleSetFingerprint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = {
            "Checks that a rule folder or file is the one approved: its fingerprint against a fingerprint"
                    + " (sha256:...) or a sign-off file written by `gram rules sign`. Exits 0 if they match, 2 if not."
        })
final class RulesVerifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The rule folder or file.")
    Path source;

    @Parameters(index = "1", paramLabel = "FINGERPRINT|SIGNOFF", description = "sha256:<hex>, or a sign-off file.")
    String approved;

    @Override
    public Integer call() throws IOException {
        if (!Files.exists(source)) {
            spec.commandLine().getErr().println("error: no rule file or folder at '" + source + "'");
            return ExitCode.BAD_INPUT;
        }
        String expected = approved.strip();
        String approver = "";
        Path file = Path.of(expected);
        if (!expected.startsWith("sha256:") && Files.isRegularFile(file)) {
            expected = "";
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith("fingerprint:")) {
                    expected = line.substring("fingerprint:".length()).strip();
                } else if (line.startsWith("approved by:")) {
                    approver = " (approved by "
                            + line.substring("approved by:".length()).strip() + ")";
                }
            }
            if (expected.isEmpty()) {
                spec.commandLine().getErr().println("error: " + file + ": no 'fingerprint:' line");
                return ExitCode.BAD_INPUT;
            }
        }
        String actual = "sha256:" + RuleSetFingerprint.of(source);
        if (!actual.equals(expected.toLowerCase(Locale.ROOT))) {
            spec.commandLine()
                    .getErr()
                    .println("error: " + source + " is not the rule set approved" + approver + ": its fingerprint is "
                            + actual + ", the approved one " + expected);
            return ExitCode.BAD_INPUT;
        }
        spec.commandLine().getOut().println(source + ": " + actual + " matches" + approver);
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
