package io.gramkit.rules;

import static io.gramkit.rules.LibraryStates.COLLATERAL;
import static io.gramkit.rules.MintingRulesTest.value;
import static io.gramkit.rules.TestScenarios.countsFor;
import static io.gramkit.rules.TestScenarios.respondOnce;
import static org.assertj.core.api.Assertions.assertThat;

import io.gramkit.interpreter.PathState;
import io.gramkit.interpreter.PathStateAccess;
import io.gramkit.model.Extensions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * library/collateral-gate.drl: which rule fires, and what changes, at and around a coverage floor
 * of 95% with an emergency gate of 0.5% of supply a day.
 */
class CollateralGateRulesTest {
    static final String GATE = "Gate redemptions when coverage falls below the floor";
    static final String LIFT = "Lift the emergency gate once coverage is back at the floor";
    private static DroolsRules rules;

    @BeforeAll
    static void load() {
        rules = LibraryStates.load("collateral-gate.drl");
    }

    @Test
    void declaresTheGateRuleThenTheLiftRule() {
        assertThat(rules.ruleNames()).containsExactly(GATE, LIFT);
    }

    @ParameterizedTest(name = "coverage {0}, gate {1} -> gate {2} by ''{3}''")
    @CsvSource({
        // coverage,  gate before, gate after, rule that changed it
        "below 0.95,  1.0,         0.005,      " + GATE,
        "0.5,         1.0,         0.005,      " + GATE,
        "0.95,        1.0,         1.0,        ''",
        "above 0.95,  1.0,         1.0,        ''",
        "below 0.95,  0.005,       0.005,      ''",
        "0.95,        0.005,       1.0,        " + LIFT,
        "1.2,         0.005,       1.0,        " + LIFT,
        // a gate at another level (set by another rule set) moves to the policy's below the floor
        "0.9,         0.01,        0.005,      " + GATE,
        "0.97,        0.01,        1.0,        " + LIFT,
    })
    void theGateFollowsTheCoverageFloor(String coverage, double before, double after, String rule) {
        PathState state =
                PathStateAccess.redemptions(LibraryStates.state(0, 0.0, value(coverage)), 0.02, before, true, 0);

        TestScenarios.Day day =
                respondOnce(rules, LibraryStates.with(Extensions.NONE.withCollateral(COLLATERAL)), state);

        assertThat(state.redemptionGate()).isEqualTo(after);
        long[] expected = rule.isEmpty() ? countsFor(rules) : countsFor(rules, rule);
        assertThat(day.changes()).containsExactly(expected);
        assertThat(day.firings())
                .as("a rule fires only when it changes the lever")
                .containsExactly(expected);
        assertThat(state.redemptionLimit())
                .as("the daily limit is another lever")
                .isEqualTo(0.02);
        assertThat(state.redemptionsOpen()).isTrue();
    }

    @Test
    void withoutCollateralLevelsNothingFires() {
        PathState state = LibraryStates.state(0, 0.0, 0.5);

        TestScenarios.Day day = respondOnce(rules, TestScenarios.reference(), state);

        assertThat(state.redemptionGate()).isEqualTo(1.0);
        assertThat(day.firings()).containsExactly(0, 0);
    }

    @Test
    void theFloorAndTheGateAreThePolicys() {
        var stricter =
                Extensions.NONE.withCollateral(new Extensions.CollateralLevels(TestScenarios.SPAN, 1.05, 0.0, 0));
        PathState under = LibraryStates.state(0, 0.0, 1.04);
        PathState over = PathStateAccess.redemptions(LibraryStates.state(1, 0.0, 1.05), 0.02, 0.0, true, 0);

        TestScenarios.Day day = respondOnce(rules, LibraryStates.with(stricter), under, over);

        assertThat(under.redemptionGate()).isEqualTo(0.0);
        assertThat(over.redemptionGate()).isEqualTo(1.0);
        assertThat(day.changes()).containsExactly(1, 1);
    }
}
