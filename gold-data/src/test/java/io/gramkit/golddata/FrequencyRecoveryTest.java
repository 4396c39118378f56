package io.gramkit.golddata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gramkit.interpreter.TestScenarios;
import io.gramkit.model.GoldModel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Frequency-aware fitting: daily prices simulated by the kit's own models (seeded per path, see
 * {@link Synthetic}) with known parameters, aggregated to monthly point-in-time prices or to
 * monthly averages, fitted at the monthly frequency, and the daily equivalent compared with the
 * truth. Tolerances are three standard errors of the fit (sampling error of 600 months).
 */
class FrequencyRecoveryTest {
    private static final int DAYS = 18_262; // 50 years of calendar days, about 600 months

    /** The last price of each calendar month, or the month's mean price. */
    private static PriceSeries monthly(PriceSeries daily, boolean average) {
        List<LocalDate> dates = new ArrayList<>();
        List<Double> prices = new ArrayList<>();
        int i = 0;
        while (i < daily.size()) {
            LocalDate month = daily.date(i).withDayOfMonth(1);
            double sum = 0;
            int n = 0;
            double last = 0;
            while (i < daily.size() && daily.date(i).withDayOfMonth(1).equals(month)) {
                sum += daily.price(i);
                last = daily.price(i);
                n++;
                i++;
            }
            dates.add(month);
            prices.add(average ? sum / n : last);
        }
        return PriceSeries.of(
                "monthly.csv",
                dates,
                prices.stream().mapToDouble(Double::doubleValue).toArray(),
                Optional.of(PriceUnit.USD_PER_GRAM));
    }

    @Test
    void monthEndPricesGiveBackTheDailyGbmVolatilityAndDrift() {
        PriceSeries daily = Synthetic.series(new GoldModel.Gbm(TestScenarios.SPAN, 0.05, 0.18), DAYS, 31);
        Calibration fit = Calibrator.fit(monthly(daily, false), ModelKind.GBM);
        assertThat(fit.window().frequency().name()).isEqualTo("monthly");
        // se(vol) = vol/sqrt(2n) = 0.18/sqrt(1200) = 0.0052: within 0.0156 of 18%.
        assertThat(fit.estimate("vol").value()).as(fit.report()).isCloseTo(0.18, within(3 * 0.0052));
        assertThat(fit.estimate("drift").value())
                .isCloseTo(0.05, within(3 * fit.estimate("drift").standardError()));
        // Both map to a daily step unchanged, without a warning; the daily-equivalent statement is the fit's.
        assertThat(fit.dailyMapping()).allMatch(Calibration.DailyMapping::defensible);
        assertThat(fit.frequencyWarnings()).isEmpty();
        assertThat(fit.dailyEquivalentStatement()).isEqualTo(fit.modelStatement());
    }

    @Test
    void monthlyAveragesCutTheVarianceToTwoThirdsAndAddLagOneAutocorrelation() {
        PriceSeries daily = Synthetic.series(new GoldModel.Gbm(TestScenarios.SPAN, 0.0, 0.18), DAYS, 32);
        PriceSeries averaged = monthly(daily, true);
        // Averaging n ~ 30 days of a random walk: lag-1 autocorrelation (n^2 - 1)/(2(2n^2 + 1)) = 0.249 and
        // one-period variance (2n^2 + 1)/(3n^2) = 0.667 of the point-in-time one (Working, 1960).
        DataQuality.Averaging a =
                DataQuality.averaging(averaged, 0, averaged.size() - 1).orElseThrow();
        assertThat(a.lag1()).isCloseTo(0.249, within(3 / Math.sqrt(a.returns())));
        assertThat(a.looksAveraged()).isTrue();
        assertThat(DataQuality.ofWindow(averaged, averaged.firstDate(), averaged.lastDate())
                        .diagnostics(java.util.Set.of(), true))
                .anyMatch(d -> d.code() == DataCode.AVERAGED);
        double vol = Calibrator.fit(averaged, ModelKind.GBM).estimate("vol").value();
        // sqrt(0.667) * 18% = 14.7%, se about 0.0043.
        assertThat(vol).isCloseTo(0.18 * Math.sqrt(0.667), within(3 * 0.0043));
        // Point-in-time monthly prices of the same path look independent.
        assertThat(DataQuality.averaging(monthly(daily, false), 0, averaged.size() - 1)
                        .orElseThrow()
                        .looksAveraged())
                .isFalse();
    }

    @Test
    void studentTVolatilityMapsButItsTailsWarn() {
        PriceSeries daily = Synthetic.series(new GoldModel.StudentT(TestScenarios.SPAN, 0.0, 0.18, 5), DAYS, 33);
        Calibration fit = Calibrator.fit(monthly(daily, false), ModelKind.STUDENT_T);
        // Sums of 30 t(5) days are near normal: the variance still adds up, so the annual vol comes back
        // (se about 0.0055 for near-normal monthly returns).
        assertThat(fit.estimate("vol").value()).as(fit.report()).isCloseTo(0.18, within(3 * 0.0055));
        assertThat(fit.frequencyWarnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo(DataCode.NOT_DAILY);
            assertThat(w.message()).contains("student-t df fitted to monthly data");
        });
    }

    @Test
    void garchHasNoDailyEquivalentFromMonthlyData() {
        PriceSeries daily =
                Synthetic.series(GoldModel.Garch.normal(TestScenarios.SPAN, 0.0, 0.18, 0.06, 0.93), DAYS, 34);
        Calibration fit = Calibrator.fit(monthly(daily, false), ModelKind.GARCH);
        assertThat(fit.frequencyWarnings()).hasSize(2);
        assertThat(org.junit.jupiter.api.Assertions.assertThrows(
                                io.gramkit.diagnostic.InputException.class, fit::dailyEquivalentStatement)
                        .render())
                .contains("[C103]");
    }
}
