package io.gramkit.interpreter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gramkit.interpreter.gold.StochasticGold;
import io.gramkit.model.Scenario;
import org.junit.jupiter.api.Test;

/** A state the equations forbid stops the run with its code, the path and the day (docs/model.md). */
class ModelErrorsTest {

    @Test
    void cashBelowZeroStopsTheRunWithM101AtThatPathAndDay() {
        Scenario scenario = TestScenarios.reference(4, 7);
        // The reference step never spends more cash than there is, so the script stands in for a
        // bug: it leaves path 2 owing a trillion USD at the end of day 3, more than day 4's minting
        // can bring in.
        ScriptedRules rules = new ScriptedRules((day, state) -> {
            if (day == 3 && state.path() == 2) {
                PathStateAccess.balance(state, state.supply(), state.reserves(), -1e12, state.gold());
            }
        });

        ModelException error = catchThrowableOfType(
                ModelException.class,
                () -> new Simulator(scenario, rules, StochasticGold.of(scenario)).run(2, (day, snapshot) -> {}));

        assertThat(error.code()).isEqualTo(ModelCode.NEGATIVE_CASH);
        assertThat(error.code().code()).isEqualTo("M101");
        assertThat(error.path()).isEqualTo(2);
        assertThat(error.day()).isEqualTo(4);
        assertThat(error).hasMessageStartingWith("path 2, day 4: cash reserves fell to -");
        assertThat(error.where())
                .as("no rule or line is to blame; the caller points at the reserves")
                .isEmpty();
        assertThat(error.diagnostic(TestScenarios.SPAN).toString())
                .startsWith("test-scenario: error: path 2, day 4: cash reserves fell to")
                .endsWith("[M101]");
    }

    @Test
    void aNegativeCashOutranksARuleConflictOnALowerPathForAnyNumberOfThreads() {
        Scenario scenario = TestScenarios.reference(4, 7);
        // On day 4 the rules clash on path 0 while path 3's cash falls below zero (left owing by
        // day 3's script): the cash error is reported, with one thread or two.
        ResponseRules rules = new ScriptedRules((day, state) -> {
            if (day == 3 && state.path() == 3) {
                PathStateAccess.balance(state, state.supply(), state.reserves(), -1e12, state.gold());
            }
            if (day == 4 && state.path() == 0) {
                throw new RuleConflictException(
                        "a", TestScenarios.SPAN, "b", TestScenarios.SPAN, "fee", "1%", "2%", 0, day);
            }
        });

        for (int threads = 1; threads <= 2; threads++) {
            int workers = threads;
            ModelException error = catchThrowableOfType(
                    ModelException.class,
                    () -> new Simulator(scenario, rules, StochasticGold.of(scenario))
                            .run(workers, (day, snapshot) -> {}));

            assertThat(error.code()).as("%d thread(s)", threads).isEqualTo(ModelCode.NEGATIVE_CASH);
            assertThat(error.path()).isEqualTo(3);
            assertThat(error.day()).isEqualTo(4);
        }
    }
}
