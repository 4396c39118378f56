package io.gramkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scenario-library/reference-v2.gram, read through the language and run by the CLI with its rule
 * files, against tools/market_port.py (an independent plain-Python port of docs/model.md's "Market
 * model" with reference-v2's settings): given the same 300 gold paths, every number of every path
 * is the same double, the venues' columns included. A change to the .gram file that the port does
 * not follow fails here.
 */
class MarketPortIT {
    @TempDir
    Path temp;

    @Test
    void thePythonPortReproducesEveryPathOfTheReferenceV2FileExactly() throws Exception {
        Path prices =
                PythonPort.run(temp.resolve("prices.csv"), "reference_port.py", "--random-prices", "300", "365", "7");
        Path expected = PythonPort.run(temp.resolve("port.csv"), "market_port.py", prices.toString());
        Path out = temp.resolve("kit");
        Cli run = Cli.run(
                "run",
                Cli.repository().resolve("scenario-library/reference-v2.gram").toString(),
                "--gold-paths",
                prices.toString(),
                "--out",
                out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();

        PythonPort.sameDoubles(expected, out.resolve("paths.csv"), 301);
    }
}
