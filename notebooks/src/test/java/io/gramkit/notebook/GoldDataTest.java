package io.gramkit.notebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Gold price series and model fits for the calibration notebook, and the runs it compares. */
class GoldDataTest {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static NotebookScenario reference;
    private static GoldData generated;

    @BeforeAll
    static void generate() {
        System.setProperty("java.awt.headless", "true");
        reference = Notebook.load(Repository.reference()).paths(200).threads(2);
        generated = GoldData.generate(
                reference.replace("model gbm drift 0% vol 18%", "model gbm drift 0% vol 16%"), "1971-01", "2025-12");
    }

    @Test
    void aGeneratedSeriesIsMonthlyWithTheModelsVolatility() {
        assertThat(generated.fromFile()).isFalse();
        assertThat(generated.series().size()).isEqualTo(660);
        assertThat(generated.series().frequency().name()).isEqualTo("monthly");
        assertThat(generated.origin()).contains("gbm");
        assertThat(generated.html().orElseThrow()).contains("<table", "1971-01-01 .. 2025-12-01");
        Fits fits = generated.fit("gbm");
        // 659 monthly returns: the volatility's standard error is about 16% / sqrt(2 * 659) = 0.44 points.
        assertThat(fits.value("gbm", "vol"))
                .isCloseTo(0.16, within(4 * fits.get("gbm").estimate("vol").standardError()));
    }

    @Test
    void fitsShowParametersWithStandardErrorsAndWriteAModelLineWithoutDrift() {
        Fits fits = generated.between("1980", null).fit("gbm", "student-t");
        assertThat(fits.parameters().rowCount()).isEqualTo(5);
        assertThat(fits.models().rowCount()).isEqualTo(2);
        assertThat(fits.html().orElseThrow()).contains("<table", "std. error", "AIC");
        assertThat(fits.modelLine("gbm")).matches("model gbm drift 0% vol [0-9.]+%");
        assertThat(fits.modelLine("student-t")).matches("model student-t drift 0% vol [0-9.]+% df [0-9.]+");
        NotebookScenario fitted = reference.replace("model gbm drift 0% vol 18%", fits.modelLine("student-t"));
        assertThat(fitted.scenario().paths()).isEqualTo(200);
        assertThatThrownBy(() -> fits.get("garch")).hasMessageContaining("no fit of 'garch'");
        assertThatThrownBy(() -> generated.fit("arima")).hasMessageContaining("no model 'arima'");
        assertThatThrownBy(() -> generated.between("2030", null)).hasMessageContaining("fewer than 2 prices");
    }

    @Test
    void aPriceFileIsReadInspectedAndNarrowed(@TempDir Path dir) throws IOException {
        StringBuilder csv = new StringBuilder("Date,Price\n");
        double price = 300;
        for (int month = 0; month < 48; month++) {
            price *= 1 + 0.04 * Math.sin(month * 1.7);
            csv.append(
                    String.format(java.util.Locale.ROOT, "%d-%02d,%.3f%n", 2000 + month / 12, month % 12 + 1, price));
        }
        Path file = Files.writeString(dir.resolve("monthly.csv"), csv);

        GoldData data = GoldData.read(file.toString(), "usd-per-oz");
        assertThat(data.fromFile()).isTrue();
        assertThat(data.inspect().html().orElseThrow()).contains("<table", "frequency", "monthly", "clean rows");
        assertThat(data.between("2001-01", "2002-12").series().size()).isEqualTo(24);
        assertThat(data.text()).contains("USD/oz", "2000-01 .. 2003-12");
        assertThatThrownBy(() -> GoldData.read(file.toString(), "usd-per-kg")).hasMessageContaining("usd-per-oz");
    }

    /**
     * 1950-1959: an annual value carried forward through each year's months (the shipped file's
     * pre-1960 rows); 1960-1999: monthly prices that move every month.
     */
    private static Path carriedForward(Path dir) throws IOException {
        StringBuilder csv = new StringBuilder("Date,Price\n");
        double price = 35;
        for (int month = 0; month < 600; month++) {
            int year = 1950 + month / 12;
            if (year >= 1960 || month % 12 == 0) {
                price *= 1 + 0.05 * Math.sin(month * 1.7) + 0.002;
            }
            csv.append(String.format(java.util.Locale.ROOT, "%d-%02d,%.4f%n", year, month % 12 + 1, price));
        }
        return Files.writeString(dir.resolve("carried.csv"), csv);
    }

    @Test
    void fittingRefusesCarriedForwardPricesUnlessAcceptedAsCalibrateDoes(@TempDir Path dir) throws IOException {
        GoldData data = GoldData.read(carriedForward(dir).toString(), "usd-per-oz");
        assertThatThrownBy(() -> data.fit("gbm"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("refused")
                .hasMessageContaining("D218")
                .hasMessageContaining("accepting(\"D218\")");
        // The narrowed window is checked against the whole file's findings, as gram calibrate --from does.
        assertThatThrownBy(() -> data.between("1955", null).fit("gbm")).hasMessageContaining("D218");

        Fits accepted = data.accepting("D218", "D219").fit("gbm");
        assertThat(accepted.value("gbm", "vol")).isPositive();
        assertThat(accepted.warningLines()).anyMatch(w -> w.startsWith("[D218]"));

        Fits clean = data.between("1960", null).fit("gbm", "student-t");
        assertThat(clean.warningLines()).noneMatch(w -> w.startsWith("[D218]") || w.startsWith("[D219]"));
        // Student-t tails fitted to monthly returns do not carry over to a daily step: C104, as calibrate warns.
        assertThat(clean.warningLines()).anyMatch(w -> w.startsWith("[C104] student-t"));
        assertThat(clean.text()).contains("warning [C104]");
        assertThat(clean.html().orElseThrow()).contains("gram-warnings", "C104");
        assertThatThrownBy(() -> data.accepting("D220")).hasMessageContaining("D218");
        assertThatThrownBy(() -> data.backtest(60, "gbm")).hasMessageContaining("D218");
    }

    @Test
    void backtestsGiveTheTestsTheComparisonAndAChart() {
        Backtests backtests = generated.backtest(120, "gbm", "student-t");
        assertThat(backtests.tests().rowCount()).isEqualTo(4); // two models at 95% and 99%
        assertThat(backtests.comparison().rowCount()).isEqualTo(2);
        assertThat(backtests.html().orElseThrow()).contains("<table", "Kupiec p", "zone", "log score");
        assertThat(backtests.text()).contains("Backtest of", "model comparison");
        // 539 one-step forecasts of a series generated by GBM: about 27 exceedances at 95%.
        assertThat(backtests.exceedances("gbm", 0.95)).isBetween(12, 45);
        Chart chart = backtests.chart("gbm", 0.99);
        byte[] png = chart.png().orElseThrow();
        assertThat(Arrays.copyOf(png, 8)).isEqualTo(PNG_SIGNATURE);
        assertThat(chart.text()).contains("one-step forecasts of the 99% value at risk");
        assertThatThrownBy(() -> generated.backtest(700, "gbm")).hasMessageContaining("shorter window");
    }

    @Test
    void sharesAndFansCoverSeveralRuns() {
        NotebookRun a = reference.label("18%").run();
        NotebookRun b = reference.replace("vol 18%", "vol 12%").label("12%").run();
        Table shares = Notebook.shares(a, b);
        assertThat(shares.rowCount()).isEqualTo(2);
        assertThat(shares.row(1).get(0)).isEqualTo("12%");
        assertThat(shares.html().orElseThrow()).contains("<table", "max discount above 10%");
        Chart fan = Notebook.fan("discount", 5, 30, a, b);
        assertThat(Arrays.copyOf(fan.png().orElseThrow(), 8)).isEqualTo(PNG_SIGNATURE);
        assertThat(fan.text()).contains("18%, day 30", "12%, day 30");
        assertThatThrownBy(() -> Notebook.fan("discount", 0, 30)).hasMessageContaining("at least one run");
    }
}
