package io.gramkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
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

        List<String> port = Files.readAllLines(expected);
        List<String> kit = Files.readAllLines(out.resolve("paths.csv"));
        assertThat(kit.get(0)).isEqualTo(port.get(0));
        assertThat(kit).hasSameSizeAs(port).hasSize(301);
        for (int row = 1; row < port.size(); row++) {
            String[] a = port.get(row).split(",", -1);
            String[] b = kit.get(row).split(",", -1);
            for (int column = 0; column < a.length; column++) {
                assertThat(Double.parseDouble(b[column]))
                        .as("row %d, %s", row, port.get(0).split(",", -1)[column])
                        .isEqualTo(Double.parseDouble(a[column]));
            }
        }
        // The port's paths are not all calm: some reach the spiral, some halt minting.
        assertThat(kit.stream()
                        .skip(1)
                        .filter(line -> line.split(",", -1)[13].startsWith("0.49"))
                        .count())
                .isPositive();
    }
}
