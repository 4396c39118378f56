package io.gramkit.golddata;

import java.util.SplittableRandom;

/**
 * Turns a fitted model into forecasts of the sum of the next h log returns, per observation of the
 * series (the reported annual parameters converted back with P observations a year). Closed form
 * where it exists (GBM and jump-diffusion at any horizon, Student-t and GARCH one step ahead);
 * otherwise {@link #DRAWS} seeded draws.
 */
final class Forecaster {
    static final int DRAWS = 4000;

    private Forecaster() {}

    /**
     * @param fit    the model fitted to {@code window}
     * @param window the returns up to the forecast origin (GARCH filters its variance through them)
     */
    static Forecast of(Calibration fit, double[] window, int h, double periodsPerYear, long seed) {
        double p = periodsPerYear;
        double vol = fit.estimate("vol").value();
        double drift = fit.estimate("drift").value();
        switch (fit.model()) {
            case GBM -> {
                double s = vol / Math.sqrt(p);
                double m = drift / p - 0.5 * s * s;
                return new Forecast.Normal(h * m, Math.sqrt(h) * s);
            }
            case STUDENT_T -> {
                double s = vol / Math.sqrt(p);
                double m = drift / p - 0.5 * s * s;
                Forecast.StudentT one =
                        new Forecast.StudentT(m, s, fit.estimate("df").value());
                if (h == 1) {
                    return one;
                }
                SplittableRandom random = new SplittableRandom(seed);
                double[] draws = new double[DRAWS];
                for (int i = 0; i < DRAWS; i++) {
                    for (int k = 0; k < h; k++) {
                        draws[i] += one.sample(random);
                    }
                }
                return new Forecast.Simulated(draws);
            }
            case JUMP_DIFFUSION -> {
                double s = vol / Math.sqrt(p);
                double l = fit.estimate("jumps").value() / p;
                double mj = fit.estimate("mean").value();
                double sj = fit.estimate("dispersion").value();
                double m = drift / p - 0.5 * s * s - l * Math.expm1(mj + 0.5 * sj * sj);
                return Forecast.Mixture.merton(m, s, l, mj, sj, h);
            }
            case GARCH -> {
                double alpha = fit.estimate("alpha").value();
                double beta = fit.estimate("beta").value();
                double longRun = vol * vol / p;
                double omega = longRun * (1 - alpha - beta);
                double c = drift / p - 0.5 * longRun;
                // The fit's own filter: h_1 is the window's variance, then the recursion through it.
                double variance = Calibrator.variance(window, Calibrator.mean(window));
                for (double x : window) {
                    variance = omega + alpha * (x - c) * (x - c) + beta * variance;
                }
                if (h == 1) {
                    return new Forecast.Normal(c, Math.sqrt(variance));
                }
                SplittableRandom random = new SplittableRandom(seed);
                double[] draws = new double[DRAWS];
                for (int i = 0; i < DRAWS; i++) {
                    double v = variance;
                    for (int k = 0; k < h; k++) {
                        double eps = Math.sqrt(v) * random.nextGaussian();
                        draws[i] += c + eps;
                        v = omega + alpha * eps * eps + beta * v;
                    }
                }
                return new Forecast.Simulated(draws);
            }
        }
        throw new IllegalStateException(fit.model().keyword());
    }
}
