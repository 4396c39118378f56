package io.gramkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kit against tools/reference_port.py, an independent plain-Python port of docs/model.md:
 * given the same gold prices, every number of every path must be the same double. The replayed
 * step uses only +, -, *, /, min and max, so nothing but a different operation order could differ.
 */
class IndependentPortIT {
    @TempDir
    Path temp;

    @Test
    void thePythonPortReproducesEveryPathExactly() throws Exception {
        Path prices =
                PythonPort.run(temp.resolve("prices.csv"), "reference_port.py", "--random-prices", "300", "365", "7");
        Path expected = PythonPort.run(temp.resolve("port.csv"), "reference_port.py", prices.toString());
        Path out = temp.resolve("kit");
        Cli run = Cli.run("run", Cli.reference(), "--gold-paths", prices.toString(), "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("given gold prices");

        List<String> kit = PythonPort.sameDoubles(expected, out.resolve("paths.csv"), 301);
        // The port's paths are not all calm: some reach the spiral, some halt minting.
        assertThat(kit.stream()
                        .skip(1)
                        .filter(line -> line.split(",", -1)[13].startsWith("0.49"))
                        .count())
                .isPositive();
    }
}
