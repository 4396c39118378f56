package io.gramkit.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Metrics of constructed paths whose answers are known by hand. */
class PathMetricsTest {

    /** Feeds days 0..T of one path per row: discounts[path][day], coverages[path][day]. */
    private static PathMetrics run(double[][] discounts, double[][] coverages) {
        PathMetrics metrics = new PathMetrics();
        int paths = discounts.length;
        for (int day = 0; day < discounts[0].length; day++) {
            double[] d = new double[paths];
            double[] c = new double[paths];
            for (int p = 0; p < paths; p++) {
                d[p] = discounts[p][day];
                c[p] = coverages[p][day];
            }
            metrics.onDay(day, d, c);
        }
        return metrics;
    }

    @Test
    void aDepegThatRecoversHasItsWorstDayRecoveryAndHalfLife() {
        //              day 0  1      2     3     4      5      6      7
        double[] d = {0, 0.002, 0.02, 0.04, 0.025, 0.015, 0.004, 0.0};
        double[] c = {1.005, 1.0, 0.99, 0.97, 0.98, 0.985, 0.99, 1.001};
        PathMetrics m = run(new double[][] {d}, new double[][] {c});

        assertThat(m.horizonDays()).isEqualTo(7);
        assertThat(m.maxDeviationBp(0)).isCloseTo(400, within(1e-9));
        assertThat(m.dayOfMaxDiscount(0)).isEqualTo(3);
        assertThat(m.daysBeyond(0, 0)).isEqualTo(4); // 2%, 4%, 2.5%, 1.5%
        assertThat(m.daysBeyond(1, 0)).isEqualTo(4);
        assertThat(m.daysBeyond(2, 0)).isEqualTo(1); // only 4%
        assertThat(m.shareOfDaysWithin1Percent(0)).isCloseTo(3.0 / 7, within(1e-12));
        assertThat(m.meanDeviationBp(0))
                .isCloseTo(10_000 * (0.002 + 0.02 + 0.04 + 0.025 + 0.015 + 0.004) / 7, within(1e-9));
        assertThat(m.minCoverage(0)).isEqualTo(0.97);
        assertThat(m.dayOfMinCoverage(0)).isEqualTo(3);
        assertThat(m.recoveryDay(0)).isEqualTo(6); // 0.4% < 0.5%
        assertThat(m.daysToRecover(0)).isEqualTo(3);
        assertThat(m.halfLifeDays(0)).isEqualTo(2); // day 5: 1.5% <= 2%
    }

    @Test
    void aLaterWorseDayRestartsRecoveryAndAPathStillOffPegHasNone() {
        double[] d = {0, 0.02, 0.001, 0.03, 0.02, 0.02};
        double[] c = {1, 1, 1, 1, 1, 1};
        PathMetrics m = run(new double[][] {d}, new double[][] {c});
        assertThat(m.dayOfMaxDiscount(0)).isEqualTo(3);
        assertThat(m.recoveryDay(0)).isEqualTo(PathMetrics.NONE); // day 2 recovered from the first dip only
        assertThat(m.daysToRecover(0)).isEqualTo(PathMetrics.NONE);
        assertThat(m.halfLifeDays(0)).isEqualTo(PathMetrics.NONE); // 2% > 1.5%
        assertThat(m.value(0, "recovery_day")).isNaN();
    }

    @Test
    void aPathThatNeverLeavesTheBandHasNoRecoveryToReport() {
        double[] d = {0, 0.001, 0.004, 0.0};
        double[] c = {1.005, 1.006, 1.007, 1.004};
        PathMetrics m = run(new double[][] {d}, new double[][] {c});
        assertThat(m.depegged(0)).isFalse();
        assertThat(m.recoveryDay(0)).isEqualTo(PathMetrics.NONE);
        assertThat(m.halfLifeDays(0)).isEqualTo(PathMetrics.NONE);
        assertThat(m.minCoverage(0)).isEqualTo(1.004);
        assertThat(m.dayOfMinCoverage(0)).isEqualTo(3);
        assertThat(m.shareOfDaysWithin1Percent(0)).isEqualTo(1.0);
    }

    @Test
    void pathsAreIndependentColumns() {
        double[][] d = {{0, 0.06, 0.0}, {0, 0.0, 0.0}};
        double[][] c = {{1, 0.9, 0.95}, {1, 1.1, 1.2}};
        PathMetrics m = run(d, c);
        assertThat(m.column("max_deviation_bp")).containsExactly(600, 0);
        assertThat(m.column("days_beyond_3pct")).containsExactly(1, 0);
        assertThat(m.column("min_coverage")).containsExactly(0.9, 1);
        assertThat(m.column("recovery_day")).containsExactly(2, Double.NaN);
    }

    @Test
    void daysMustArriveInOrder() {
        PathMetrics m = new PathMetrics();
        m.onDay(0, new double[1], new double[] {1});
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> m.onDay(2, new double[1], new double[] {1}))
                .isInstanceOf(IllegalStateException.class);
    }
}
