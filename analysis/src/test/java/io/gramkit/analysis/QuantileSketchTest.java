package io.gramkit.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class QuantileSketchTest {
    private static final double[] P = {0.0, 0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99, 1.0};

    private static void assertWithinBound(double[] values, QuantileSketch sketch) {
        double[] exact = Quantiles.of(values, P);
        double[] approx = sketch.quantiles(P);
        for (int i = 0; i < P.length; i++) {
            assertThat(Math.abs(approx[i] - exact[i]))
                    .as("p = " + P[i])
                    .isLessThanOrEqualTo(sketch.relativeAccuracy() * Math.abs(exact[i]) * (1 + 1e-9));
        }
    }

    @Test
    void everyQuantileIsWithinTheRelativeBoundOfTheExactTypeSevenOne() {
        SplittableRandom random = new SplittableRandom(3);
        double[] lognormal = new double[50_001];
        double[] discounts = new double[50_001];
        for (int i = 0; i < lognormal.length; i++) {
            lognormal[i] = 75 * Math.exp(0.2 * random.nextGaussian());
            // like the model's discounts: many exact zeros, a cluster near 2%, a spiral near 49%
            double u = random.nextDouble();
            discounts[i] = u < 0.5 ? 0.0 : u < 0.8 ? 0.02 * random.nextDouble() : 0.49 + 1e-3 * random.nextDouble();
        }
        for (double[] values : new double[][] {lognormal, discounts}) {
            QuantileSketch sketch = new QuantileSketch(0.001);
            sketch.addAll(values);
            assertThat(sketch.count()).isEqualTo(values.length);
            assertWithinBound(values, sketch);
        }
    }

    @Test
    void negativeValuesAreMirrored() {
        double[] values = {-5, -1, -0.5, 0, 0, 2, 3};
        QuantileSketch sketch = new QuantileSketch(0.01);
        sketch.addAll(values);
        assertWithinBound(values, sketch);
    }

    @Test
    void mergingHalvesEqualsSketchingTheWhole() {
        SplittableRandom random = new SplittableRandom(5);
        double[] values = new double[10_000];
        for (int i = 0; i < values.length; i++) {
            values[i] = Math.exp(3 * random.nextGaussian());
        }
        QuantileSketch whole = new QuantileSketch(0.001);
        whole.addAll(values);
        QuantileSketch left = new QuantileSketch(0.001);
        QuantileSketch right = new QuantileSketch(0.001);
        for (int i = 0; i < values.length; i++) {
            (i % 3 == 0 ? left : right).add(values[i]);
        }
        left.merge(right);
        assertThat(left.quantiles(P)).containsExactly(whole.quantiles(P));
    }

    @Test
    void dailyBandsSwitchToTheSketchAboveTheLimit() {
        SplittableRandom random = new SplittableRandom(9);
        double[][] day = new double[4][2_000];
        for (double[] quantity : day) {
            for (int i = 0; i < quantity.length; i++) {
                quantity[i] = 1 + random.nextDouble();
            }
        }
        DailyBands exact = new DailyBands();
        DailyBands sketched = new DailyBands(1_000);
        exact.onDay(0, day[0], day[1], day[2], day[3]);
        sketched.onDay(0, day[0], day[1], day[2], day[3]);
        double[] e = exact.band("coverage", 0);
        double[] s = sketched.band("coverage", 0);
        for (int i = 0; i < e.length; i++) {
            assertThat(Math.abs(s[i] - e[i])).isLessThanOrEqualTo(DailyBands.SKETCH_ACCURACY * e[i] * (1 + 1e-9));
        }
        assertThat(DailyBands.method(1_000_000)).contains("sketch", "0.1% relative error");
        assertThat(DailyBands.method(10_000)).startsWith("exact");
    }
}
