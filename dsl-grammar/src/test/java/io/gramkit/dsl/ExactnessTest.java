package io.gramkit.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import io.gramkit.diagnostic.SourceFile;
import io.gramkit.model.Scenario;
import io.gramkit.model.Shock;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Written numbers become the double nearest their exact decimal value, rounded once. */
class ExactnessTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "0.25%       | 0.0025",
                "0.1%        | 0.001",
                "0.3%        | 0.003",
                "18%         | 0.18",
                "0.07%       | 0.0007",
                "25 bp       | 0.0025",
                "1 bp        | 0.0001",
                "99.99%      | 0.9999",
                "0.000001%   | 0.00000001"
            })
    void percentagesAndBasisPointsAreTheNearestDoubleOfTheExactFraction(String written, String exact) {
        assertThat(fee(written)).isEqualTo(Double.parseDouble(exact));
    }

    @Test
    void aQuarterPercentIsNotAQuarterDividedByAHundred() {
        // 0.25 / 100 happens to round right; 0.07 / 100 does not: the language must not divide.
        assertThat(0.07 / 100).isNotEqualTo(0.0007);
        assertThat(fee("0.07%")).isEqualTo(0.0007);
    }

    @Test
    void aDropIsTheNegatedNearestDouble() {
        Scenario scenario = load("", "shock \"x\" drop 13% over 2 days at day 10", "");
        assertThat(scenario.gold().shocks())
                .singleElement()
                .isInstanceOfSatisfying(
                        Shock.Move.class, move -> assertThat(move.totalReturn()).isEqualTo(-0.13));
    }

    @Test
    void ouncesConvertExactlyBeforeTheOneRounding() {
        Scenario scenario = load("", "", "reserves 30,543.5 oz gold");
        BigDecimal grams = new BigDecimal("30543.5").multiply(new BigDecimal("31.1034768"));
        assertThat(scenario.token().goldGrams()).isEqualTo(Double.parseDouble(grams.toString()));
        assertThat(load("", "", "reserves 0.95 t gold").token().goldGrams()).isEqualTo(950_000.0);
    }

    @Test
    void pricesPerOunceDivideToFiftyDigitsBeforeTheOneRounding() {
        Scenario scenario = load("", "spot 2,332.76 USD/oz", "");
        BigDecimal perGram = new BigDecimal("2332.76").divide(new BigDecimal("31.1034768"), new MathContext(50));
        assertThat(scenario.gold().spotUsdPerGram()).isEqualTo(Double.parseDouble(perGram.toString()));
    }

    @Test
    void cashAsAShareOfLiabilitiesIsComputedInDecimal() {
        assertThat(load("", "", "reserves 950,000 g gold, cash 5.5% of liabilities at spot")
                        .token()
                        .cashUsd())
                .isEqualTo(4_125_000.0);
        // In floating point 0.7% of 1,000,000 tokens at 75 USD/g is 524999.9999999999 USD.
        assertThat(0.7 / 100 * 1e6 * 75).isNotEqualTo(525_000.0);
        assertThat(load("", "", "reserves cash 0.7% of liabilities at spot")
                        .token()
                        .cashUsd())
                .isEqualTo(525_000.0);
    }

    @Test
    void durationsAreWholeDays() {
        assertThat(load("horizon 1 year", "", "").horizonDays()).isEqualTo(365);
        assertThat(load("horizon 12 months", "", "").horizonDays()).isEqualTo(360);
        assertThat(load("horizon 3 weeks", "", "").horizonDays()).isEqualTo(21);
        assertThat(load("horizon 1 day", "", "").horizonDays()).isEqualTo(1);
    }

    /** A property over many random decimals, seeded so a failure repeats. */
    @Test
    void anyWrittenPercentageIsTheNearestDoubleOfItsDecimal() {
        Random random = new Random(20_260_101L);
        for (int i = 0; i < 2_000; i++) {
            BigDecimal value = new BigDecimal(random.nextInt(100))
                    .add(new BigDecimal(random.nextInt(1_000_000)).movePointLeft(1 + random.nextInt(6)));
            if (value.compareTo(new BigDecimal(100)) >= 0) {
                continue;
            }
            String written = value.toPlainString() + "%";
            assertThat(fee(written))
                    .as(written)
                    .isEqualTo(Double.parseDouble(value.movePointLeft(2).toString()));
        }
    }

    @Test
    void thousandsSeparatorsAreOnlyPunctuation() {
        Random random = new Random(7);
        for (int i = 0; i < 500; i++) {
            long supply = 1 + (random.nextLong() & Long.MAX_VALUE) % 1_000_000_000_000L;
            String written = String.format(java.util.Locale.ROOT, "%,d", supply);
            assertThat(load("", "", "supply " + written).token().supply())
                    .as(written)
                    .isEqualTo((double) supply);
        }
    }

    private static double fee(String written) {
        return load("policy redemption { fee " + written + " }", "", "")
                .redemption()
                .baseFee();
    }

    /** A minimal scenario with extra lines for the scenario, gold and token blocks (later ones win). */
    static Scenario load(String scenarioLine, String goldLine, String tokenLine) {
        boolean horizon = scenarioLine.startsWith("horizon");
        boolean spot = goldLine.startsWith("spot");
        boolean supply = tokenLine.startsWith("supply");
        boolean reserves = tokenLine.startsWith("reserves");
        String text = "scenario \"Exact\" {\n"
                + (horizon ? "" : "  horizon 365 days\n") + "  paths 1\n  seed 1\n  " + scenarioLine + "\n"
                + "  gold {\n    " + (spot ? "" : "spot 75 USD/g\n    ") + "model gbm drift 0% vol 18%\n    "
                + goldLine + "\n  }\n"
                + "  token {\n    " + (supply ? "" : "supply 1,000,000\n    ")
                + (reserves ? "" : "reserves 950,000 g gold\n    ") + tokenLine + "\n  }\n}\n";
        return ScenarioLoader.load(new SourceFile("exact.gram", text), Path.of("."));
    }
}
