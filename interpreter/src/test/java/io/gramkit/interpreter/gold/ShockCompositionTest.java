package io.gramkit.interpreter.gold;

import static io.gramkit.interpreter.gold.GoldRuns.DT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gramkit.interpreter.DayObserver;
import io.gramkit.interpreter.PathOutcomes;
import io.gramkit.interpreter.ReferenceRulesOracle;
import io.gramkit.interpreter.Simulator;
import io.gramkit.interpreter.TestScenarios;
import io.gramkit.model.GoldModel;
import io.gramkit.model.PriceHistory;
import io.gramkit.model.Scenario;
import io.gramkit.model.Shock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Shocks compose as docs/gold-models.md defines, checked day by day against the unshocked run of
 * the same seed (draws are consumed on every day, so the two runs' model moves line up exactly).
 */
class ShockCompositionTest {
    private static final double MU = 0.02;
    private static final double SIGMA = 0.20;
    private static final int PATHS = 20;
    private static final int HORIZON = 40;

    static Stream<GoldModel> models() {
        return Stream.of(
                new GoldModel.Gbm(TestScenarios.SPAN, MU, SIGMA),
                new GoldModel.StudentT(TestScenarios.SPAN, MU, SIGMA, 5),
                new GoldModel.JumpDiffusion(TestScenarios.SPAN, MU, SIGMA, 20, -0.03, 0.02),
                GoldModel.Garch.normal(TestScenarios.SPAN, MU, SIGMA, 0.08, 0.9),
                new GoldModel.RegimeSwitching(
                        TestScenarios.SPAN, new GoldModel.Regime(MU, 0.1), new GoldModel.Regime(-0.1, 0.4), 0.1, 0.2),
                new GoldModel.Bootstrap(TestScenarios.SPAN, GoldModelTheoryTest.dailyHistory(300, 3), 10));
    }

    private static double[][] factors(GoldModel model, List<Shock> shocks) {
        return GoldRuns.factors(GoldRuns.scenario(model, shocks, HORIZON, PATHS, 99));
    }

    /** log e on {@code day} (1-based). */
    private static double log(double[][] factors, int path, int day) {
        return Math.log(factors[path][day - 1]);
    }

    @ParameterizedTest
    @MethodSource("models")
    void aRunWithEveryShockRemovedIsTheUnshockedRun(GoldModel model) {
        List<Shock> shocks = List.of(
                new Shock.Move(TestScenarios.SPAN, "drop", -0.1, 2, 5),
                new Shock.VolatilityWindow(TestScenarios.SPAN, "vol", 3, 5, 8),
                new Shock.Closure(TestScenarios.SPAN, "closed", 3, 20, -0.02),
                new Shock.Replay(TestScenarios.SPAN, "replay", GoldModelTheoryTest.dailyHistory(6, 5), 30));
        Scenario shocked = GoldRuns.scenario(model, shocks, HORIZON, PATHS, 99);
        Scenario removed = shocked.withGold(shocked.gold().withShocks(List.of()));
        double[][] unshocked = factors(model, List.of());
        assertThat(GoldRuns.factors(removed)).isDeepEqualTo(unshocked);
        double[][] withShocks = GoldRuns.factors(shocked);
        for (int p = 0; p < PATHS; p++) {
            for (int day = 1; day < 5; day++) {
                assertThat(withShocks[p][day - 1])
                        .as("day %d before every shock", day)
                        .isEqualTo(unshocked[p][day - 1]);
            }
            // After the replay (days 30..34) the model's moves go on exactly as unshocked.
            for (int day = 35; day <= HORIZON; day++) {
                assertThat(withShocks[p][day - 1])
                        .as("day %d after every shock", day)
                        .isEqualTo(unshocked[p][day - 1]);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("models")
    void aClosureFreezesThePriceAndReleasesTheAccumulatedMovePlusTheGapOnReopening(GoldModel model) {
        double gap = -0.03;
        double[][] unshocked = factors(model, List.of());
        double[][] closed = factors(model, List.of(new Shock.Closure(TestScenarios.SPAN, "closed", 4, 10, gap)));
        for (int p = 0; p < PATHS; p++) {
            assertThat(closed[p][8]).as("day 9, before").isEqualTo(unshocked[p][8]);
            for (int day = 10; day <= 13; day++) {
                assertThat(closed[p][day - 1]).as("closed day %d", day).isEqualTo(1.0);
            }
            double accumulated = 0;
            for (int day = 10; day <= 14; day++) {
                accumulated += log(unshocked, p, day);
            }
            assertThat(log(closed, p, 14))
                    .as("reopening day 14")
                    .isCloseTo(accumulated + Math.log1p(gap), within(1e-12));
            assertThat(closed[p][14]).as("day 15, after").isEqualTo(unshocked[p][14]);
        }
    }

    @Test
    void aVolatilityWindowMultipliesSigmaInTheDriftCorrectionAndTheDiffusion() {
        double m = 2.5;
        GoldModel gbm = new GoldModel.Gbm(TestScenarios.SPAN, MU, SIGMA);
        double[][] unshocked = factors(gbm, List.of());
        double[][] window = factors(gbm, List.of(new Shock.VolatilityWindow(TestScenarios.SPAN, "vol", m, 5, 10)));
        double a = (MU - 0.5 * SIGMA * SIGMA) * DT;
        double b = SIGMA * Math.sqrt(DT);
        for (int p = 0; p < PATHS; p++) {
            assertThat(window[p][8]).as("day 9").isEqualTo(unshocked[p][8]);
            for (int day = 10; day <= 14; day++) {
                double z = (log(unshocked, p, day) - a) / b;
                double expected = (MU - 0.5 * m * m * SIGMA * SIGMA) * DT + m * b * z;
                assertThat(log(window, p, day)).as("day %d", day).isCloseTo(expected, within(1e-13));
            }
            assertThat(window[p][14]).as("day 15").isEqualTo(unshocked[p][14]);
        }
    }

    /**
     * A spread drop (days 13-14) inside a volatility window (days 12-15) inside a closure (days 10-19,
     * reopening on day 20 with a 2% rise): every boundary day checked.
     */
    @Test
    void aSpreadDropInsideAVolatilityWindowInsideAClosure() {
        double m = 3;
        GoldModel gbm = new GoldModel.Gbm(TestScenarios.SPAN, MU, SIGMA);
        List<Shock> shocks = List.of(
                new Shock.Closure(TestScenarios.SPAN, "closed", 10, 10, 0.02),
                new Shock.VolatilityWindow(TestScenarios.SPAN, "vol", m, 4, 12),
                new Shock.Move(TestScenarios.SPAN, "drop", -0.10, 2, 13));
        double[][] unshocked = factors(gbm, List.of());
        double[][] shocked = factors(gbm, shocks);
        double a = (MU - 0.5 * SIGMA * SIGMA) * DT;
        double b = SIGMA * Math.sqrt(DT);
        for (int p = 0; p < PATHS; p++) {
            assertThat(shocked[p][8]).as("day 9, before the closure").isEqualTo(unshocked[p][8]);
            double accumulated = 0;
            for (int day = 10; day <= 20; day++) {
                double x = log(unshocked, p, day);
                if (day >= 12 && day <= 15) {
                    double z = (x - a) / b;
                    x = (MU - 0.5 * m * m * SIGMA * SIGMA) * DT + m * b * z;
                }
                if (day == 13 || day == 14) {
                    x += Math.log(0.9) / 2;
                }
                accumulated += x;
                if (day <= 19) {
                    assertThat(shocked[p][day - 1]).as("closed day %d", day).isEqualTo(1.0);
                }
            }
            assertThat(log(shocked, p, 20))
                    .as("reopening day 20")
                    .isCloseTo(accumulated + Math.log(1.02), within(1e-12));
            assertThat(shocked[p][20]).as("day 21, after").isEqualTo(unshocked[p][20]);
        }
        // The same drop and window with the market open: the drop lands on days 13 and 14 themselves.
        double[][] open = factors(gbm, shocks.subList(1, 3));
        for (int p = 0; p < PATHS; p++) {
            assertThat(open[p][10]).as("day 11, before the window").isEqualTo(unshocked[p][10]);
            double z = (log(unshocked, p, 13) - a) / b;
            assertThat(log(open, p, 13))
                    .as("day 13: window and drop")
                    .isCloseTo((MU - 0.5 * m * m * SIGMA * SIGMA) * DT + m * b * z + Math.log(0.9) / 2, within(1e-13));
            assertThat(open[p][15]).as("day 16, after the window").isEqualTo(unshocked[p][15]);
        }
    }

    @Test
    void aReplayFollowsTheHistoricalWindowRescaledToThePricesDayBefore() {
        // Observations on 2 Jan, 3 Jan, 6 Jan (a weekend between) and 7 Jan.
        List<LocalDate> dates = List.of(
                LocalDate.of(2013, 1, 2), LocalDate.of(2013, 1, 3), LocalDate.of(2013, 1, 6), LocalDate.of(2013, 1, 7));
        double[] history = {1600, 1500, 1380, 1420};
        PriceHistory window = new PriceHistory(TestScenarios.SPAN, "window.csv", dates, history, 252);
        GoldModel gbm = new GoldModel.Gbm(TestScenarios.SPAN, MU, SIGMA);
        double[][] unshocked = GoldRuns.prices(GoldRuns.scenario(gbm, List.of(), HORIZON, PATHS, 99));
        double[][] replayed = GoldRuns.prices(GoldRuns.scenario(
                gbm, List.of(new Shock.Replay(TestScenarios.SPAN, "replay", window, 8)), HORIZON, PATHS, 99));
        for (int p = 0; p < PATHS; p++) {
            double before = replayed[p][6]; // day 7
            assertThat(before).isEqualTo(unshocked[p][6]);
            // Offsets 1, 4, 5 days: days 8, 11, 12; days 9 and 10 hold the price.
            assertThat(replayed[p][7]).as("day 8").isCloseTo(before * 1500 / 1600, within(1e-9));
            assertThat(replayed[p][8]).as("day 9").isEqualTo(replayed[p][7]);
            assertThat(replayed[p][9]).as("day 10").isEqualTo(replayed[p][7]);
            assertThat(replayed[p][10]).as("day 11").isCloseTo(before * 1380 / 1600, within(1e-9));
            assertThat(replayed[p][11]).as("day 12").isCloseTo(before * 1420 / 1600, within(1e-9));
            // Day 13 moves by the model's own day-13 move, as unshocked.
            assertThat(replayed[p][12] / replayed[p][11]).isCloseTo(unshocked[p][12] / unshocked[p][11], within(1e-12));
        }
    }

    @Test
    void redemptionsRunAtTheFrozenPriceDuringAClosure() {
        Scenario s = GoldRuns.scenario(
                new GoldModel.Gbm(TestScenarios.SPAN, MU, SIGMA),
                List.of(new Shock.Closure(TestScenarios.SPAN, "closed", 5, 3, -0.05)),
                20,
                4,
                7);
        double[][] gold = new double[21][];
        double[][] supply = new double[21][];
        new Simulator(s, new ReferenceRulesOracle(), StochasticGold.of(s)).run(2, (day, snapshot) -> {
            gold[day] = snapshot.gold().clone();
            supply[day] = snapshot.supply().clone();
        });
        for (int day = 3; day <= 7; day++) {
            assertThat(gold[day]).as("gold on closed day %d", day).containsExactly(gold[2]);
            assertThat(supply[day]).as("redemptions go on on day %d", day).isNotEqualTo(supply[day - 1]);
        }
        assertThat(gold[8]).isNotEqualTo(gold[7]);
    }

    @ParameterizedTest
    @MethodSource("models")
    void resultsDoNotDependOnTheNumberOfThreads(GoldModel model) {
        Scenario s = GoldRuns.scenario(
                model,
                List.of(
                        new Shock.Closure(TestScenarios.SPAN, "closed", 3, 20, -0.02),
                        new Shock.VolatilityWindow(TestScenarios.SPAN, "vol", 2, 10, 25)),
                60,
                53,
                5);
        PathOutcomes one = run(s, 1);
        for (int threads : new int[] {2, 3, 8}) {
            PathOutcomes many = run(s, threads);
            for (String column : PathOutcomes.COLUMNS) {
                assertThat(many.column(column))
                        .as(column + " with " + threads + " threads")
                        .containsExactly(one.column(column));
            }
        }
        PathOutcomes first = run(s.withPaths(17), 2);
        assertThat(first.column("gold_price")).containsExactly(java.util.Arrays.copyOf(one.column("gold_price"), 17));
    }

    private static PathOutcomes run(Scenario scenario, int threads) {
        return new Simulator(scenario, new ReferenceRulesOracle(), StochasticGold.of(scenario))
                .run(threads, DayObserver.NONE)
                .outcomes();
    }
}
