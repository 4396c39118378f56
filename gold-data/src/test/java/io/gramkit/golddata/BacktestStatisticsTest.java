package io.gramkit.golddata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The backtest's statistics against values computed by hand (derivations in the comments). */
class BacktestStatisticsTest {

    private static boolean[] hits(int... flags) {
        boolean[] out = new boolean[flags.length];
        for (int i = 0; i < flags.length; i++) {
            out[i] = flags[i] == 1;
        }
        return out;
    }

    @Test
    void kupiecForFiveExceedancesIn250At99Percent() {
        // LR = -2[245 ln 0.99 + 5 ln 0.01] + 2[245 ln 0.98 + 5 ln 0.02]
        //    = -2[-2.46229 - 23.02585] + 2[-4.94960 - 19.56012] = 50.97628 - 49.01947 = 1.95681;
        // p = P(chi2(1) > 1.95681) = erfc(sqrt(1.95681/2)) = 0.16185.
        assertThat(CoverageTest.kupiec(250, 5, 0.01)).isCloseTo(1.9568098, within(1e-6));
        assertThat(CoverageTest.chiSquare1(1.9568097882306)).isCloseTo(0.1618549, within(1e-6));
        // No exceedance at all: LR = -2 T ln(1-p) = -2 * 250 * ln 0.99 = 5.02517.
        assertThat(CoverageTest.kupiec(250, 0, 0.01)).isCloseTo(5.0251682, within(1e-6));
    }

    @Test
    void christoffersenOnAClusteredSequence() {
        // 0 0 0 0 0 0 1 1 1 0: transitions n00 = 5, n01 = 1, n10 = 1, n11 = 2 (9 in all).
        // pi = 3/9, pi0 = 1/6, pi1 = 2/3.
        // restricted: 6 ln(2/3) + 3 ln(1/3) = -2.43279 - 3.29584 = -5.72863
        // free: 5 ln(5/6) + ln(1/6) + ln(1/3) + 2 ln(2/3) = -0.91161 - 1.79176 - 1.09861 - 0.81093 = -4.61291
        // LR_ind = 2 (5.72863 - 4.61291) = 2.23144, p = erfc(sqrt(2.23144/2)) = 0.13523.
        // Kupiec at p = 10%: T = 10, x = 3: LR_uc = 3.07327 (p 0.07959); conditional coverage
        // p = exp(-(3.07327 + 2.23144)/2) = 0.07049.
        CoverageTest test = CoverageTest.of(hits(0, 0, 0, 0, 0, 0, 1, 1, 1, 0), 0.10);
        assertThat(test.exceedances()).isEqualTo(3);
        assertThat(test.independence()).isCloseTo(2.2314355, within(1e-6));
        assertThat(test.independenceP()).isCloseTo(0.1352282, within(1e-6));
        assertThat(test.kupiec()).isCloseTo(3.0732717, within(1e-6));
        assertThat(test.kupiecP()).isCloseTo(0.0795891, within(1e-6));
        assertThat(test.conditionalP()).isCloseTo(0.0704851, within(1e-6));
        // 0 0 1 1 0 0 0 1 0 0: n00 = 4, n01 = 2, n10 = 2, n11 = 1, so pi0 = pi1 = pi = 1/3 and LR_ind = 0.
        assertThat(CoverageTest.independence(hits(0, 0, 1, 1, 0, 0, 0, 1, 0, 0)))
                .isCloseTo(0, within(1e-12));
    }

    @Test
    void baselZonesAt99PercentOver250Observations() {
        // Binomial(250, 1%): P(X <= 4) = 0.8922, P(X <= 5) = 0.9588, P(X <= 9) = 0.99975,
        // P(X <= 10) = 0.99995: green 0-4, yellow 5-9, red from 10, as the Basel table has it.
        assertThat(CoverageTest.zone(250, 4, 0.01)).isEqualTo(CoverageTest.Zone.GREEN);
        assertThat(CoverageTest.zone(250, 5, 0.01)).isEqualTo(CoverageTest.Zone.YELLOW);
        assertThat(CoverageTest.zone(250, 9, 0.01)).isEqualTo(CoverageTest.Zone.YELLOW);
        assertThat(CoverageTest.zone(250, 10, 0.01)).isEqualTo(CoverageTest.Zone.RED);
    }

    @Test
    void acerbiSzekelyZ2ByHand() {
        // p = 25%, VaR 2%, ES 4% each day; returns -3%, +1%, -5%, 0%: two exceedances.
        // Z2 = (-0.03/0.04 - 0.05/0.04) / (4 * 0.25) + 1 = -2 + 1 = -1.
        double[] x = {-0.03, 0.01, -0.05, 0.0};
        double[] var = {0.02, 0.02, 0.02, 0.02};
        double[] es = {0.04, 0.04, 0.04, 0.04};
        assertThat(ShortfallTest.z2(x, var, es, 0.25)).isCloseTo(-1.0, within(1e-12));
    }

    @Test
    void z2IsNearZeroWhenOutcomesComeFromTheForecast() {
        // Simulated under the forecasts themselves, the p-value is uniform; the observed Z2 of a
        // forecast's own mean path (all zero returns, no exceedance) is 1, above most scenarios.
        List<Forecast> forecasts = java.util.Collections.nCopies(200, new Forecast.Normal(0, 0.01));
        ShortfallTest test = ShortfallTest.of(forecasts, new double[200], 0.05, 500, 7);
        assertThat(test.z2()).isEqualTo(1.0);
        assertThat(test.pValue()).isGreaterThan(0.9);
    }

    @Test
    void closedFormTailsOfTheForecasts() {
        // Standard normal at 1%: z = -2.326348, ES = phi(z)/0.01 = 0.0266521/0.01 = 2.665214.
        Forecast.Normal normal = new Forecast.Normal(0, 1);
        assertThat(normal.valueAtRisk(0.01)).isCloseTo(2.326348, within(1e-6));
        assertThat(normal.expectedShortfall(0.01)).isCloseTo(2.665214, within(1e-6));
        // A Merton mixture without jumps is the normal.
        Forecast.Mixture noJumps = Forecast.Mixture.merton(0.001, 0.02, 0, -0.05, 0.03, 4);
        Forecast.Normal same = new Forecast.Normal(0.004, 0.04);
        assertThat(noJumps.valueAtRisk(0.01)).isCloseTo(same.valueAtRisk(0.01), within(1e-9));
        assertThat(noJumps.expectedShortfall(0.01)).isCloseTo(same.expectedShortfall(0.01), within(1e-9));
        // Student-t with nu = 4 scaled to sd 1: a = sqrt(1/2); t_0.01(4) = -3.746947 (tables: 3.747), so
        // VaR = 2.649492; ES = a (4 + t^2)/3 f(t)/0.01 with the t(4) density f(-3.746947) = 0.0086819:
        // 0.707107 * 18.03961/3 * 0.86819 = 3.69151.
        Forecast.StudentT t = new Forecast.StudentT(0, 1, 4);
        assertThat(t.valueAtRisk(0.01)).isCloseTo(2.649492, within(1e-4));
        assertThat(t.expectedShortfall(0.01)).isCloseTo(3.69151, within(1e-3));
    }
}
