package io.gramkit.golddata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gramkit.diagnostic.InputException;
import io.gramkit.diagnostic.SourceFile;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Data-quality checks on literal files: each finding's code and lines. */
class DataQualityTest {

    private static PriceSeries read(String text) {
        return PriceFile.parse(new SourceFile("gold.csv", text), Optional.empty(), Optional.empty())
                .series();
    }

    /** Three years of annual values repeated every month (lines 2..37), then 24 moving months. */
    private static String carriedForward() {
        StringBuilder csv = new StringBuilder("Date,Price\n");
        double[] annual = {20.0, 21.0, 22.5};
        for (int y = 0; y < 3; y++) {
            for (int m = 1; m <= 12; m++) {
                csv.append(String.format(java.util.Locale.ROOT, "%d-%02d,%s%n", 1950 + y, m, annual[y]));
            }
        }
        double price = 23;
        for (int i = 0; i < 24; i++) {
            price *= i % 3 == 0 ? 1.02 : i % 3 == 1 ? 0.99 : 1.005;
            csv.append(String.format(java.util.Locale.ROOT, "%d-%02d,%.4f%n", 1953 + i / 12, i % 12 + 1, price));
        }
        return csv.toString();
    }

    @Test
    void carriedForwardAnnualValuesAreOneStretchWithTheirLines() {
        PriceSeries series = read(carriedForward());
        List<DataQuality.Finding> runs = DataQuality.repeatedRuns(series);
        // Three runs of 12 equal prices, each followed by a single change: one stretch, lines 2..37.
        assertThat(runs).hasSize(1);
        assertThat(series.line(runs.get(0).first())).isEqualTo(2);
        assertThat(series.line(runs.get(0).last())).isEqualTo(37);
        assertThat(runs.get(0).message())
                .contains("prices change only 2 times in 36 monthly observations on lines 2..37 (1950-01 .. 1952-12)");
        // The zero returns: 33 of the 35 returns between lines 2 and 37.
        List<DataQuality.Finding> zeros = DataQuality.zeroClusters(series);
        assertThat(zeros).hasSize(1);
        assertThat(zeros.get(0).message()).startsWith("33 of the 35 returns on lines 2..37");
    }

    @Test
    void aFitRefusesStaleWindowsUnlessAccepted() {
        PriceSeries series = read(carriedForward());
        InputException refused = org.junit.jupiter.api.Assertions.assertThrows(
                InputException.class, () -> DataQuality.gate(series, series, Set.of()));
        assertThat(refused.render())
                .contains(
                        "gold.csv:2:1: error: prices change only 2 times",
                        "fit a window after line 37 (--from 1953-01) or accept it with --accept D218 [D218]",
                        "[D219]");
        List<io.gramkit.diagnostic.Diagnostic> accepted =
                DataQuality.gate(series, series, EnumSet.of(DataCode.REPEATED_PRICES, DataCode.ZERO_RETURNS));
        assertThat(accepted).noneMatch(io.gramkit.diagnostic.Diagnostic::isError);
        // From the first moving month the window is clean.
        PriceSeries after = series.between(DatePrecision.periodStart("1953"), Optional.empty())
                .orElseThrow();
        assertThat(DataQuality.gate(series, after, Set.of())).noneMatch(d -> d.code() == DataCode.REPEATED_PRICES);
    }

    @Test
    void threeEqualPricesAreNotARun() {
        // A run needs 4 equal prices (3 unchanged periods in a row).
        PriceSeries series = read("Date,Price\n2020-01,10\n2020-02,11\n2020-03,11\n2020-04,11\n2020-05,12\n");
        assertThat(DataQuality.repeatedRuns(series)).isEmpty();
        PriceSeries four = read("Date,Price\n2020-01,10\n2020-02,11\n2020-03,11\n2020-04,11\n2020-05,11\n");
        assertThat(DataQuality.repeatedRuns(four))
                .singleElement()
                .satisfies(f -> assertThat(f.message())
                        .isEqualTo(
                                "the price 11 repeats 4 times on lines 3..6 (2020-02 .. 2020-05): stale or carried-forward"
                                        + " values"));
    }

    @Test
    void lagOneAutocorrelationAndVarianceRatioByHand() {
        // Returns 0.02, -0.01, 0.03, 0.01, -0.02, 0: mean 0.005, deviations 0.015, -0.015, 0.025,
        // 0.005, -0.025, -0.005; sum of squares 0.00175; lagged products -0.000225 - 0.000375
        // + 0.000125 - 0.000125 + 0.000125 = -0.000475; lag-1 autocorrelation -0.000475/0.00175 = -0.2714286.
        // VR(2) (q = 2 for 6 returns): two-period sums 0.01, 0.02, 0.04, -0.01, -0.02, mean 0.008,
        // variance 0.000456; one-period variance 0.00175/6; VR = 0.000456/(2 * 0.00029167) = 0.7817143.
        double[] r = {0.02, -0.01, 0.03, 0.01, -0.02, 0.0};
        StringBuilder csv = new StringBuilder("Date,Price\n2020-01,100\n");
        double price = 100;
        for (int i = 0; i < r.length; i++) {
            price *= Math.exp(r[i]);
            csv.append("2020-0").append(i + 2).append(',').append(price).append('\n');
        }
        PriceSeries series = read(csv.toString());
        DataQuality.Averaging a = DataQuality.averaging(series, 0, 6).orElseThrow();
        assertThat(a.lag1()).isCloseTo(-0.2714286, within(1e-6));
        assertThat(a.q()).isEqualTo(2);
        assertThat(a.varianceRatio()).isCloseTo(0.7817143, within(1e-6));
        assertThat(a.looksAveraged()).isFalse();
    }

    @Test
    void anOutlierAgainstTheMedianAbsoluteDeviation() {
        // Returns cycling through +2%, -1%, +0.5%, -1.5% (robust sd about 1.4826 * 1.25%) and one of +20%
        // on line 12; the largest ordinary return is about 1.2 robust sd from the median.
        StringBuilder csv = new StringBuilder("Date,Price\n");
        double[] cycle = {1.02, 0.99, 1.005, 0.985};
        double price = 100;
        for (int i = 0; i < 21; i++) {
            csv.append(String.format(java.util.Locale.ROOT, "%d-%02d,%.6f%n", 2000 + i / 12, i % 12 + 1, price));
            price *= i == 9 ? 1.2 : cycle[i % 4];
        }
        PriceSeries series = read(csv.toString());
        List<DataQuality.Finding> outliers = DataQuality.outliers(series, 0, series.size() - 1);
        assertThat(outliers).singleElement().satisfies(o -> {
            assertThat(o.code()).isEqualTo(DataCode.OUTLIER);
            assertThat(series.line(o.last())).isEqualTo(12);
            assertThat(o.message()).startsWith("the return from 2000-10 to 2000-11 (line 12) is +20.0%");
        });
    }

    @Test
    void annualRowsInAMonthlyFileAreAFrequencyChange() {
        // Lines 2..5 are a year apart, then 12 monthly rows: the file is monthly by its median spacing.
        StringBuilder csv = new StringBuilder("Date,Price\n1990-01,10\n1991-01,11\n1992-01,12\n1993-01,13\n");
        for (int m = 2; m <= 12; m++) {
            csv.append(String.format(java.util.Locale.ROOT, "1993-%02d,%d%n", m, 13 + m));
        }
        for (int m = 1; m <= 6; m++) {
            csv.append(String.format(java.util.Locale.ROOT, "1994-%02d,%d%n", m, 30 + m));
        }
        PriceSeries series = read(csv.toString());
        assertThat(DataQuality.frequencyChanges(series)).allMatch(f -> f.code() == DataCode.FREQUENCY_CHANGE);
        assertThat(DataQuality.frequencyChanges(series))
                .singleElement()
                .satisfies(f -> assertThat(f.code().code() + " " + f.message())
                        .startsWith(
                                "D222 dates on lines 2..5 (1990-01 .. 1993-01) are annual, the file's are monthly"));
    }
}
