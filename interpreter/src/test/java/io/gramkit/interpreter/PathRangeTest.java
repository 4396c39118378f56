package io.gramkit.interpreter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gramkit.interpreter.gold.StochasticGold;
import io.gramkit.model.Scenario;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ranges of paths run apart, shown and folded in path order, give exactly one run's days and outcomes. */
class PathRangeTest {

    @Test
    void rangesFoldedInPathOrderGiveTheSameDaysAndOutcomesAsOneRun() {
        for (Scenario scenario : List.of(TestScenarios.reference(23, 11), TestMarkets.referenceV2(23, 5))) {
            List<String> whole = new ArrayList<>();
            RunResult one = new Simulator(scenario, new ReferenceRulesOracle(), StochasticGold.of(scenario))
                    .run(1, (day, s) -> whole.add(day + ":" + describe(columns(s))));
            for (int[] cuts : List.of(new int[] {0, 23}, new int[] {0, 5, 6, 17, 23}, new int[] {0, 1, 2, 3, 22, 23})) {
                List<List<double[][]>> seen = new ArrayList<>();
                RunResult parts = PathRange.fold(
                        scenario,
                        new ReferenceRulesOracle(),
                        StochasticGold.of(scenario),
                        ranges(scenario, new ReferenceRulesOracle(), cuts, seen),
                        1,
                        Duration.ZERO);
                List<String> folded = new ArrayList<>();
                for (int day = 0; day < seen.get(0).size(); day++) {
                    folded.add(day + ":" + describe(joined(seen, day)));
                }
                assertThat(folded).as("days with cuts " + Arrays.toString(cuts)).isEqualTo(whole);
                for (String column : one.outcomes().columns()) {
                    assertThat(parts.outcomes().column(column))
                            .as(column)
                            .isEqualTo(one.outcomes().column(column));
                }
                assertThat(parts.ruleChanges()).isEqualTo(one.ruleChanges());
            }
        }
    }

    @Test
    void theFirstErrorIsTheOneOneRunThrows() {
        Scenario scenario = TestScenarios.reference(6, 7);
        ScriptedRules rules = new ScriptedRules((day, state) -> {
            if ((day == 3 && state.path() == 4) || (day == 5 && state.path() == 1)) {
                PathStateAccess.balance(state, state.supply(), state.reserves(), -1e12, state.gold());
            }
        });
        ModelException one = catchThrowableOfType(
                ModelException.class,
                () -> new Simulator(scenario, rules, StochasticGold.of(scenario)).run(1, DayObserver.NONE));
        ModelException folded = catchThrowableOfType(
                ModelException.class,
                () -> PathRange.fold(
                        scenario,
                        rules,
                        StochasticGold.of(scenario),
                        ranges(scenario, rules, new int[] {0, 2, 6}, new ArrayList<>()),
                        1,
                        Duration.ZERO));
        assertThat(folded.getMessage()).isEqualTo(one.getMessage());
        assertThat(folded.path()).isEqualTo(4);
    }

    /** A negative cash in a later range outranks a rule clash on a lower path the same day, as in one run. */
    @Test
    void aNegativeCashInALaterRangeOutranksAClashTheSameDay() {
        Scenario scenario = TestScenarios.reference(6, 7);
        ScriptedRules rules = new ScriptedRules((day, state) -> {
            if (day == 3 && state.path() == 4) {
                PathStateAccess.balance(state, state.supply(), state.reserves(), -1e12, state.gold());
            }
            if (day == 4 && state.path() == 1) {
                throw new RuleConflictException(
                        "a", TestScenarios.SPAN, "b", TestScenarios.SPAN, "fee", "1%", "2%", 1, day);
            }
        });
        ModelException one = catchThrowableOfType(
                ModelException.class,
                () -> new Simulator(scenario, rules, StochasticGold.of(scenario)).run(1, DayObserver.NONE));
        ModelException folded = catchThrowableOfType(
                ModelException.class,
                () -> PathRange.fold(
                        scenario,
                        rules,
                        StochasticGold.of(scenario),
                        ranges(scenario, rules, new int[] {0, 2, 6}, new ArrayList<>()),
                        1,
                        Duration.ZERO));
        assertThat(one.code()).isEqualTo(ModelCode.NEGATIVE_CASH);
        assertThat(folded.code()).isEqualTo(ModelCode.NEGATIVE_CASH);
        assertThat(folded.getMessage()).isEqualTo(one.getMessage());
        assertThat(folded.path()).isEqualTo(4);
    }

    /** The ranges of {@code cuts}, each range's days (its columns by day) added to {@code seen} in path order. */
    private static List<PathRange> ranges(
            Scenario scenario, ResponseRules rules, int[] cuts, List<List<double[][]>> seen) {
        List<PathRange> ranges = new ArrayList<>();
        // Backwards, so that no range can lean on state left by the one before it.
        for (int i = cuts.length - 2; i >= 0; i--) {
            List<double[][]> days = new ArrayList<>();
            ranges.add(
                    0,
                    PathRange.run(
                            scenario,
                            rules,
                            StochasticGold.of(scenario),
                            cuts[i],
                            cuts[i + 1],
                            (day, s) -> days.add(columns(s))));
            seen.add(0, days);
        }
        return ranges;
    }

    private static double[][] columns(DaySnapshot s) {
        return new double[][] {
            s.gold().clone(),
            s.discount().clone(),
            s.coverage().clone(),
            s.supply().clone(),
            s.fee().clone(),
            s.cash().clone(),
            s.reserves().clone(),
            s.queue().clone(),
            s.feeCharged().clone()
        };
    }

    /** The ranges' columns of {@code day} laid side by side in path order. */
    private static double[][] joined(List<List<double[][]>> seen, int day) {
        double[][] all = new double[seen.get(0).get(day).length][];
        for (int c = 0; c < all.length; c++) {
            int column = c;
            all[c] = seen.stream()
                    .flatMapToDouble(range -> Arrays.stream(range.get(day)[column]))
                    .toArray();
        }
        return all;
    }

    private static String describe(double[][] columns) {
        return String.join("|", Arrays.stream(columns).map(Arrays::toString).toList());
    }
}
