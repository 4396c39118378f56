package io.gramkit.interpreter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gramkit.interpreter.gold.GoldPath;
import io.gramkit.interpreter.gold.GoldSource;
import io.gramkit.interpreter.gold.StochasticGold;
import io.gramkit.model.Scenario;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A worker steps each block of paths through a chunk of days before the next block: how the days
 * and paths are cut (days a chunk, paths a block, threads) never changes what the observer sees,
 * the outcomes, or which error a failing run reports.
 */
class ChunkedDaysTest {
    /** Days a chunk, paths a block, threads: one day at a time first, as the simulator once ran. */
    private static final int[][] LAYOUTS = {{1, 512, 1}, {3, 7, 1}, {8, 16, 2}, {5, 3, 3}, {60, 10, 2}, {13, 1, 2}};

    @Test
    void theObserverAndTheOutcomesAreTheSameHoweverTheWorkIsCut() {
        Scenario scenario = TestScenarios.reference(41, 20260101L).withHorizon(60);
        Observed first = null;
        for (int[] layout : LAYOUTS) {
            Observed observed = run(scenario, new ReferenceRulesOracle(), layout);
            if (first == null) {
                first = observed;
                continue;
            }
            assertThat(observed.days).as(Arrays.toString(layout)).isEqualTo(first.days);
            assertThat(observed.values).as(Arrays.toString(layout)).isEqualTo(first.values);
            for (String column : PathOutcomes.COLUMNS) {
                assertThat(observed.result.outcomes().column(column))
                        .as(column + " " + Arrays.toString(layout))
                        .containsExactly(first.result.outcomes().column(column));
            }
            assertThat(observed.result.ruleChanges()).isEqualTo(first.result.ruleChanges());
        }
    }

    /**
     * Path 30's cash fails on day 9, path 2's rules clash on day 9 and path 1's on day 10: a block
     * that reaches day 10 must not hide the day-9 errors, and the negative cash outranks the clash
     * on a lower path. The observer sees days 0 to 8.
     */
    @Test
    void theEarliestDaysErrorIsReportedWithTheDaysBeforeIt() {
        Scenario scenario = TestScenarios.reference(41, 7).withHorizon(40);
        ResponseRules rules = new ScriptedRules((day, state) -> {
            if (day == 8 && state.path() == 30) {
                PathStateAccess.balance(state, state.supply(), state.reserves(), -1e12, state.gold());
            }
            if ((day == 9 && state.path() == 2) || (day == 10 && state.path() == 1)) {
                throw new RuleConflictException(
                        "a", TestScenarios.SPAN, "b", TestScenarios.SPAN, "fee", "1%", "2%", state.path(), day);
            }
        });
        for (int[] layout : LAYOUTS) {
            List<Integer> days = new ArrayList<>();
            ModelException error = catchThrowableOfType(
                    ModelException.class,
                    () -> new Simulator(scenario, rules, StochasticGold.of(scenario))
                            .withLayout(layout[0], layout[1])
                            .run(layout[2], (day, snapshot) -> days.add(day)));

            assertThat(error.code()).as(Arrays.toString(layout)).isEqualTo(ModelCode.NEGATIVE_CASH);
            assertThat(error.path()).isEqualTo(30);
            assertThat(error.day()).isEqualTo(9);
            assertThat(days).as(Arrays.toString(layout)).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8);
        }
    }

    /** Two clashes on one day in different blocks and workers: the lower path's is reported. */
    @Test
    void ofTwoClashesOnOneDayTheLowerPathsIsReported() {
        Scenario scenario = TestScenarios.reference(41, 7).withHorizon(40);
        ResponseRules rules = new ScriptedRules((day, state) -> {
            if ((day == 9 && (state.path() == 33 || state.path() == 5)) || (day == 11 && state.path() == 1)) {
                throw new RuleConflictException(
                        "a", TestScenarios.SPAN, "b", TestScenarios.SPAN, "fee", "1%", "2%", state.path(), day);
            }
        });
        for (int[] layout : LAYOUTS) {
            ModelException error = catchThrowableOfType(
                    ModelException.class,
                    () -> new Simulator(scenario, rules, StochasticGold.of(scenario))
                            .withLayout(layout[0], layout[1])
                            .run(layout[2], (day, snapshot) -> {}));

            assertThat(error.code()).as(Arrays.toString(layout)).isEqualTo(ModelCode.RULE_CONFLICT);
            assertThat(error.path()).as(Arrays.toString(layout)).isEqualTo(5);
            assertThat(error.day()).isEqualTo(9);
        }
    }

    /** A rule that fails (not a clash) is thrown as it is, on its day, however the work is cut. */
    @Test
    void aFailingRuleIsReportedOnItsDay() {
        Scenario scenario = TestScenarios.reference(41, 7).withHorizon(40);
        ResponseRules rules = new ScriptedRules((day, state) -> {
            if (day >= 12 && state.path() == 20) {
                throw new IllegalStateException("rule failed on path 20, day " + day);
            }
            if (day == 13 && state.path() == 0) {
                throw new RuleConflictException(
                        "a", TestScenarios.SPAN, "b", TestScenarios.SPAN, "fee", "1%", "2%", 0, day);
            }
        });
        for (int[] layout : LAYOUTS) {
            List<Integer> days = new ArrayList<>();
            IllegalStateException error = catchThrowableOfType(
                    IllegalStateException.class,
                    () -> new Simulator(scenario, rules, StochasticGold.of(scenario))
                            .withLayout(layout[0], layout[1])
                            .run(layout[2], (day, snapshot) -> days.add(day)));

            assertThat(error).as(Arrays.toString(layout)).hasMessage("rule failed on path 20, day 12");
            assertThat(days).hasSize(12);
        }
    }

    /**
     * A failure of the model's own step (here the gold path of path 3 on day 14) is kept with its
     * day like a rule's: path 35's negative cash on day 9, in a later block or worker, comes first.
     */
    @Test
    void aFailingStepOnALaterDayDoesNotHideAnEarlierNegativeCash() {
        Scenario scenario = TestScenarios.reference(41, 7).withHorizon(40);
        ResponseRules rules = new ScriptedRules((day, state) -> {
            if (day == 8 && state.path() == 35) {
                PathStateAccess.balance(state, state.supply(), state.reserves(), -1e12, state.gold());
            }
        });
        GoldSource failing = new GoldSource() {
            private final GoldSource gold = StochasticGold.of(scenario);

            @Override
            public GoldPath[] paths(int count) {
                GoldPath[] paths = gold.paths(count);
                GoldPath third = paths[3];
                paths[3] = new GoldPath() {
                    @Override
                    public double spot() {
                        return third.spot();
                    }

                    @Override
                    public void advance(int day) {
                        if (day == 14) {
                            throw new IllegalStateException("gold path 3 failed on day 14");
                        }
                        third.advance(day);
                    }

                    @Override
                    public double price() {
                        return third.price();
                    }

                    @Override
                    public double factor() {
                        return third.factor();
                    }
                };
                return paths;
            }

            @Override
            public java.util.OptionalInt fixedPathCount() {
                return gold.fixedPathCount();
            }

            @Override
            public String description() {
                return gold.description();
            }
        };
        for (int[] layout : LAYOUTS) {
            List<Integer> days = new ArrayList<>();
            ModelException error = catchThrowableOfType(
                    ModelException.class,
                    () -> new Simulator(scenario, rules, failing)
                            .withLayout(layout[0], layout[1])
                            .run(layout[2], (day, snapshot) -> days.add(day)));

            assertThat(error).as(Arrays.toString(layout)).isNotNull();
            assertThat(error.code()).isEqualTo(ModelCode.NEGATIVE_CASH);
            assertThat(error.path()).isEqualTo(35);
            assertThat(days).as(Arrays.toString(layout)).hasSize(9);
        }
    }

    private record Observed(List<Integer> days, List<Double> values, RunResult result) {}

    private static Observed run(Scenario scenario, ResponseRules rules, int[] layout) {
        List<Integer> days = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        RunResult result = new Simulator(scenario, rules, StochasticGold.of(scenario))
                .withLayout(layout[0], layout[1])
                .run(layout[2], (day, snapshot) -> {
                    days.add(day);
                    for (double[] column : List.of(
                            snapshot.gold(),
                            snapshot.discount(),
                            snapshot.coverage(),
                            snapshot.supply(),
                            snapshot.fee(),
                            snapshot.cash(),
                            snapshot.queue(),
                            snapshot.feeCharged())) {
                        for (double value : column) {
                            values.add(value);
                        }
                    }
                });
        return new Observed(days, values, result);
    }
}
