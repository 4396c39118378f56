package io.gramkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The market model's library scenarios against the episodes they reproduce; each tolerance is
 * stated with the historical figure and its source. Gold volatility is off in both, so every path
 * is the same and a few paths suffice.
 */
class MarketEpisodesTest {
    private static GramRun run(String file) {
        return Gram.load(Repository.file("scenario-library/" + file))
                .withPaths(20)
                .run();
    }

    /** The median of the day's discount band. */
    private static double medianDiscount(GramRun run, int day) {
        double[] probabilities = run.dailyBands().probabilities();
        int median = Arrays.binarySearch(probabilities, 0.5);
        return run.dailyBands().band("discount", day)[median];
    }

    /**
     * USDC, March 2023 (issue 12, "Validation against real episodes"): about 8% of reserves frozen
     * at Silicon Valley Bank on Friday 10 March (day 1), redemptions not served over the weekend,
     * a trough near 0.87-0.88 USD on Saturday 11 March, back near par within about a day of the
     * Sunday 12 March announcement. Tolerances: the trough between 0.86 and 0.89; the close on
     * Monday (day 4) within 1% of par; no discount before the freeze is seen (day 1).
     */
    @Test
    void usdcMarch2023TroughsNearEightyEightCentsAndRecoversTheDayAfterTheAnnouncement() {
        GramRun run = run("usdc-march-2023.gram");
        double trough =
                1.0 - Arrays.stream(run.outcomes().column("max_discount")).max().orElseThrow();
        assertThat(trough).isBetween(0.86, 0.89);
        assertThat(medianDiscount(run, 1)).isEqualTo(0.0);
        assertThat(medianDiscount(run, 2)).isBetween(0.11, 0.14);
        assertThat(medianDiscount(run, 4)).isLessThan(0.01);
        assertThat(medianDiscount(run, 10)).isLessThan(0.001);
    }

    /**
     * PAXG, Saturday 11 October 2025 (../shared/brief/scenarios.md): -22% on one exchange with
     * about $3.8 M of daily volume while the aggregate price moved -0.23%. Tolerances: the thin
     * venue's daily low within 0.5 percentage points of 0.78; the aggregate discount on the day at
     * most 0.5% (the model gives almost none: the desks buy the thin venue back the same day).
     */
    @Test
    void paxgOctober2025CrashesOneThinVenueWhileTheAggregateHolds() {
        GramRun run = run("paxg-october-2025.gram");
        double thinLow =
                Arrays.stream(run.outcomes().column("thin_min_low")).min().orElseThrow();
        assertThat(thinLow).isCloseTo(0.78, within(0.005));
        assertThat(Arrays.stream(run.outcomes().column("aggregate_min_low"))
                        .min()
                        .orElseThrow())
                .isGreaterThan(0.995);
        assertThat(medianDiscount(run, 1)).isLessThanOrEqualTo(0.005);
        assertThat(Arrays.stream(run.outcomes().column("max_discount")).max().orElseThrow())
                .isLessThanOrEqualTo(0.005);
    }
}
