package io.gramkit.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class QuantilesTest {

    @Test
    void interpolatesBetweenOrderStatisticsLikeType7() {
        // numpy.quantile([1, 2, 3, 4, 10], [0, .05, .25, .5, .75, .95, 1]) (method "linear")
        // h = 4p: 0 -> 1; 0.2 -> 1.2; 1 -> 2; 2 -> 3; 3 -> 4; 3.8 -> 4 + 0.8*6 = 8.8; 4 -> 10
        double[] q = Quantiles.of(new double[] {10, 3, 1, 4, 2}, 0, 0.05, 0.25, 0.5, 0.75, 0.95, 1);
        assertThat(q).containsExactly(new double[] {1, 1.2, 2, 3, 4, 8.8, 10}, within(1e-12));
    }

    @Test
    void aSingleValueIsEveryQuantile() {
        assertThat(Quantiles.of(new double[] {7.5}, 0.05, 0.5, 0.95)).containsExactly(7.5, 7.5, 7.5);
    }

    @Test
    void leavesTheInputUnsorted() {
        double[] values = {3, 1, 2};
        Quantiles.of(values, 0.5);
        assertThat(values).containsExactly(3, 1, 2);
    }

    @Test
    void infiniteValuesStayInfiniteRatherThanNaN() {
        // Coverage is infinite on a path whose supply was bought back to zero.
        double inf = Double.POSITIVE_INFINITY;
        assertThat(Quantiles.of(new double[] {1.0, 2.0, inf, inf}, 0.5, 0.9, 1.0))
                .containsExactly(2.0 + 0.5 * (inf - 2.0), inf, inf);
        assertThat(Quantiles.of(new double[] {1.0, 2.0, inf, inf}, 0.95)[0]).isEqualTo(inf);
    }
}
