package io.gramkit.cli;

import io.gramkit.rules.RuleSetFingerprint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "sign",
        mixinStandardHelpOptions = true,
        description = {
            "Writes a sign-off: a plain-text record of who approved which rule set, by its fingerprint."
                    + " `gram rules verify` checks a folder against it. A record, not a cryptographic signature."
        })
final class RulesSignCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The rule folder or file approved.")
    Path source;

    @Option(names = "--by", required = true, paramLabel = "NAME", description = "Who approves it.")
    String approver;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The sign-off file to write.")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (!Files.exists(source)) {
            spec.commandLine().getErr().println("error: no rule file or folder at '" + source + "'");
            return ExitCode.BAD_INPUT;
        }
        String record = "rules: " + source + "\n"
                + "fingerprint: sha256:" + RuleSetFingerprint.of(source) + "\n"
                + "approved by: " + approver.strip() + "\n"
                + "date: " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\n";
        Path absolute = out.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path partial = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".partial");
        Files.writeString(partial, record, StandardCharsets.UTF_8);
        Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        spec.commandLine().getOut().print(record);
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
