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

/** Ranges of paths run apart and folded in path order give exactly one run's days and outcomes. */
class PathRangeTest {

    @Test
    void rangesFoldedInPathOrderGiveTheSameDaysAndOutcomesAsOneRun() {
        for (Scenario scenario : List.of(TestScenarios.reference(23, 11), TestMarkets.referenceV2(23, 5))) {
            List<String> whole = new ArrayList<>();
            RunResult one = new Simulator(scenario, new ReferenceRulesOracle(), StochasticGold.of(scenario))
                    .run(1, (day, s) -> whole.add(day + ":" + describe(s)));
            for (int[] cuts : List.of(new int[] {0, 23}, new int[] {0, 5, 6, 17, 23}, new int[] {0, 1, 2, 3, 22, 23})) {
                List<String> folded = new ArrayList<>();
                RunResult parts = PathRange.fold(
                        scenario,
                        new ReferenceRulesOracle(),
                        StochasticGold.of(scenario),
                        ranges(scenario, new ReferenceRulesOracle(), cuts),
                        (day, s) -> folded.add(day + ":" + describe(s)),
                        1,
                        Duration.ZERO);
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
                        ranges(scenario, rules, new int[] {0, 2, 6}),
                        DayObserver.NONE,
                        1,
                        Duration.ZERO));
        assertThat(folded.getMessage()).isEqualTo(one.getMessage());
        assertThat(folded.path()).isEqualTo(4);
    }

    private static List<PathRange> ranges(Scenario scenario, ResponseRules rules, int[] cuts) {
        List<PathRange> ranges = new ArrayList<>();
        // Backwards, so that no range can lean on state left by the one before it.
        for (int i = cuts.length - 2; i >= 0; i--) {
            ranges.add(0, PathRange.run(scenario, rules, StochasticGold.of(scenario), cuts[i], cuts[i + 1]));
        }
        return ranges;
    }

    private static String describe(DaySnapshot s) {
        return String.join(
                "|",
                Arrays.toString(s.gold()),
                Arrays.toString(s.discount()),
                Arrays.toString(s.coverage()),
                Arrays.toString(s.supply()),
                Arrays.toString(s.fee()),
                Arrays.toString(s.cash()),
                Arrays.toString(s.reserves()),
                Arrays.toString(s.queue()),
                Arrays.toString(s.feeCharged()));
    }
}
