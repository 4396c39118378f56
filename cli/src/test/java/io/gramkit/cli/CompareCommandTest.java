package io.gramkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {
    @TempDir
    Path temp;

    /** The reference scenario with one line changed, its rule folder made absolute. */
    private Path variant(String from, String to) throws IOException {
        String text = Files.readString(Path.of(Cli.reference()))
                .replace("\"../rules/reference\"", "\"" + Cli.repository().resolve("rules/reference") + "\"")
                .replace(from, to);
        assertThat(text).contains(to);
        Path file = temp.resolve("variant.gram");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void printsEachMetricForAAndBAndThePairedDifference() throws IOException {
        Path b = variant("daily limit 2% of supply", "daily limit 2.5% of supply");
        Path out = temp.resolve("out");
        Cli run = Cli.run(
                "compare", Cli.reference(), b.toString(), "--paths", "200", "--threads", "2", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains(
                        "A: Reference v1 (",
                        "reference-v1.gram)",
                        "B: Reference v1 (",
                        "variant.gram)",
                        "200 paths x 365 days, seed 20260101",
                        "common random numbers",
                        "share_max_discount_above_10pct",
                        "B - A",
                        "se if indep.");
        assertThat(run.err()).isEmpty(); // no progress bar when not on a terminal
        assertThat(Files.readAllLines(out.resolve("compare.csv")).get(0))
                .isEqualTo("metric,a,b,difference,standard_error,ci95_low,ci95_high,standard_error_if_independent");
        assertThat(Files.readString(out.resolve("columns.csv"))).contains("compare.csv,standard_error_if_independent");
    }

    @Test
    void differentHorizonsAreRefused() throws IOException {
        Path b = variant("horizon 365 days", "horizon 100 days");
        Cli run = Cli.run("compare", Cli.reference(), b.toString(), "--paths", "10");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("same horizon");
    }
}
