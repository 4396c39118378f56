package io.gramkit.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.gramkit.Gram;
import io.gramkit.GramGrid;
import io.gramkit.GramLibraryDiff;
import io.gramkit.GramScenario;
import io.gramkit.RunEngine;
import io.gramkit.analysis.LibraryDiff;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spark on {@code local[2]} writes every CSV byte for byte as the local engine does, whatever the
 * partitions, and a retried task changes nothing (docs/scale-out.md).
 */
class SparkEngineTest {
    static final Path REPO = Path.of(System.getProperty("gram.repo", "..")).toAbsolutePath();

    @TempDir
    Path temp;

    @AfterAll
    static void stopSpark() {
        SparkEngine.stop();
    }

    static Path library(String name) {
        return REPO.resolve("scenario-library").resolve(name);
    }

    @Test
    void oneThreeSeventeenAndSixtyFourPartitionsWriteTheLocalEnginesFiles() throws IOException {
        for (String name : List.of("reference-v1.gram", "reference-v2.gram", "cdp-gold-usd.gram")) {
            GramScenario scenario = Gram.load(library(name)).withPaths(100).withSeed(42);
            Path local = write(scenario, "local-" + name);
            for (int partitions : new int[] {1, 3, 17, 64}) {
                Path spark = write(
                        scenario.withEngine(SparkEngine.on("local[2]").withPartitions(partitions)),
                        partitions + "-" + name);
                assertSameFiles(local, spark, name + " in " + partitions + " partitions");
            }
        }
    }

    @Test
    void aReportBlocksLevelsAndConditionsAndAskedMetricsAreMeasuredOnTheExecutors() throws IOException {
        Path reported = temp.resolve("reported.gram");
        Files.writeString(reported, """
                scenario "Reference, reported" {
                  import "%s"
                  report {
                    quantiles 1%%, 40%%, 99%%
                    probability coverage < 100%% and gold move over 3 days < -5%%
                    days seen discount > 0.5%%
                  }
                }
                """.formatted(library("reference-v1.gram")));
        GramScenario scenario = Gram.load(reported)
                .withPaths(90)
                .withSeed(5)
                .withMetrics("probability[discount > 1%]", "mean_days[coverage < 95%]");
        Path local = write(scenario, "reported-local");
        Path spark = write(scenario.withEngine(SparkEngine.on("local[2]").withPartitions(7)), "reported-spark");
        assertSameFiles(local, spark, "a report block and asked metrics");
        assertThat(Files.readString(spark.resolve("metrics.csv")))
                .contains("probability[discount > 1%]", "mean_days[seen discount > 0.5%]");
    }

    @Test
    void aTaskThatFailsAndIsRetriedChangesNothing() throws IOException {
        GramScenario scenario =
                Gram.load(library("reference-v1.gram")).withPaths(120).withSeed(7);
        Path local = write(scenario, "local");
        // local[2,4]: two cores, a task may fail up to four times.
        Path retried = write(
                scenario.withEngine(
                        SparkEngine.on("local[2,4]").withPartitions(5).failingFirstAttemptOf(2)),
                "retried");
        assertSameFiles(local, retried, "partition 2 failed once");
    }

    @Test
    void theProviderMakesTheEngineByName() {
        RunEngine engine = RunEngine.named("spark", Map.of("master", "local[2]", "partitions", "4"));
        assertThat(engine).isInstanceOf(SparkEngine.class);
        assertThat(((SparkEngine) engine).master()).isEqualTo("local[2]");
        assertThat(Gram.load(library("reference-v1.gram")).onSpark("local[2]").engine())
                .isInstanceOf(SparkEngine.class);
    }

    @Test
    void sweepsRunEveryPointOnSpark() throws IOException {
        Path swept = temp.resolve("swept.gram");
        Files.writeString(swept, """
                scenario "Reference, swept" {
                  import "%s"
                  sweep fee in 0.25%%, 0.5%%
                }
                """.formatted(library("reference-v1.gram")));
        GramGrid grid = Gram.loadGrid(swept).withPaths(90).withSeed(3);
        Path local = grid.run().writeTo(temp.resolve("grid-local"), false);
        Path spark = grid.withEngine(SparkEngine.on("local[2]").withPartitions(4))
                .run()
                .writeTo(temp.resolve("grid-spark"), false);
        assertSameFiles(local, spark, "a sweep");
    }

    @Test
    void aRulesReviewRunsEveryLibraryScenarioOnSpark() throws IOException {
        List<Path> current = List.of(REPO.resolve("rules/reference"));
        List<Path> proposed = List.of(REPO.resolve("rules/reference/minting.drl"), REPO.resolve("rules/fee-tiers/drl"));
        List<Path> scenarios = GramLibraryDiff.library(
                REPO.resolve("scenario-library"), List.of("reference-v1", "cdp-gold-usd", "usdc-march-2023"));
        GramLibraryDiff review = GramLibraryDiff.of(current, proposed).withPaths(150);

        Path local = review.run(scenarios).writeTo(temp.resolve("review-local"), false);
        SparkEngine engine = SparkEngine.on("local[2]").withPartitions(5);
        int jobsBefore = jobs(engine);
        LibraryDiff onSpark = review.withEngine(engine).run(scenarios);
        Path spark = onSpark.writeTo(temp.resolve("review-spark"), false);

        assertThat(jobs(engine) - jobsBefore)
                .as("Spark jobs: A and B of each scenario")
                .isEqualTo(4);
        assertThat(onSpark.ran()).as("two ran, one names no rules").hasSize(2);
        assertThat(onSpark.skipped()).hasSize(1);
        for (String file : List.of("library-diff.csv", "library-diff.txt")) {
            assertThat(Files.mismatch(local.resolve(file), spark.resolve(file)))
                    .as(file + " differs at byte")
                    .isEqualTo(-1L);
        }
        assertThat(withoutThreads(spark.resolve("manifest.json")))
                .isEqualTo(withoutThreads(local.resolve("manifest.json")));
    }

    private static int jobs(SparkEngine engine) {
        return SparkEngine.context(engine.master(), engine.settings())
                .statusTracker()
                .getJobIdsForGroup(null)
                .length;
    }

    private Path write(GramScenario scenario, String folder) throws IOException {
        return scenario.run().writeTo(temp.resolve(folder), false);
    }

    /** Every CSV byte for byte; each manifest too but for the threads it records. */
    static void assertSameFiles(Path expected, Path actual, String what) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(expected)) {
            files = walk.filter(Files::isRegularFile)
                    .map(expected::relativize)
                    .sorted()
                    .toList();
        }
        try (Stream<Path> walk = Files.walk(actual)) {
            assertThat(walk.filter(Files::isRegularFile)
                            .map(actual::relativize)
                            .sorted()
                            .toList())
                    .as(what + ": the files written")
                    .isEqualTo(files);
        }
        assertThat(files).anyMatch(file -> file.toString().endsWith("paths.csv"));
        for (Path file : files) {
            if (file.getFileName().toString().equals("manifest.json")) {
                assertThat(withoutThreads(actual.resolve(file)))
                        .as(what + ": " + file)
                        .isEqualTo(withoutThreads(expected.resolve(file)));
            } else {
                assertThat(Files.mismatch(expected.resolve(file), actual.resolve(file)))
                        .as(what + ": " + file + " differs at byte")
                        .isEqualTo(-1L);
            }
        }
    }

    private static String withoutThreads(Path manifest) throws IOException {
        // A grid's manifest lists its points' manifests with their hashes, which differ by the threads too.
        return Files.readString(manifest)
                .replaceAll("\"threads\": [0-9]+", "\"threads\": N")
                .replaceAll("(manifest\\.json\", \"sha256\": )\"[0-9a-f]+\"", "$1\"...\"");
    }
}
