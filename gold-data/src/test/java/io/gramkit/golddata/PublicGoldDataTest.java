package io.gramkit.golddata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The public monthly and annual series in {@code ../shared/data/gold/} (beside the repository, not
 * copied into it). Skipped with a message when the folder is absent.
 */
class PublicGoldDataTest {

    private static Path folder() {
        String repo = System.getProperty("gram.repo", "..");
        Path folder = Path.of(repo)
                .resolve("../shared/data/gold/datasets-gold-prices")
                .normalize();
        Assumptions.assumeTrue(
                Files.isDirectory(folder),
                "public gold data not found at " + folder + " (it sits beside the repository); skipping");
        return folder;
    }

    @Test
    void monthlyReturns1971To2025HaveAnAnnualisedVolatilityBetween12And25Percent() {
        PriceSeries series = PriceFile.read(
                        folder().resolve("monthly.csv"), Optional.of(PriceUnit.USD_PER_OUNCE), Optional.empty())
                .series();
        PriceSeries window = series.between(DatePrecision.periodStart("1971"), DatePrecision.periodEnd("2025"))
                .orElseThrow();
        assertThat(window.range()).isEqualTo("1971-01 .. 2025-12");
        assertThat(series.frequency().periodsPerYear()).isEqualTo(12.0);
        Calibration fit = Calibrator.fit(window, ModelKind.GBM);
        assertThat(fit.estimate("vol").value()).as(fit.report()).isBetween(0.12, 0.25);
    }

    @Test
    void everyPublicFileReadsWithItsFrequency() {
        Path folder = folder();
        assertThat(PriceFile.read(folder.resolve("annual.csv"), Optional.empty(), Optional.empty())
                        .series()
                        .frequency()
                        .name())
                .isEqualTo("annual");
        Inspection processed = PriceFile.read(
                        folder.resolve("monthly-processed.csv"), Optional.empty(), Optional.empty())
                .inspect();
        assertThat(processed.frequency().orElseThrow().name()).isEqualTo("monthly");
        assertThat(processed.report()).contains("dates           1833-01-01 .. 2026-06-01", "duplicates      none");
    }
}
