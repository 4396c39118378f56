package io.gramkit.golddata;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Acerbi and Szekely's (2014) second expected-shortfall test:
 * {@code Z2 = sum_t X_t I_t / (T p ES_t) + 1}, X_t the realised return, I_t whether it fell below
 * -VaR_t, ES_t the forecast shortfall (a positive loss). Under a correct forecast E[Z2] = 0; a
 * negative Z2 says losses beyond the VaR were larger or more frequent than forecast. The p-value,
 * P(Z2 <= observed) under the forecasts, is simulated: each scenario draws every X_t from its own
 * forecast with a SplittableRandom seeded from {@code seed}.
 *
 * @param z2     the statistic
 * @param pValue the share of simulated scenarios at or below it
 */
public record ShortfallTest(double z2, double pValue, int scenarios) {

    static ShortfallTest of(List<Forecast> forecasts, double[] realised, double p, int scenarios, long seed) {
        int t = forecasts.size();
        double[] var = new double[t];
        double[] es = new double[t];
        for (int i = 0; i < t; i++) {
            var[i] = forecasts.get(i).valueAtRisk(p);
            es[i] = forecasts.get(i).expectedShortfall(p);
        }
        double observed = z2(realised, var, es, p);
        SplittableRandom random = new SplittableRandom(seed);
        int atOrBelow = 0;
        double[] x = new double[t];
        for (int s = 0; s < scenarios; s++) {
            for (int i = 0; i < t; i++) {
                x[i] = forecasts.get(i).sample(random);
            }
            if (z2(x, var, es, p) <= observed) {
                atOrBelow++;
            }
        }
        return new ShortfallTest(observed, (double) atOrBelow / scenarios, scenarios);
    }

    static double z2(double[] x, double[] var, double[] es, double p) {
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] < -var[i]) {
                sum += x[i] / es[i];
            }
        }
        return sum / (x.length * p) + 1;
    }
}
