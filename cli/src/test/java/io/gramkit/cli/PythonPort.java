package io.gramkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs one of the independent Python ports in tools/ and keeps what it prints in a file. */
final class PythonPort {
    private PythonPort() {}

    /** Runs {@code tools/<script> args...}, writes its standard output to {@code output}, returns it. */
    static Path run(Path output, String script, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                "python3", Cli.repository().resolve("tools").resolve(script).toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command)
                .redirectOutput(output.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue())
                .as("python3 " + script + " " + String.join(" ", args))
                .isZero();
        return output;
    }
}
