package io.gramkit.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Seeded checks that the stated 95% intervals cover a known value at close to 95%. */
class EstimateTest {
    private static final int REPEATS = 4_000;

    @Test
    void wilsonIntervalsOfAShareCoverTheTrueProbability() {
        SplittableRandom random = new SplittableRandom(7);
        double p = 0.2;
        int covered = 0;
        for (int r = 0; r < REPEATS; r++) {
            double[] hits = new double[300];
            for (int i = 0; i < hits.length; i++) {
                hits[i] = random.nextDouble() < p ? 1 : 0;
            }
            covered += Estimate.share(hits).covers(p) ? 1 : 0;
        }
        assertThat((double) covered / REPEATS).isBetween(0.935, 0.965);
    }

    @Test
    void meanIntervalsCoverTheTrueMean() {
        SplittableRandom random = new SplittableRandom(11);
        int covered = 0;
        for (int r = 0; r < REPEATS; r++) {
            double[] x = new double[400];
            for (int i = 0; i < x.length; i++) {
                x[i] = -Math.log(random.nextDouble()); // exponential, mean 1: skewed like deviations
            }
            covered += Estimate.mean(x).covers(1.0) ? 1 : 0;
        }
        assertThat((double) covered / REPEATS).isBetween(0.93, 0.965);
    }

    @Test
    void quantileIntervalsCoverTheTrueQuantile() {
        SplittableRandom random = new SplittableRandom(13);
        double q95 = -Math.log(0.05); // exponential's 95% quantile
        int covered = 0;
        for (int r = 0; r < REPEATS; r++) {
            double[] x = new double[500];
            for (int i = 0; i < x.length; i++) {
                x[i] = -Math.log(random.nextDouble());
            }
            java.util.Arrays.sort(x);
            covered += Quantiles.estimate(x, 0.95).covers(q95) ? 1 : 0;
        }
        assertThat((double) covered / REPEATS).isBetween(0.93, 0.98);
    }

    @Test
    void meanSkipsUndefinedPathsAndHasTheTextbookStandardError() {
        Estimate e = Estimate.mean(new double[] {1, Double.NaN, 2, 3});
        assertThat(e.value()).isEqualTo(2.0);
        assertThat(e.count()).isEqualTo(3);
        assertThat(e.standardError()).isCloseTo(1 / Math.sqrt(3), within(1e-12));
    }

    @Test
    void tailRiskOfTenValues() {
        double[] losses = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        TailRisk risk = TailRisk.of(losses, 0.8);
        assertThat(risk.valueAtRisk().value()).isCloseTo(8.2, within(1e-12)); // type 7: 8 + 0.2
        assertThat(risk.expectedShortfall().value()).isEqualTo(9.5); // worst 2: 9 and 10
        assertThat(risk.expectedShortfall().count()).isEqualTo(2);
    }
}
