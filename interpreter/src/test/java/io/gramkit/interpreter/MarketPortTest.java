package io.gramkit.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import io.gramkit.interpreter.gold.GivenGold;
import io.gramkit.model.GoldPrices;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kit's market day against tools/market_port.py, an independent plain-Python port of
 * docs/model.md's "Market model" with reference-v2's settings: given the same 300 gold paths
 * (tools/reference_port.py's seeded prices, with crashes and rallies), every number of every path
 * is the same double, the market's columns included.
 */
class MarketPortTest {
    @TempDir
    Path temp;

    private static Path repository() {
        Path here = Path.of("").toAbsolutePath();
        return Files.exists(here.resolve("tools")) ? here : here.getParent();
    }

    private Path python(Path output, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("python3"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command)
                .redirectOutput(output.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as("python3 " + String.join(" ", args)).isZero();
        return output;
    }

    /** The port's price file (path,day,price after a header), read here: gold-data owns the kit's reader. */
    private static GoldPrices pricesOf(Path file, int paths, int horizon) throws IOException {
        double[][] prices = new double[paths][horizon + 1];
        List<String> lines = Files.readAllLines(file);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            prices[Integer.parseInt(cells[0])][Integer.parseInt(cells[1])] = Double.parseDouble(cells[2]);
        }
        return GoldPrices.of(file.toString(), prices);
    }

    @Test
    void thePythonPortReproducesEveryPathOfReferenceV2Exactly() throws Exception {
        Path tools = repository().resolve("tools");
        Path prices = python(
                temp.resolve("prices.csv"),
                tools.resolve("reference_port.py").toString(),
                "--random-prices",
                "300",
                "365",
                "7");
        Path expected =
                python(temp.resolve("port.csv"), tools.resolve("market_port.py").toString(), prices.toString());

        PathOutcomes kit = new Simulator(
                        TestMarkets.referenceV2(300, 1),
                        new ReferenceRulesOracle(),
                        new GivenGold(pricesOf(prices, 300, 365)))
                .run(2, DayObserver.NONE)
                .outcomes();
        List<String> port = Files.readAllLines(expected);
        String[] header = port.get(0).split(",", -1);
        assertThat(kit.columns()).containsExactly(header);
        assertThat(port).hasSize(301);
        for (int row = 1; row < port.size(); row++) {
            String[] values = port.get(row).split(",", -1);
            for (int column = 0; column < values.length; column++) {
                assertThat(kit.value(row - 1, header[column]))
                        .as("path %d, %s", row - 1, header[column])
                        .isEqualTo(Double.parseDouble(values[column]));
            }
        }
        // The paths are not all calm: on some the desks ran out of capital or a venue fell 10%.
        assertThat(java.util.Arrays.stream(kit.column("book_min_low")).min().orElseThrow())
                .isLessThan(0.9);
    }
}
