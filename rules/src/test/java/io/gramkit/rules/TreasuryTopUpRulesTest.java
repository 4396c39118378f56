package io.gramkit.rules;

import static io.gramkit.rules.LibraryStates.COLLATERAL;
import static io.gramkit.rules.MintingRulesTest.value;
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
 * library/treasury-top-up.drl: a top-up of 1,000,000 USD is asked for on each day coverage is
 * below the 95% floor while the treasury holds anything.
 */
class TreasuryTopUpRulesTest {
    static final String TOP_UP = "Top up cash from the treasury while coverage is below the floor";
    private static DroolsRules rules;

    @BeforeAll
    static void load() {
        rules = LibraryStates.load("treasury-top-up.drl");
    }

    @Test
    void declaresOneRule() {
        assertThat(rules.ruleNames()).containsExactly(TOP_UP);
    }

    @ParameterizedTest(name = "coverage {0}, treasury {1} -> top-up {2}")
    @CsvSource({
        // coverage,  treasury,  top-up tomorrow
        "below 0.95,  5000000,   1000000",
        "0.5,         1,         1000000",
        "0.95,        5000000,   0",
        "above 0.95,  5000000,   0",
        "0.5,         0,         0",
    })
    void topsUpBelowTheFloorWhileTheTreasuryLasts(String coverage, double treasury, double topUp) {
        PathState state = PathStateAccess.treasury(LibraryStates.state(0, 0.0, value(coverage)), treasury);

        TestScenarios.Day day =
                respondOnce(rules, LibraryStates.with(Extensions.NONE.withCollateral(COLLATERAL)), state);

        assertThat(state.pendingTopUp()).isEqualTo(topUp);
        long fired = topUp > 0 ? 1 : 0;
        assertThat(day.changes()).containsExactly(fired);
        assertThat(day.firings()).containsExactly(fired);
    }

    @Test
    void aPolicyWithNoTopUpAsksForNone() {
        var noTopUp =
                Extensions.NONE.withCollateral(new Extensions.CollateralLevels(TestScenarios.SPAN, 0.95, 0.005, 0));
        PathState state = PathStateAccess.treasury(LibraryStates.state(0, 0.0, 0.5), 5e6);

        TestScenarios.Day day = respondOnce(rules, LibraryStates.with(noTopUp), state);

        assertThat(state.pendingTopUp()).isEqualTo(0.0);
        assertThat(day.firings()).containsExactly(0);
    }
}
