package io.gramkit.golddata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gramkit.interpreter.TestScenarios;
import io.gramkit.model.GoldModel;
import org.junit.jupiter.api.Test;

/**
 * Calibration recovers the parameters of long series the kit generates itself, each within two of
 * its own standard errors (the test's tolerance is the fit's sampling error). The synthetic series
 * has an observation every calendar day, so it annualises by 365.25 observations a year against the
 * simulator's 365; the 0.03% difference in volatility is far inside every tolerance.
 */
class CalibrationRecoveryTest {

    private static void recovers(Calibration fit, String name, double truth) {
        Estimate e = fit.estimate(name);
        assertThat(e.standardError())
                .as("%s has a standard error", name)
                .isPositive()
                .isFinite();
        assertThat(e.value())
                .as("%s (se %s)\n%s", name, e.standardError(), fit.report())
                .isCloseTo(truth, within(2 * e.standardError()));
    }

    @Test
    void garchAlphaAndBetaFromFiveThousandDays() {
        Calibration fit = Calibrator.fit(
                Synthetic.series(GoldModel.Garch.normal(TestScenarios.SPAN, 0.0, 0.18, 0.06, 0.93), 5000, 20260101),
                ModelKind.GARCH);
        recovers(fit, "alpha", 0.06);
        recovers(fit, "beta", 0.93);
        recovers(fit, "vol", 0.18);
    }

    @Test
    void gbmDriftAndVolatility() {
        Calibration fit = Calibrator.fit(
                Synthetic.series(new GoldModel.Gbm(TestScenarios.SPAN, 0.05, 0.17), 5000, 7), ModelKind.GBM);
        recovers(fit, "drift", 0.05);
        recovers(fit, "vol", 0.17);
        // Closed form: the vol's standard error is s*sqrt(P)/sqrt(2n).
        assertThat(fit.estimate("vol").standardError())
                .isCloseTo(fit.estimate("vol").value() / Math.sqrt(2 * 5000), within(1e-5));
    }

    @Test
    void studentTDegreesOfFreedom() {
        Calibration fit = Calibrator.fit(
                Synthetic.series(new GoldModel.StudentT(TestScenarios.SPAN, 0.0, 0.18, 5), 5000, 8),
                ModelKind.STUDENT_T);
        recovers(fit, "df", 5);
        recovers(fit, "vol", 0.18);
        recovers(fit, "drift", 0.0);
    }

    @Test
    void jumpDiffusionIntensityAndJumpSizes() {
        Calibration fit = Calibrator.fit(
                Synthetic.series(
                        new GoldModel.JumpDiffusion(TestScenarios.SPAN, 0.02, 0.12, 10, -0.03, 0.015), 10_000, 9),
                ModelKind.JUMP_DIFFUSION);
        recovers(fit, "jumps", 10);
        recovers(fit, "mean", -0.03);
        recovers(fit, "dispersion", 0.015);
        recovers(fit, "vol", 0.12);
        recovers(fit, "drift", 0.02);
    }

    @Test
    void aGarchFitPrefersGarchOverGbmByAic() {
        PriceSeries series =
                Synthetic.series(GoldModel.Garch.normal(TestScenarios.SPAN, 0.0, 0.18, 0.06, 0.93), 5000, 20260101);
        assertThat(Calibrator.fit(series, ModelKind.GARCH).aic())
                .isLessThan(Calibrator.fit(series, ModelKind.GBM).aic());
    }
}
