package io.gramkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --gold-paths}: given prices replace the gold model; malformed files leave nothing behind. */
class GoldPathsOptionTest {
    @TempDir
    Path temp;

    /** Three paths over the reference horizon: flat, a 20% fall on day 1, and a slow rise. */
    private Path prices() throws IOException {
        StringBuilder csv = new StringBuilder("path,day,price\n");
        for (int path = 0; path < 3; path++) {
            for (int day = 0; day <= 365; day++) {
                double price = switch (path) {
                    case 0 -> 75.0;
                    case 1 -> day == 0 ? 75.0 : 60.0;
                    default -> 75.0 + day * 0.01;
                };
                csv.append(path)
                        .append(',')
                        .append(day)
                        .append(',')
                        .append(price)
                        .append('\n');
            }
        }
        return Files.writeString(temp.resolve("prices.csv"), csv);
    }

    @Test
    void givenPricesSetThePathCountAndTheGold() throws IOException {
        Path out = temp.resolve("out");
        Cli run = Cli.run("run", Cli.reference(), "--gold-paths", prices().toString(), "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        var rows = Files.readAllLines(out.resolve("paths.csv"));
        assertThat(rows).hasSize(4);
        assertThat(rows.get(1)).startsWith("0,75.0,");
        assertThat(rows.get(2)).startsWith("1,60.0,");
        assertThat(rows.get(3)).startsWith("2,78.65");
        assertThat(Files.readString(out.resolve("manifest.json"))).contains("\"gold_paths\": {\"file\"", "prices.csv");
    }

    @Test
    void theManifestNamesEveryInputFileByItsAbsolutePath() throws IOException {
        // Scenario and prices given relative to the working folder: the manifest still records
        // them, and the rule files the scenario names, the same way (absolute, normalised).
        Path here = Path.of("").toAbsolutePath();
        String scenario = here.relativize(Path.of(Cli.reference())).toString();
        String prices = here.relativize(prices()).toString();
        Path out = temp.resolve("out");
        Cli run = Cli.run("run", scenario, "--gold-paths", prices, "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        String manifest = Files.readString(out.resolve("manifest.json"));
        String inputs = manifest.substring(0, manifest.indexOf("\"outputs\""));
        Matcher file = Pattern.compile("\"file\": \"([^\"]*)\"").matcher(inputs);
        List<String> names = new ArrayList<>();
        while (file.find()) {
            names.add(file.group(1));
        }
        assertThat(names).hasSizeGreaterThanOrEqualTo(3); // scenario, rule files, prices
        assertThat(names).allSatisfy(name -> {
            assertThat(Path.of(name)).isAbsolute();
            assertThat(Path.of(name).normalize()).isEqualTo(Path.of(name));
        });
        assertThat(names).contains(prices().toAbsolutePath().normalize().toString());
    }

    @Test
    void aPathCountThatDisagreesWithTheFileIsAnError() throws IOException {
        Cli run = Cli.run("run", Cli.reference(), "--gold-paths", prices().toString(), "--paths", "5");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("holds 3 paths but 5 were asked for; leave out --paths [D112]");
    }

    @Test
    void aMalformedRowFailsWithItsLineAndLeavesNoOutputFolder() throws IOException {
        Path file = prices();
        var lines = new java.util.ArrayList<>(Files.readAllLines(file));
        lines.set(41, "0,40,seventy"); // line 42 of the file
        Files.write(file, lines);
        Path out = temp.resolve("out");
        Cli run = Cli.run("run", Cli.reference(), "--gold-paths", file.toString(), "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err())
                .contains(file + ":42:6: error: price 'seventy' is not a positive number of USD per gram")
                .contains("   42 | 0,40,seventy");
        assertThat(out).doesNotExist();
        try (var left = Files.list(temp)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("prices.csv");
        }
    }
}
