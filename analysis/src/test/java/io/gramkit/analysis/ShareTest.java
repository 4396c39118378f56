package io.gramkit.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ShareTest {

    @Test
    void standardErrorAndWilsonIntervalMatchTheirFormulas() {
        Share share = new Share(20, 100);
        assertThat(share.value()).isEqualTo(0.2);
        assertThat(share.standardError()).isCloseTo(0.04, within(1e-15));
        // Wilson 95%, 20 of 100: (0.1333, 0.2889), as tabulated by Newcombe (1998)
        assertThat(share.wilsonLow()).isCloseTo(0.1333, within(1e-4));
        assertThat(share.wilsonHigh()).isCloseTo(0.2889, within(1e-4));
    }

    @Test
    void noHitsStillGivesAnUpperBound() {
        Share none = new Share(0, 50);
        assertThat(none.wilsonLow()).isEqualTo(0.0);
        assertThat(none.wilsonHigh()).isCloseTo(0.0714, within(1e-4));
    }

    @Test
    void theIntervalCoversAKnownProbabilityAtCloseToItsRate() {
        // 2,000 seeded experiments of 400 draws at p = 0.2: a 95% interval should cover p in about
        // 95% of them; binomial sampling error of that rate is sqrt(.95*.05/2000) = 0.5%.
        SplittableRandom random = new SplittableRandom(7);
        int covered = 0;
        int experiments = 2_000;
        for (int e = 0; e < experiments; e++) {
            int hits = 0;
            for (int i = 0; i < 400; i++) {
                hits += random.nextDouble() < 0.2 ? 1 : 0;
            }
            Share share = new Share(hits, 400);
            covered += share.wilsonLow() <= 0.2 && 0.2 <= share.wilsonHigh() ? 1 : 0;
        }
        assertThat((double) covered / experiments).isBetween(0.935, 0.965);
    }
}
