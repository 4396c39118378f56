package io.gramkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gramkit.diagnostic.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A local run that goes range by range (above 100,000 paths; here above 50 with ranges of 7 to 23
 * paths, the daily quantiles sketched above 50 too) writes the files of the same run stepped through
 * whole days, byte for byte, manifest and audit trail included, a debt block's days too; it reports
 * the same first error.
 */
class LocalEngineTest {
    private static final RunEngine WHOLE_DAYS = LocalEngine.wholeDays(50);
    private static final RunEngine RANGED_ABOVE_50 = LocalEngine.ranged(50, 7);

    @TempDir
    Path temp;

    @Test
    void rangesWriteTheFilesOfWholeDays() throws IOException {
        for (String name :
                List.of("reference-v1.gram", "reference-v2.gram", "blow-off-2026.gram", "cdp-gold-usd.gram")) {
            for (int threads : new int[] {1, 2}) {
                GramScenario scenario =
                        Gram.load(library(name)).withPaths(120).withSeed(42).withThreads(threads);
                Path whole = write(scenario.withEngine(WHOLE_DAYS), "whole-" + threads + "-" + name);
                for (int rangePaths : new int[] {7, 23}) {
                    Path ranged = write(
                            scenario.withEngine(LocalEngine.ranged(50, rangePaths)),
                            "ranged-" + threads + "-" + rangePaths + "-" + name);
                    assertSameFiles(whole, ranged, name + ", " + threads + " threads, ranges of " + rangePaths);
                }
            }
        }
    }

    @Test
    void aReportBlockAskedMetricsAndAnAuditTrailAreThoseOfWholeDays() throws IOException {
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
                .withThreads(2)
                .withAuditPaths(0, 6, 7, 44, 89)
                .withMetrics("probability[discount > 1%]", "mean_days[coverage < 95%]");
        Path whole = write(scenario.withEngine(WHOLE_DAYS), "whole");
        Path ranged = write(scenario.withEngine(RANGED_ABOVE_50), "ranged");
        assertSameFiles(whole, ranged, "a report block, asked metrics and an audit trail");
        assertThat(Files.readString(ranged.resolve("metrics.csv"))).contains("mean_days[seen discount > 0.5%]");
    }

    @Test
    void theFirstErrorIsWholeDaysFirstError() throws IOException {
        Path rules = Files.createDirectories(temp.resolve("clash"));
        Files.writeString(rules.resolve("fees.drl"), """
                package proposal;
                import io.gramkit.rules.TokenDay;

                rule "Charge two percent on a wide discount"
                when
                    $token : TokenDay( discount > 0.05, fee != 0.02 )
                then
                    $token.chargeFee( 0.02 );
                end

                rule "Charge three percent on a wide discount"
                when
                    $token : TokenDay( discount > 0.05, fee != 0.03 )
                then
                    $token.chargeFee( 0.03 );
                end
                """);
        GramScenario scenario = Gram.load(library("reference-v1.gram"))
                .withPaths(200)
                .withSeed(3)
                .withRules(List.of(rules));
        String whole = catchThrowableOfType(InputException.class, scenario.withEngine(WHOLE_DAYS)::run)
                .render();
        assertThat(whole).contains("[M102]");
        for (int threads : new int[] {1, 2}) {
            GramScenario ranged = scenario.withThreads(threads).withEngine(RANGED_ABOVE_50);
            InputException error = catchThrowableOfType(InputException.class, ranged::run);
            assertThat(error.render()).as("threads " + threads).isEqualTo(whole);
        }
    }

    @Test
    void progressCountsPathsRangeByRange() {
        List<String> told = new ArrayList<>();
        RunProgress listener = new RunProgress() {
            @Override
            public void onDay(int day, int horizonDays) {
                told.add("day " + day);
            }

            @Override
            public void onPaths(int done, int paths, int horizonDays) {
                told.add(done + "/" + paths);
            }
        };
        Gram.load(library("reference-v1.gram"))
                .withPaths(60)
                .withThreads(2)
                .withProgress(listener)
                .withEngine(LocalEngine.ranged(50, 20))
                .run();
        assertThat(told).containsExactly("day 0", "20/60", "40/60", "60/60");

        told.clear();
        Gram.load(library("cdp-gold-usd.gram"))
                .withPaths(60)
                .withProgress(listener)
                .withEngine(LocalEngine.ranged(50, 20))
                .run();
        assertThat(told).as("a debt block").containsExactly("day 0", "20/60", "40/60", "60/60");
    }

    private static Path library(String name) {
        return Repository.file("scenario-library/" + name);
    }

    private Path write(GramScenario scenario, String folder) throws IOException {
        return scenario.run().writeTo(temp.resolve(folder), false);
    }

    /** Every file byte for byte, the manifest included. */
    private static void assertSameFiles(Path expected, Path actual, String what) throws IOException {
        List<Path> files = files(expected);
        assertThat(files(actual)).as(what + ": the files written").isEqualTo(files);
        assertThat(files).anyMatch(file -> file.toString().endsWith("paths.csv"));
        for (Path file : files) {
            assertThat(Files.mismatch(expected.resolve(file), actual.resolve(file)))
                    .as(what + ": " + file + " differs at byte")
                    .isEqualTo(-1L);
        }
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .map(folder::relativize)
                    .sorted()
                    .toList();
        }
    }
}
