package io.gramkit.interpreter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gramkit.interpreter.gold.GbmGold;
import io.gramkit.model.Gold;
import io.gramkit.model.GoldModel;
import io.gramkit.model.Scenario;
import io.gramkit.model.Shock;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the equations guarantee, checked on randomised scenarios (seeded, so failures reproduce):
 * thread count and path count do not change a path's numbers; supply moves exactly by what was
 * redeemed and minted; gold reserves never go negative and cash never below the model's -1e-6 USD
 * tolerance; the discount stays in [0, kappa].
 */
class SimulatorPropertiesTest {

    /** Twelve randomised variants of the reference scenario: volatility, shock, seed. */
    static Stream<Arguments> scenarios() {
        SplittableRandom random = new SplittableRandom(20260101L);
        return IntStream.range(0, 12).mapToObj(i -> {
            double vol = 0.05 + 0.6 * random.nextDouble();
            double shock = -0.4 * random.nextDouble();
            int day = 1 + random.nextInt(60);
            Scenario reference = TestScenarios.reference(101 + random.nextInt(150), random.nextLong());
            Scenario varied = reference
                    .withHorizon(120)
                    .withGold(new Gold(
                            TestScenarios.SPAN,
                            75.0,
                            new GoldModel.Gbm(TestScenarios.SPAN, 0.0, vol),
                            List.of(new Shock.Move(TestScenarios.SPAN, "drop", shock, 1 + random.nextInt(5), day))));
            return Arguments.of(varied);
        });
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void resultsDoNotDependOnTheNumberOfThreads(Scenario scenario) {
        PathOutcomes one = run(scenario, 1);
        for (int threads : new int[] {2, 3, 8}) {
            PathOutcomes many = run(scenario, threads);
            for (String column : PathOutcomes.COLUMNS) {
                assertThat(many.column(column))
                        .as(column + " with " + threads + " threads")
                        .containsExactly(one.column(column));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void aPathsNumbersDoNotDependOnHowManyPathsRun(Scenario scenario) {
        PathOutcomes all = run(scenario, 2);
        PathOutcomes first = run(scenario.withPaths(37), 3);
        for (String column : PathOutcomes.COLUMNS) {
            double[] prefix = java.util.Arrays.copyOf(all.column(column), 37);
            assertThat(first.column(column)).as(column).containsExactly(prefix);
        }
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void accountingIdentitiesHoldOnEveryPath(Scenario scenario) {
        PathOutcomes end = run(scenario, 2);
        double supply0 = scenario.token().supply();
        for (int path = 0; path < end.size(); path++) {
            double supply = supply0 - end.redeemedTotal(path) + end.mintedTotal(path);
            assertThat(end.supply(path)).as("supply of path " + path).isCloseTo(supply, within(1e-6 * supply0));
            assertThat(end.discount(path)).isBetween(0.0, scenario.behaviour().marketImpact());
            assertThat(end.maxDiscount(path))
                    .isBetween(end.discount(path), scenario.behaviour().marketImpact());
            assertThat(end.cash(path)).isGreaterThanOrEqualTo(ReferenceStep.CASH_TOLERANCE);
            assertThat(end.reserves(path)).isGreaterThanOrEqualTo(0.0);
            assertThat(end.daysFeeRaised(path) + 0).isBetween(0, scenario.horizonDays());
        }
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void theDailyObserverSeesEveryDayAndMatchesTheOutcomes(Scenario scenario) {
        int[] days = new int[1];
        double[][] lastDay = new double[1][];
        PathOutcomes end = new Simulator(scenario, new ReferenceRulesOracle(), new GbmGold(scenario))
                .run(2, (day, snapshot) -> {
                    assertThat(day).isEqualTo(days[0]++);
                    lastDay[0] = snapshot.supply().clone();
                })
                .outcomes();
        assertThat(days[0]).isEqualTo(scenario.horizonDays() + 1);
        assertThat(lastDay[0]).containsExactly(end.column("supply"));
    }

    private static PathOutcomes run(Scenario scenario, int threads) {
        return new Simulator(scenario, new ReferenceRulesOracle(), new GbmGold(scenario))
                .run(threads, DayObserver.NONE)
                .outcomes();
    }
}
