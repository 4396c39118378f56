package io.gramkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
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

    /**
     * Asserts that {@code actual} has the header and {@code lines} lines of {@code expected}, every
     * number the same double; returns the lines of {@code actual}.
     */
    static List<String> sameDoubles(Path expected, Path actual, int lines) throws IOException {
        List<String> port = Files.readAllLines(expected);
        List<String> kit = Files.readAllLines(actual);
        assertThat(kit.get(0)).isEqualTo(port.get(0));
        assertThat(kit).hasSameSizeAs(port).hasSize(lines);
        for (int row = 1; row < port.size(); row++) {
            String[] a = port.get(row).split(",", -1);
            String[] b = kit.get(row).split(",", -1);
            for (int column = 0; column < a.length; column++) {
                assertThat(Double.parseDouble(b[column]))
                        .as("row %d, %s", row, port.get(0).split(",", -1)[column])
                        .isEqualTo(Double.parseDouble(a[column]));
            }
        }
        return kit;
    }
}
